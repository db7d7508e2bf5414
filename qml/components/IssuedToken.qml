pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AgencyTokens

// A scoped token just created: its Account SID and Auth Token ready to copy,
// with the plain word that the platform shows the Auth Token only this once.
ColumnLayout {
    id: root

    property TokenView token: null

    spacing: 12

    Notice {
        objectName: "shownOnceNote"
        Layout.fillWidth: true
        tone: "warning"
        title: qsTr("Shown only this once")
        text: qsTr("The platform never shows this Auth Token again. Copy it into the integration now; it also "
                   + "stays saved in this device's keychain.")
    }
    CredentialRow {
        objectName: "issuedSidRow"
        Layout.fillWidth: true
        label: qsTr("Account SID")
        value: root.token ? root.token.accountSid : ""
        onCopyRequested: root.token.copyAccountSid()
    }
    CredentialRow {
        objectName: "issuedTokenRow"
        Layout.fillWidth: true
        label: qsTr("Auth Token")
        value: root.token ? root.token.shownToken : ""
        copyEnabled: root.token !== null && root.token.hasSecret
        onCopyRequested: root.token.copyToken()
        ActionButton {
            objectName: "issuedRevealButton"
            kind: "text"
            text: root.token && root.token.revealed ? qsTr("Hide") : qsTr("Reveal")
            enabled: root.token !== null && root.token.hasSecret
            Accessible.name: root.token && root.token.revealed ? qsTr("Hide the new Auth Token")
                                                               : qsTr("Reveal the new Auth Token")
            onClicked: root.token.revealed ? root.token.hide() : root.token.reveal()
        }
    }
    UnsavedTokenNotice {
        objectName: "issuedUnsaved"
        buttonName: "issuedRetrySaveButton"
        Layout.fillWidth: true
        visible: root.token !== null && root.token.unsaved
        text: qsTr("The keychain did not store the new token. Copy it now, then retry saving.")
    }
    Component.onDestruction: if (root.token) root.token.hide()
}
