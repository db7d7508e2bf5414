pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AgencyTokens

// One token's credentials: Account SID and Auth Token with Copy, Reveal,
// copy as curl or environment, and Verify. The clear token is never held
// here: TokenView shows it while revealed and hides it again by itself.
Card {
    id: root

    required property TokenView token

    objectName: "tokenCredentials" + token.kind
    // Leaving the view hides the token; the re-hide deadline runs in C++.
    onVisibleChanged: if (!visible) token.hide()
    Component.onDestruction: token.hide()

    ColumnLayout {
        width: parent.width
        spacing: 12

        SectionTitle {
            text: root.token.title
            subtitle: root.token.scoped ? qsTr("Its own Account SID and Auth Token, sent as HTTP Basic; it may call "
                                               + "only what its scopes allow.")
                      : root.token.kind === TokenKind.ReadWrite ? qsTr("For integrations that read and change data.")
                                                                : qsTr("For integrations that only read.")
        }
        UnsavedTokenNotice {
            objectName: "unsavedNotice"
            buttonName: "retrySaveButton"
            Layout.fillWidth: true
            visible: root.token.unsaved
            title: qsTr("Not saved on this device")
            text: qsTr("The platform issued this token, but the keychain has not stored it. Copy it now if you "
                       + "need it, then retry saving.")
        }
        CredentialRow {
            objectName: "accountSidRow"
            Layout.fillWidth: true
            label: qsTr("Account SID")
            value: root.token.accountSid
            copyEnabled: root.token.present
            onCopyRequested: root.token.copyAccountSid()
        }
        CredentialRow {
            objectName: "authTokenRow"
            Layout.fillWidth: true
            label: qsTr("Auth Token")
            value: root.token.shownToken
            copyEnabled: root.token.hasSecret
            onCopyRequested: root.token.copyToken()
            ActionButton {
                objectName: "revealButton"
                kind: "text"
                text: root.token.revealed ? qsTr("Hide") : qsTr("Reveal")
                checkable: true
                checked: root.token.revealed
                enabled: root.token.hasSecret
                Accessible.name: checked ? qsTr("Hide the %1 Auth Token").arg(root.token.title)
                                         : qsTr("Reveal the %1 Auth Token").arg(root.token.title)
                onToggled: checked ? root.token.reveal() : root.token.hide()
            }
        }
        TokenActions {
            Layout.fillWidth: true
            token: root.token
        }
    }
}
