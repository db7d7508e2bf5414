pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Adds or edits one integration of a token: its name, who owns it, a note
// and the API categories it calls. No secret: the list lives beside the
// keychain, not in it. Editing also offers Remove, which asks first.
AppDialog {
    id: root

    property UsageView usage: null
    /// The integration being edited; "" when adding.
    property string editingId
    property string editingName
    property var uses: []
    property bool confirmingRemove: false
    property string problem

    function openAdd(usage: UsageView) {
        root.usage = usage
        root.editingId = ""
        root.editingName = ""
        root.uses = []
        root.confirmingRemove = false
        root.problem = ""
        nameField.text = ""
        ownerField.text = ""
        noteField.text = ""
        root.open()
        nameField.field.forceActiveFocus()
    }

    function openEdit(usage: UsageView, row: var) {
        root.usage = usage
        root.editingId = row.id
        root.editingName = row.name
        root.uses = Array.from(row.uses)
        root.confirmingRemove = false
        root.problem = ""
        nameField.text = row.name
        ownerField.text = row.owner
        noteField.text = row.note
        root.open()
        nameField.field.forceActiveFocus()
    }

    function toggle(category: string, on: bool) {
        const next = root.uses.filter(c => c !== category)
        if (on)
            next.push(category)
        root.uses = next
    }

    function save() {
        const ok = root.editingId.length > 0
                ? root.usage.editIntegration(root.editingId, nameField.text, ownerField.text, noteField.text, root.uses)
                : root.usage.addIntegration(nameField.text, ownerField.text, noteField.text, root.uses)
        if (ok)
            root.close()
        else
            root.problem = root.usage.problem
    }

    function remove() {
        if (root.usage.removeIntegration(root.editingId))
            root.close()
        else
            root.problem = root.usage.problem
    }

    objectName: "integrationDialog"
    title: root.confirmingRemove ? qsTr("Remove “%1” from the list?").arg(root.editingName)
                                 : root.editingId.length > 0 ? qsTr("Edit “%1”").arg(root.editingName)
                                                             : qsTr("Add an integration")

    ColumnLayout {
        width: parent.width
        spacing: 10

        QQC2.Label {
            Layout.fillWidth: true
            visible: root.confirmingRemove
            wrapMode: Text.Wrap
            text: qsTr("The integration keeps its token; only this device's list forgets it, so a reset "
                       + "will no longer name it.")
        }
        LabeledField {
            id: nameField
            objectName: "integrationNameField"
            visible: !root.confirmingRemove
            label: qsTr("Name (for example “Reporting sync”)")
            onAccepted: root.save()
        }
        LabeledField {
            id: ownerField
            objectName: "integrationOwnerField"
            visible: !root.confirmingRemove
            label: qsTr("Owner (who to ask)")
            onAccepted: root.save()
        }
        LabeledField {
            id: noteField
            objectName: "integrationNoteField"
            visible: !root.confirmingRemove
            label: qsTr("Note (where it runs, what it does)")
            onAccepted: root.save()
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: !root.confirmingRemove
            wrapMode: Text.Wrap
            text: qsTr("API categories it calls")
            color: Material.secondaryTextColor
        }
        Flow {
            Layout.fillWidth: true
            visible: !root.confirmingRemove && root.usage !== null
            spacing: 4
            Repeater {
                model: root.usage ? root.usage.categories : []
                delegate: QQC2.CheckBox {
                    required property var modelData
                    objectName: "integrationUses_" + modelData.key
                    text: modelData.title
                    checked: root.uses.indexOf(modelData.key) >= 0
                    Accessible.name: qsTr("Calls %1").arg(modelData.title)
                    onToggled: root.toggle(modelData.key, checked)
                }
            }
        }
        Notice {
            objectName: "integrationProblem"
            Layout.fillWidth: true
            visible: root.problem.length > 0
            tone: "error"
            text: root.problem
        }
        ActionButton {
            objectName: "integrationRemoveButton"
            kind: "text"
            visible: root.editingId.length > 0 && !root.confirmingRemove
            text: qsTr("Remove from the list\u2026")
            Accessible.name: qsTr("Remove %1 from the list").arg(root.editingName)
            onClicked: root.confirmingRemove = true
        }
        DialogButtons {
            ActionButton {
                objectName: "integrationCancelButton"
                kind: "text"
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: root.close()
            }
            ActionButton {
                objectName: "integrationConfirmRemoveButton"
                kind: "danger"
                visible: root.confirmingRemove
                text: qsTr("Remove")
                Accessible.name: qsTr("Remove %1 from the list").arg(root.editingName)
                onClicked: root.remove()
            }
            ActionButton {
                objectName: "integrationSaveButton"
                kind: "filled"
                visible: !root.confirmingRemove
                text: root.editingId.length > 0 ? qsTr("Save") : qsTr("Add")
                enabled: nameField.text.trim().length > 0
                Accessible.name: root.editingId.length > 0 ? qsTr("Save the integration")
                                                           : qsTr("Add the integration")
                onClicked: root.save()
            }
        }
    }
}
