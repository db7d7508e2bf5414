pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// A tokens-only account: the Account SID and Auth Token the platform's web app
// shows, checked against its API before anything is saved. Offline, it can be
// saved without the check when the user says so.
ColumnLayout {
    id: root

    readonly property ActionState state: AppController.addAccountState
    /// The last attempt could not reach the platform: offer to save without checking.
    readonly property bool offline: state.failed && state.offline

    /// Tokens-only accounts at the address typed: a token of the same agency may join one.
    // (Read again when the accounts change: the length is only there to say so.)
    readonly property var existing: AppController.accounts.length >= 0 ? AppController.tokensAccountsAt(apiField.text) : []
    /// The account the token joins; "" for a new account.
    readonly property string target: targetSelect.visible && targetSelect.currentIndex > 0
                                     ? root.existing[targetSelect.currentIndex - 1].id : ""

    function targetNames(): list<string> {
        const names = [qsTr("A new account")]
        for (let i = 0; i < root.existing.length; ++i)
            names.push(root.existing[i].name)
        return names
    }

    function submit(withoutCheck: bool) {
        if (!fields.complete || root.state.busy)
            return
        if (root.target.length > 0)
            AppController.addTokenTo(root.target, fields.kind, fields.accountSid, fields.authToken)
        else
            AppController.addTokensAccount(nameField.text, apiField.text, fields.kind, fields.accountSid,
                                           fields.authToken, withoutCheck)
    }

    objectName: "addTokensForm"
    spacing: 12

    Connections {
        target: root.state
        function onFinished(ok: bool) {
            if (ok)
                fields.clear()
        }
    }

    QQC2.Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Copy them from the platform's web app: %1. The token is checked against the platform's "
                   + "API before it is saved in this device's keychain.")
              .arg(qsTr("Menu → Settings → Account → Technical → Platform REST Web Services"))
    }
    // An agency that already has a tokens-only account here: offer it, so that
    // its second token joins it instead of making "Demo Agency (2)".
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.existing.length > 0
        spacing: 2
        QQC2.Label {
            text: qsTr("Add to")
            font.pixelSize: 12
        }
        Select {
            id: targetSelect
            objectName: "addToSelect"
            Layout.fillWidth: true
            model: root.targetNames()
            // Offered first: the one account already here.
            currentIndex: root.existing.length === 1 ? 1 : 0
            Accessible.name: qsTr("The account the token is added to")
        }
    }
    LabeledField {
        id: nameField
        objectName: "accountNameInput"
        visible: root.target.length === 0
        label: qsTr("Account name (optional)")
        placeholder: qsTr("Default: the agency's name")
    }
    LabeledField {
        id: apiField
        objectName: "apiField"
        label: qsTr("Platform API address")
        // Read once, when the form opens: --server, the accounts' address, or the platform's.
        text: AppSettings.suggestedApiAddress()
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
    }
    TokenFields {
        id: fields
        Layout.fillWidth: true
        onAccepted: root.submit(false)
    }
    Notice {
        objectName: "addTokensError"
        Layout.fillWidth: true
        visible: root.state.failed
        tone: "error"
        title: qsTr("Not saved")
        text: root.state.message
        ActionButton {
            objectName: "saveWithoutCheckButton"
            visible: root.offline
            text: qsTr("Save without checking")
            Accessible.name: qsTr("Save the token without checking it, while offline")
            onClicked: root.submit(true)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        QQC2.BusyIndicator {
            Layout.preferredWidth: 36
            Layout.preferredHeight: 36
            running: root.state.busy
            visible: running
            Accessible.name: qsTr("Checking the token")
        }
        Item {
            Layout.fillWidth: true
        }
        ActionButton {
            objectName: "addTokensButton"
            kind: "filled"
            text: root.state.busy ? qsTr("Checking\u2026") : qsTr("Check and add")
            enabled: root.state.allowed && fields.complete
            Accessible.name: qsTr("Check the token and add the account")
            onClicked: root.submit(false)
        }
    }
}
