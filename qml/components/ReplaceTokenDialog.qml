pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Tokens only, "Replace token…": after a reset in the web app, paste the new
// Auth Token. The app checks that it passes and that the old one now fails
// before it overwrites the saved one.
AppDialog {
    id: root

    property TokenView token: AppController.current.readWrite
    readonly property ActionState state: token.replaceState
    property int runsAtOpen: 0
    readonly property bool done: state.ended && state.runs > runsAtOpen && !state.failed

    function openFor(token: TokenView) {
        root.token = token
        root.runsAtOpen = root.state.runs
        tokenField.clear()
        root.open()
        tokenField.field.forceActiveFocus()
    }

    objectName: "replaceDialog"
    title: done ? qsTr("%1 token replaced").arg(token.title) : qsTr("Replace the %1 token").arg(token.title)
    closable: !state.busy

    ColumnLayout {
        width: parent.width
        spacing: 12

        QQC2.Label {
            Layout.fillWidth: true
            visible: !root.done
            wrapMode: Text.Wrap
            text: qsTr("Reset the token in the platform's web app first (%1), then paste the new Auth Token "
                       + "here. It replaces the saved one only if it passes and the old one no longer does.")
                  .arg(AppController.current.webAppPath)
        }
        LabeledField {
            id: tokenField
            objectName: "replaceTokenField"
            visible: !root.done
            label: qsTr("New Auth Token")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            onAccepted: replaceButton.clicked()
        }
        RowLayout {
            visible: root.state.busy
            spacing: 12
            QQC2.BusyIndicator {
                running: root.state.busy
                Accessible.name: qsTr("Checking the new and the old token")
            }
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Checking that the new token passes and the old one fails\u2026")
            }
        }
        Notice {
            objectName: "replaceResult"
            Layout.fillWidth: true
            visible: root.state.ended && root.state.runs > root.runsAtOpen
            tone: root.state.failed ? "error" : "success"
            text: root.state.message
        }
        IntegrationChecklist {
            id: checklist
            Layout.fillWidth: true
            visible: root.done && checklist.usage !== null && checklist.usage.count > 0
            token: root.token
        }
        DialogButtons {
            ActionButton {
                objectName: "replaceCancelButton"
                kind: "text"
                text: root.done ? qsTr("Done") : qsTr("Cancel")
                enabled: !root.state.busy
                Accessible.name: text
                onClicked: root.close()
            }
            ActionButton {
                id: replaceButton
                objectName: "replaceConfirmButton"
                kind: "filled"
                visible: !root.done
                text: qsTr("Check and replace")
                enabled: root.state.allowed && tokenField.text.trim().length > 0
                Accessible.name: qsTr("Check and replace the %1 token").arg(root.token.title)
                onClicked: if (enabled) root.token.replace(tokenField.text)
            }
        }
    }
    onClosed: tokenField.clear()
}
