pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
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
            QQC2.Button {
                objectName: "signOutCancelButton"
                text: qsTr("Cancel")
                flat: true
                Accessible.name: qsTr("Cancel")
                onClicked: root.close()
            }
            QQC2.Button {
                objectName: "signOutConfirmButton"
                text: qsTr("Sign out")
                highlighted: true
                Material.accent: Material.Red
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
