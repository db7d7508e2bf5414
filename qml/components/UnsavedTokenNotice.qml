pragma ComponentBehavior: Bound
import QtQuick
import AgencyTokens

// "Not saved on this device yet", with its Retry saving button: a token the
// platform issued (or the user pasted) that the keychain has not stored. The
// page says when it shows and in which words.
Notice {
    id: root

    property AccountView account: AppController.current
    /// The objectName of the Retry saving button.
    property string buttonName

    tone: "warning"

    ActionButton {
        objectName: root.buttonName
        text: qsTr("Retry saving")
        enabled: root.account.retrySaveState.allowed
        Accessible.name: text
        onClicked: root.account.retrySave()
    }
}
