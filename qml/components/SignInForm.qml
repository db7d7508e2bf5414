pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Sign in to a platform that offers the management contract. A refusal keeps
// exactly what was typed and says what went wrong; Enter in any field signs in.
ColumnLayout {
    id: root

    readonly property ActionState state: AppController.signInState
    /// Attempts on this page, so that a repeated refusal is seen as new.
    property int runsAtOpen: 0
    /// Signing in again to the shown account, whose session ended.
    readonly property bool again: AppController.signingInAgain && AppController.current !== null

    function submit() {
        if (signInButton.enabled)
            AppController.signIn(serverField.text, userField.text, passwordField.text)
    }

    objectName: "signInPage"
    spacing: 12
    // Filled once: a binding would put back another address after a refusal.
    Component.onCompleted: {
        root.runsAtOpen = root.state.runs
        serverField.text = root.again ? AppController.current.address : AppSettings.defaultServer
        ;(serverField.text.length > 0 ? userField : serverField).field.forceActiveFocus()
    }

    Connections {
        target: root.state
        function onFinished(ok: bool) {
            if (ok)
                passwordField.clear()
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: root.again ? qsTr("Your session for %1 ended. Sign in again; its saved tokens are kept.")
                           .arg(AppController.current.name)
                         : qsTr("For a platform that offers the token management API, such as the reference "
                                + "server. On impact.com, add the tokens you already have instead.")
    }
    LabeledField {
        id: serverField
        objectName: "serverField"
        label: qsTr("Platform address")
        placeholder: "https://platform.example.com"
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        onAccepted: root.submit()
    }
    LabeledField {
        id: userField
        objectName: "userField"
        label: qsTr("User name")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        onAccepted: root.submit()
    }
    LabeledField {
        id: passwordField
        objectName: "passwordField"
        label: qsTr("Password")
        echoMode: TextInput.Password
        onAccepted: root.submit()
    }
    Notice {
        objectName: "signInError"
        Layout.fillWidth: true
        visible: root.state.failed && root.state.runs > root.runsAtOpen
        tone: "error"
        title: qsTr("Sign-in failed")
        // Attempt n: a repeated refusal is seen as new.
        text: root.state.runs - root.runsAtOpen > 1
              ? qsTr("%1 (attempt %2)").arg(root.state.message).arg(root.state.runs - root.runsAtOpen)
              : root.state.message
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: 4
        spacing: 12
        QQC2.BusyIndicator {
            objectName: "signInBusy"
            Layout.preferredWidth: 36
            Layout.preferredHeight: 36
            running: root.state.busy
            visible: running
            Accessible.name: qsTr("Signing in")
        }
        Item {
            Layout.fillWidth: true
        }
        ActionButton {
            kind: "filled"
            id: signInButton
            objectName: "signInButton"
            text: qsTr("Sign in")
            enabled: root.state.allowed && serverField.text.trim().length > 0
                     && userField.text.length > 0 && passwordField.text.length > 0
            Accessible.name: qsTr("Sign in")
            onClicked: root.submit()
        }
    }
}
