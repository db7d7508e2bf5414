pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// "Enable Legacy Tokens": shown only while the platform allows it; progress
// while it runs; the reason when server actions are off.
ColumnLayout {
    id: root

    readonly property AccountView account: AppController.current
    readonly property ActionState state: account.enableState

    // Until legacy tokens are on, for those who may turn them on (AccountView's rule).
    visible: state.offered
    spacing: 4

    ActionButton {
        objectName: "enableLegacyTokensButton"
        kind: "filled"
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignRight
        text: root.state.busy ? qsTr("Enabling\u2026") : qsTr("Enable Legacy Tokens")
        enabled: root.state.allowed
        Accessible.name: qsTr("Enable Legacy Tokens")
        Accessible.description: root.state.blockedReason
        onClicked: confirm.open()
        QQC2.BusyIndicator {
            anchors.verticalCenter: parent.verticalCenter
            anchors.right: parent.right
            anchors.rightMargin: 6
            width: 28
            height: 28
            running: root.state.busy
            visible: running
            Accessible.name: qsTr("Enabling legacy tokens")
        }
    }
    StatusText {
        objectName: "enableError"
        Layout.fillWidth: true
        Layout.maximumWidth: 320
        visible: root.state.failed
        tone: "error"
        text: root.state.message
    }
    EnableDialog {
        id: confirm
        onAccepted: root.account.enable()
    }
}
