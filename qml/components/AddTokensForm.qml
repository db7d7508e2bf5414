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

    function submit(withoutCheck: bool) {
        if (!fields.complete || root.state.busy)
            return
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
    LabeledField {
        id: nameField
        objectName: "accountNameInput"
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
