pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Under a token's credentials: copy as curl or environment (offline too) and
// Verify, which asks the platform whether the token passes authorization now.
ColumnLayout {
    id: root

    required property TokenView token
    readonly property ActionState verifyState: token.verifyState

    spacing: 8

    Flow {
        Layout.fillWidth: true
        spacing: 8
        ActionButton {
            objectName: "copyCurlButton"
            text: qsTr("Copy as curl")
            enabled: root.token.copyState.allowed
            Accessible.name: qsTr("Copy a curl command with the %1 token").arg(root.token.title)
            onClicked: root.token.copyAsCurl()
        }
        ActionButton {
            objectName: "copyEnvButton"
            text: qsTr("Copy as environment")
            enabled: root.token.copyState.allowed
            Accessible.name: qsTr("Copy the %1 credentials as environment variables").arg(root.token.title)
            onClicked: root.token.copyAsEnvironment()
        }
        ActionButton {
            objectName: "verifyButton"
            text: root.verifyState.busy ? qsTr("Verifying\u2026") : qsTr("Verify")
            enabled: root.verifyState.allowed
            Accessible.name: qsTr("Verify that the %1 token passes authorization").arg(root.token.title)
            Accessible.description: root.verifyState.blockedReason
            onClicked: root.token.verify()
        }
    }
    StatusText {
        objectName: "verifyResult"
        Layout.fillWidth: true
        visible: text.length > 0
        tone: root.verifyState.failed ? "error" : "success"
        text: root.verifyState.message.length === 0 ? "" : (root.verifyState.failed ? "\u2715 " : "\u2713 ") + root.verifyState.message
    }
}
