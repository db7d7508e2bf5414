pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AgencyTokens

// A scoped token's API Credentials: who to ask about it, its own Account SID
// and Auth Token (masked until revealed, copied through the secure
// clipboard), and Reset Token (signed in) or Replace token… (tokens only),
// each asking first; the new value is shown once after a reset.
ColumnLayout {
    id: root

    required property TokenView token
    readonly property AccountView account: AppController.current

    objectName: "scopedCredentialsTab"
    spacing: 16

    ClipboardNote {
        Layout.fillWidth: true
    }
    Notice {
        objectName: "scopedValueNote"
        Layout.fillWidth: true
        visible: text.length > 0
        tone: "warning"
        text: root.token.valueNote
    }
    TokenCredentials {
        Layout.fillWidth: true
        token: root.token
    }
    Card {
        Layout.fillWidth: true
        ColumnLayout {
            width: parent.width
            spacing: 10
            SectionTitle {
                text: qsTr("Contacts")
                subtitle: qsTr("Who to tell before this token is reset: every integration that uses it must get "
                               + "the new value.")
            }
            InfoRow {
                label: qsTr("Primary contact")
                value: root.token.primaryContact.length > 0 ? root.token.primaryContact : qsTr("Not known")
            }
            InfoRow {
                label: qsTr("Developer e-mails")
                value: root.token.developerEmails.length > 0 ? Array.from(root.token.developerEmails).join(", ") : "\u2014"
            }
        }
    }
    Card {
        Layout.fillWidth: true
        ColumnLayout {
            width: parent.width
            spacing: 10
            SectionTitle {
                text: root.account.tokensOnly ? qsTr("Replace token") : qsTr("Reset Token")
                subtitle: root.account.tokensOnly
                          ? qsTr("Reset it in the web app (%1 › its card › API Credentials), then paste the new "
                                 + "Auth Token here.").arg(root.account.webAppPath)
                          : qsTr("A new Auth Token at once; the old one stops working, with no grace period.")
            }
            ActionButton {
                objectName: "scopedResetButton"
                kind: root.account.tokensOnly ? "tonal" : "danger"
                text: root.account.tokensOnly ? qsTr("Replace token\u2026") : qsTr("Reset Token")
                enabled: root.token.changeState.allowed
                Accessible.name: root.account.tokensOnly ? qsTr("Replace the token %1").arg(root.token.title)
                                                         : qsTr("Reset the token %1").arg(root.token.title)
                Accessible.description: root.token.changeState.blockedReason
                onClicked: root.account.tokensOnly ? replaceDialog.openFor(root.token) : resetDialog.openFor(root.token)
            }
        }
    }

    ResetDialog {
        id: resetDialog
    }
    ReplaceTokenDialog {
        id: replaceDialog
    }
}
