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
    property bool verifying: false
    property string verifyText
    property string verifyTone: "info"

    spacing: 8

    Connections {
        target: AppController
        function onVerifyFinished(kind: int, requestedVersion: int, ok: bool, authorized: bool, companyName: string,
                                  message: string) {
            if (kind !== root.token.kind || requestedVersion !== 0)
                return
            root.verifying = false
            root.verifyTone = ok && authorized ? "success" : "error"
            root.verifyText = ok && authorized ? "\u2713 " + message
                                               : "\u2715 " + message
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: 8
        ActionButton {
            objectName: "copyCurlButton"
            text: qsTr("Copy as curl")
            enabled: root.token.hasSecret
            Accessible.name: qsTr("Copy a curl command with the %1 token").arg(root.token.title)
            onClicked: AppController.copyAsCurl(root.token.kind)
        }
        ActionButton {
            objectName: "copyEnvButton"
            text: qsTr("Copy as environment")
            enabled: root.token.hasSecret
            Accessible.name: qsTr("Copy the %1 credentials as environment variables").arg(root.token.title)
            onClicked: AppController.copyAsEnvironment(root.token.kind)
        }
        ActionButton {
            objectName: "verifyButton"
            text: root.verifying ? qsTr("Verifying\u2026") : qsTr("Verify")
            enabled: root.token.hasSecret && !root.verifying && !AppController.busy
                     && AppController.actionsDisabledReason.length === 0
            Accessible.name: qsTr("Verify that the %1 token passes authorization").arg(root.token.title)
            onClicked: {
                root.verifyText = ""
                root.verifying = true
                AppController.verify(root.token.kind, 0)
            }
        }
    }
    StatusText {
        objectName: "verifyResult"
        Layout.fillWidth: true
        visible: text.length > 0
        tone: root.verifyTone
        text: root.verifyText
    }
    QQC2.Label {
        Layout.fillWidth: true
        visible: !AppController.busy && AppController.actionsDisabledReason.length > 0
        wrapMode: Text.Wrap
        font.pixelSize: 12
        color: Material.secondaryTextColor
        text: AppController.actionsDisabledReason
    }
}
