pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AgencyTokens

// After a reset: the new token (masked) with Copy right away, and whether it
// is saved on this device.
ColumnLayout {
    id: root

    required property TokenView token

    spacing: 12

    Notice {
        Layout.fillWidth: true
        tone: "success"
        text: qsTr("The old %1 token no longer works. Copy the new one into your integrations now.")
              .arg(root.token.title)
    }
    CredentialRow {
        objectName: "resetNewToken"
        Layout.fillWidth: true
        label: qsTr("New Auth Token")
        value: root.token.maskedToken
        onCopyRequested: AppController.copyToken(root.token.kind)
    }
    Notice {
        objectName: "resetUnsaved"
        Layout.fillWidth: true
        visible: root.token.unsaved
        tone: "warning"
        text: qsTr("The keychain did not store the new token. Copy it now, then retry saving.")
        ActionButton {
            text: qsTr("Retry saving")
            enabled: !AppController.busy
            Accessible.name: text
            onClicked: AppController.retrySave()
        }
    }
}
