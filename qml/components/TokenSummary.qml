pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// One token on the Legacy Account Tokens card: kind, Account SID, API
// version and last reset; a table row when wide, stacked on a phone.
Rectangle {
    id: root

    required property TokenView token
    readonly property bool compact: width < 560

    objectName: "tokenSummary" + token.kind
    implicitHeight: grid.implicitHeight + 24
    radius: 8
    color: Qt.rgba(0.5, 0.5, 0.5, 0.07)
    Accessible.role: Accessible.StaticText
    Accessible.name: token.present ? qsTr("%1 token, Account SID %2, API version %3, last reset %4")
                                     .arg(token.title).arg(token.accountSid).arg(token.apiVersion).arg(token.lastResetText)
                                   : qsTr("%1 token, not added").arg(token.title)

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.margins: 12
        anchors.leftMargin: 16
        columns: root.compact ? 2 : 4
        columnSpacing: 16
        rowSpacing: 4

        QQC2.Label {
            Layout.columnSpan: root.compact ? 2 : 1
            Layout.preferredWidth: root.compact ? -1 : 110
            text: root.token.title
            font.weight: Font.DemiBold
        }
        Fact {
            Layout.columnSpan: root.compact ? 2 : 1
            Layout.fillWidth: true
            label: qsTr("Account SID")
            // A tokens-only account may hold one of the two: say how to add the other.
            value: root.token.present ? root.token.accountSid : qsTr("Not added yet (More ⋮)")
            mono: root.token.present
        }
        Fact {
            visible: root.token.present
            label: qsTr("API version")
            value: root.token.apiVersion > 0 ? qsTr("Version %1").arg(root.token.apiVersion) : "\u2014"
        }
        Fact {
            visible: root.token.present
            label: qsTr("Last reset")
            value: root.token.lastResetText
        }
    }
}
