pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Signed in: a scoped token's name, description and contacts, saved on the
// platform (its scopes and its value stay as they are).
AppDialog {
    id: root

    property TokenView token: null
    readonly property ActionState state: token ? token.editState : null
    property int runsAtOpen: 0

    function openFor(token: TokenView) {
        root.token = token
        root.runsAtOpen = token.editState.runs
        nameField.text = token.name
        descriptionField.text = token.description
        contactField.text = token.primaryContact
        let emails = ""
        for (let i = 0; i < token.developerEmails.length; ++i)
            emails += (i > 0 ? ", " : "") + token.developerEmails[i]
        emailsField.text = emails
        root.open()
        nameField.field.forceActiveFocus()
    }

    function save() {
        const emails = emailsField.text.split(/[,;\s]+/).filter(e => e.length > 0)
        root.token.edit(nameField.text, descriptionField.text, contactField.text, emails, root.token.scopes)
    }

    objectName: "editTokenDialog"
    title: token ? qsTr("Edit “%1”").arg(token.title) : ""
    closable: state === null || !state.busy

    Connections {
        target: root.state
        function onFinished(ok: bool) {
            if (ok)
                root.close()
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: 10

        LabeledField {
            id: nameField
            objectName: "editNameField"
            label: qsTr("Name")
            onAccepted: root.save()
        }
        LabeledField {
            id: descriptionField
            objectName: "editDescriptionField"
            label: qsTr("Description")
            onAccepted: root.save()
        }
        LabeledField {
            id: contactField
            objectName: "editContactField"
            label: qsTr("Primary contact (e-mail)")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            onAccepted: root.save()
        }
        LabeledField {
            id: emailsField
            objectName: "editEmailsField"
            label: qsTr("Developer e-mails (separated by commas)")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            onAccepted: root.save()
        }
        Notice {
            objectName: "editError"
            Layout.fillWidth: true
            visible: root.state !== null && root.state.failed && root.state.runs > root.runsAtOpen
            tone: "error"
            title: qsTr("Not saved")
            text: root.state ? root.state.message : ""
        }
        DialogButtons {
            ActionButton {
                kind: "text"
                text: qsTr("Cancel")
                enabled: root.closable
                Accessible.name: text
                onClicked: root.close()
            }
            ActionButton {
                objectName: "editSaveButton"
                kind: "filled"
                text: root.state && root.state.busy ? qsTr("Saving\u2026") : qsTr("Save")
                enabled: root.state !== null && root.state.allowed && nameField.text.trim().length > 0
                Accessible.name: qsTr("Save the token's details on the platform")
                onClicked: if (enabled) root.save()
            }
        }
    }
}
