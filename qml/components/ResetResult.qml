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
              + (root.token.scoped ? " " + qsTr("The platform shows it only this once; it stays saved on this device.")
                                   : "")
    }
    CredentialRow {
        objectName: "resetNewToken"
        Layout.fillWidth: true
        label: qsTr("New Auth Token")
        value: root.token.shownToken
        onCopyRequested: root.token.copyToken()
    }
    // The same copy formats as API Credentials.
    Flow {
        Layout.fillWidth: true
        spacing: 8
        ActionButton {
            objectName: "resetCopyCurlButton"
            text: qsTr("Copy as curl")
            enabled: root.token.copyState.allowed
            Accessible.name: qsTr("Copy a curl command with the new %1 token").arg(root.token.title)
            onClicked: root.token.copyAsCurl()
        }
        ActionButton {
            objectName: "resetCopyEnvButton"
            text: qsTr("Copy as environment")
            enabled: root.token.copyState.allowed
            Accessible.name: qsTr("Copy the new %1 credentials as environment variables").arg(root.token.title)
            onClicked: root.token.copyAsEnvironment()
        }
    }
    UnsavedTokenNotice {
        objectName: "resetUnsaved"
        buttonName: "resetRetrySaveButton"
        Layout.fillWidth: true
        visible: root.token.unsaved
        text: qsTr("The keychain did not store the new token. Copy it now, then retry saving.")
    }
    IntegrationChecklist {
        Layout.fillWidth: true
        token: root.token
    }
}
