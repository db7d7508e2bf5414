pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Overview: what legacy tokens are, when each was created and last reset,
// and the API Version drop-down that only goes forward.
ColumnLayout {
    id: root

    objectName: "overviewTab"
    spacing: 16

    Card {
        Layout.fillWidth: true
        ColumnLayout {
            width: parent.width
            spacing: 10
            SectionTitle {
                text: qsTr("About these tokens")
            }
            QQC2.Label {
                objectName: "aboutLegacy"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                // Not "created before April 2025": tokens enabled today are legacy too, by kind.
                text: qsTr("Legacy tokens are the platform's older kind of API token: the only kind before "
                           + "April 2025, and still available beside scoped access tokens. Your agency "
                           + "has two: the <b>Read/Write</b> token for integrations that change data, and the "
                           + "<b>Read-Only</b> token for those that only read. An integration sends the Account "
                           + "SID as user name and the Auth Token as password.")
            }
            Notice {
                objectName: "legacyNote"
                Layout.fillWidth: true
                text: qsTr("Legacy tokens keep working, but they are the older way to reach the API. Give each "
                           + "integration only the token it needs, and reset a token whenever it may have leaked.")
            }
        }
    }

    Repeater {
        model: [AppController.current.readWrite, AppController.current.readOnly]
        delegate: TokenOverview {
            required property TokenView modelData
            Layout.fillWidth: true
            token: modelData
        }
    }
}
