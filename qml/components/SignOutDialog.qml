pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Confirms signing out and says what it does to this device.
AppDialog {
    id: root

    objectName: "signOutDialog"
    title: qsTr("Sign out?")

    ColumnLayout {
        width: parent.width
        spacing: 12

        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Signing out removes the saved tokens and your session from this device's keychain. "
                       + "The tokens themselves keep working for your integrations; after you sign in again "
                       + "they are fetched from the platform.")
        }
        Notice {
            Layout.fillWidth: true
            visible: AppController.hasUnsavedTokens
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
                text: qsTr("Sign out")
                enabled: !AppController.busy
                Accessible.name: qsTr("Sign out and remove saved tokens")
                onClicked: {
                    AppController.signOut()
                    root.close()
                }
            }
        }
    }
}
