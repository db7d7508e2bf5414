pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Tokens only: adds the other token (say the Read-Only one) to the shown account.
AppDialog {
    id: root

    readonly property AccountView account: AppController.current
    property TokenView token: account.readWrite
    readonly property ActionState state: token.addState
    property int runsAtOpen: 0

    function openFor(token: TokenView) {
        root.token = token
        fields.clear()
        root.runsAtOpen = root.state.runs
        root.open()
    }

    objectName: "addTokenDialog"
    title: qsTr("Add a token to %1").arg(account.name)
    closable: !state.busy

    Connections {
        target: root.state
        function onFinished(ok: bool) {
            if (ok)
                root.close()
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: 12

        TokenFields {
            id: fields
            Layout.fillWidth: true
            showKind: false // the token it adds is the one the dialog opened for
            onAccepted: addButton.clicked()
        }
        Notice {
            objectName: "addTokenError"
            Layout.fillWidth: true
            visible: root.state.failed && root.state.runs > root.runsAtOpen
            tone: "error"
            text: root.state.message
        }
        DialogButtons {
            ActionButton {
                kind: "text"
                text: qsTr("Cancel")
                enabled: !root.state.busy
                Accessible.name: text
                onClicked: root.close()
            }
            ActionButton {
                id: addButton
                objectName: "addTokenConfirmButton"
                kind: "filled"
                text: root.state.busy ? qsTr("Checking\u2026") : qsTr("Check and add")
                enabled: root.state.allowed && fields.complete
                Accessible.name: qsTr("Check and add the token")
                onClicked: if (enabled) root.token.add(fields.accountSid, fields.authToken, false)
            }
        }
    }
    onClosed: fields.clear()
}
