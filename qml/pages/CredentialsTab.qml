pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// API Credentials: Account SID and Auth Token of the Read/Write and the
// Read-Only token, each with copy; tokens stay masked until revealed.
ColumnLayout {
    id: root

    objectName: "credentialsTab"
    spacing: 16

    QQC2.Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Material.secondaryTextColor
        text: qsTr("Copied values leave the clipboard after %1. Paste them only into the integration "
                   + "that needs them.").arg(AppController.clipboard.clearAfterSeconds > 0
                                             ? qsTr("%n second(s)", "", AppController.clipboard.clearAfterSeconds)
                                             : qsTr("you clear it"))
    }

    Repeater {
        model: [AppController.readWrite, AppController.readOnly]
        delegate: TokenCredentials {
            required property TokenView modelData
            Layout.fillWidth: true
            token: modelData
        }
    }
}
