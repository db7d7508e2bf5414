pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Move a token to a newer API version: warns that calls may break, lets the
// user try the version first (verify with IR-Version), then upgrades.
AppDialog {
    id: root

    required property TokenView token
    property int version
    property bool verifying: false
    property bool upgrading: false
    property string verifyText
    property string verifyTone: "info"
    property string failure

    function ask(version: int) {
        root.version = version
        root.verifying = false
        root.upgrading = false
        root.verifyText = ""
        root.failure = ""
        root.open()
    }

    objectName: "upgradeDialog"
    title: qsTr("Upgrade to API version %1?").arg(version)
    closable: !upgrading

    Connections {
        target: AppController
        function onVerifyFinished(kind: int, requestedVersion: int, ok: bool, authorized: bool, companyName: string,
                                  message: string) {
            if (!root.verifying || kind !== root.token.kind || requestedVersion !== root.version)
                return
            root.verifying = false
            root.verifyTone = ok && authorized ? "success" : "error"
            root.verifyText = ok && authorized ? qsTr("Version %1 accepted the call for “%2”.").arg(root.version).arg(companyName)
                                               : qsTr("Version %1 did not accept the call: %2").arg(root.version).arg(message)
        }
        function onOperationFinished(action: string, ok: bool, message: string) {
            if (!root.upgrading || action !== "upgrade")
                return
            root.upgrading = false
            if (ok)
                root.close()
            else
                root.failure = message
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: 14

        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("The %1 token keeps its value, but requests without an IR-Version header will be "
                       + "answered by version %2 instead of %3. Existing calls may break. An upgrade cannot "
                       + "be undone.").arg(root.token.title).arg(root.version).arg(root.token.apiVersion)
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.secondaryTextColor
            text: qsTr("Try it first: this checks the token against version %1 without changing anything.")
                  .arg(root.version)
        }
        StatusText {
            objectName: "upgradeVerifyResult"
            Layout.fillWidth: true
            visible: text.length > 0
            tone: root.verifyTone
            text: root.verifyText
        }
        Notice {
            Layout.fillWidth: true
            visible: root.failure.length > 0 || !AppController.online
            tone: root.failure.length > 0 ? "error" : "warning"
            text: root.failure.length > 0 ? root.failure : AppController.actionsDisabledReason
        }
        QQC2.ProgressBar {
            Layout.fillWidth: true
            visible: root.verifying || root.upgrading
            indeterminate: true
            Accessible.name: root.upgrading ? qsTr("Upgrading") : qsTr("Trying version %1").arg(root.version)
        }
        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: 8
            ActionButton {
                objectName: "upgradeConfirmButton"
                kind: "filled"
                text: qsTr("Upgrade")
                enabled: !AppController.busy && AppController.actionsDisabledReason.length === 0 && !root.verifying
                Accessible.name: qsTr("Upgrade the %1 token to version %2").arg(root.token.title).arg(root.version)
                onClicked: {
                    root.failure = ""
                    root.upgrading = true
                    AppController.upgrade(root.token.kind, root.version)
                }
            }
            ActionButton {
                objectName: "tryVersionButton"
                text: qsTr("Try version %1 first").arg(root.version)
                enabled: !AppController.busy && AppController.actionsDisabledReason.length === 0 && !root.verifying
                Accessible.name: text
                onClicked: {
                    root.verifyText = ""
                    root.verifying = true
                    AppController.verify(root.token.kind, root.version)
                }
            }
            ActionButton {
                objectName: "upgradeCancelButton"
                kind: "text"
                text: qsTr("Cancel")
                enabled: !root.upgrading
                Accessible.name: text
                onClicked: root.close()
            }
        }
    }
}
