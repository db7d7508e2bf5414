pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Tokens only, "Add scoped token": a scoped token made in the web app, pasted
// with its name, Account SID and Auth Token. The platform's check decides:
// 200 or 403 (genuine, its scopes leave company information out) keep it,
// 401 (refused) keeps nothing and the form stays as typed.
AppDialog {
    id: root

    readonly property AccountView account: AppController.current
    readonly property ActionState state: account.addScopedState
    property int runsAtOpen: 0
    readonly property bool answered: state.ended && state.runs > runsAtOpen
    readonly property bool done: answered && !state.failed
    /// The token just added, when its check got 403 (its note says so).
    readonly property TokenView added: done ? account.scopedToken(nameField.text.trim()) : null

    function openFor() {
        nameField.clear()
        fields.clear()
        root.runsAtOpen = root.state.runs
        root.open()
        nameField.field.forceActiveFocus()
    }

    objectName: "addScopedDialog"
    title: done ? qsTr("Scoped token added") : qsTr("Add a scoped token to %1").arg(account.name)
    closable: !state.busy

    ColumnLayout {
        width: parent.width
        spacing: 12

        QQC2.Label {
            objectName: "addScopedPath"
            Layout.fillWidth: true
            visible: !root.done
            wrapMode: Text.Wrap
            text: qsTr("Create it in the platform's web app first: open %1, go to %2 and select Create Access Token. "
                       + "Then paste its name, Account SID and Auth Token here: the web app shows the Auth Token "
                       + "only once.").arg(root.account.webAppUrl).arg(root.account.webAppPath)
        }
        LabeledField {
            id: nameField
            objectName: "scopedNameField"
            visible: !root.done
            label: qsTr("Name (as in the web app)")
            onAccepted: fields.focusFirst()
        }
        TokenFields {
            id: fields
            Layout.fillWidth: true
            visible: !root.done
            showKind: false
            onAccepted: addButton.clicked()
        }
        RowLayout {
            visible: root.state.busy
            spacing: 12
            QQC2.BusyIndicator {
                running: root.state.busy
                Accessible.name: qsTr("Checking the token")
            }
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Asking the platform whether it knows this token\u2026")
            }
        }
        Notice {
            objectName: "addScopedResult"
            Layout.fillWidth: true
            visible: root.answered
            tone: root.state.failed ? "error" : root.added && root.added.checkNote.length > 0 ? "warning" : "success"
            title: root.state.failed ? qsTr("Not added: nothing was saved") : ""
            text: root.state.message
        }
        DialogButtons {
            ActionButton {
                objectName: "addScopedCancelButton"
                kind: "text"
                visible: !root.done
                text: qsTr("Cancel")
                enabled: !root.state.busy
                Accessible.name: text
                onClicked: root.close()
            }
            ActionButton {
                id: addButton
                objectName: "addScopedConfirmButton"
                kind: "filled"
                visible: !root.done
                text: root.state.busy ? qsTr("Checking\u2026") : qsTr("Check and add")
                enabled: root.state.allowed && fields.complete && nameField.text.trim().length > 0
                Accessible.name: qsTr("Check and add the scoped token")
                onClicked: if (enabled) root.account.addScopedToken(nameField.text, fields.accountSid, fields.authToken)
            }
            ActionButton {
                objectName: "addScopedDoneButton"
                kind: "filled"
                visible: root.done
                text: qsTr("Done")
                Accessible.name: text
                onClicked: root.close()
            }
        }
    }
    onClosed: fields.clear()
}
