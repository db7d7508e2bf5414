pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Confirms removing an account: its saved tokens (and session) leave this
// device's keychain; the tokens keep working for integrations.
AppDialog {
    id: root

    property AccountView account: null

    function ask(account: AccountView) {
        root.account = account
        root.open()
    }

    objectName: "removeAccountDialog"
    title: root.account ? qsTr("Remove %1?").arg(root.account.name) : ""

    ColumnLayout {
        width: parent.width
        spacing: 12

        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("This removes the account and its saved tokens from this device's keychain. Other "
                       + "accounts keep theirs. The tokens themselves keep working for your integrations.")
        }
        DialogButtons {
            ActionButton {
                kind: "text"
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: root.close()
            }
            ActionButton {
                objectName: "removeConfirmButton"
                kind: "danger"
                text: qsTr("Remove")
                enabled: !AppController.removeState.busy
                Accessible.name: qsTr("Remove the account and its saved tokens")
                onClicked: {
                    AppController.removeAccount(root.account.id)
                    root.close()
                }
            }
        }
    }
}
