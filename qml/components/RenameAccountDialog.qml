pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AgencyTokens

// A new name for an account; its tokens stay where they are.
AppDialog {
    id: root

    property AccountView account: null

    function ask(account: AccountView) {
        root.account = account
        nameField.text = account.name
        root.open()
        nameField.field.selectAll()
        nameField.field.forceActiveFocus()
    }

    objectName: "renameDialog"
    title: qsTr("Rename account")

    ColumnLayout {
        width: parent.width
        spacing: 12

        LabeledField {
            id: nameField
            objectName: "accountNameField"
            label: qsTr("Name")
            onAccepted: saveButton.clicked()
        }
        DialogButtons {
            ActionButton {
                kind: "text"
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: root.close()
            }
            ActionButton {
                id: saveButton
                objectName: "renameSaveButton"
                kind: "filled"
                text: qsTr("Rename")
                enabled: nameField.text.trim().length > 0
                Accessible.name: qsTr("Save the new name")
                onClicked: {
                    if (!enabled)
                        return
                    AppController.renameAccount(root.account.id, nameField.text)
                    root.close()
                }
            }
        }
    }
}
