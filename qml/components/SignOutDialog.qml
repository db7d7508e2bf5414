pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Confirms signing out of the shown account and says what it does to this
// device, and, offline, that the platform keeps the session until it expires.
AppDialog {
    id: root

    readonly property AccountView account: AppController.current

    objectName: "signOutDialog"
    title: account.leavingRemoves ? qsTr("Remove %1?").arg(account.name) : qsTr("Sign out of %1?").arg(account.name)

    ColumnLayout {
        width: parent.width
        spacing: 12

        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.account.leavingRemoves
                  ? qsTr("This removes the account and its saved tokens from this device's keychain. Other "
                         + "accounts keep theirs. The tokens themselves keep working for your integrations.")
                  : qsTr("Signing out removes this account's saved tokens and session from this device's "
                       + "keychain; other accounts keep theirs. The tokens themselves keep working for your "
                       + "integrations; after you sign in again they are fetched from the platform.")
        }
        Notice {
            objectName: "offlineSignOutNotice"
            Layout.fillWidth: true
            visible: !root.account.online && !root.account.leavingRemoves
            tone: "warning"
            title: qsTr("The platform cannot be told")
            text: root.account.sessionExpiresText.length > 0
                  ? qsTr("You are offline, so your session stays valid on the platform until %1. Sign out "
                         + "when you are back online to end it at once.").arg(root.account.sessionExpiresText)
                  : qsTr("You are offline, so your session stays valid on the platform until it expires. Sign "
                         + "out when you are back online to end it at once.")
        }
        Notice {
            Layout.fillWidth: true
            visible: AppController.current.hasUnsavedTokens
            tone: "warning"
            text: qsTr("A new token was never saved on this device. Copy it first if you still need it.")
        }
        DialogButtons {
            ActionButton {
                objectName: "signOutCancelButton"
                kind: "text"
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel")
                onClicked: root.close()
            }
            ActionButton {
                objectName: "signOutConfirmButton"
                kind: "danger"
                text: root.account.leavingRemoves ? qsTr("Remove") : qsTr("Sign out")
                enabled: !root.account.busy
                Accessible.name: root.account.leavingRemoves ? qsTr("Remove the account and its saved tokens")
                                                         : qsTr("Sign out and remove saved tokens")
                onClicked: {
                    AppController.leave(root.account)
                    root.close()
                }
            }
        }
    }
}
