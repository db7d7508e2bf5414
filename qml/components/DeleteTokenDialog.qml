pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Delete a scoped token: signed in, on the platform (every integration that
// uses it fails at once); tokens only, from this device (the platform keeps it).
AppDialog {
    id: root

    property TokenView token: null
    readonly property ActionState state: token ? token.deleteState : null
    readonly property bool onPlatform: !AppController.current.tokensOnly
    property int runsAtOpen: 0
    readonly property bool failed: state !== null && state.failed && state.runs > runsAtOpen

    function openFor(token: TokenView) {
        root.token = token
        root.runsAtOpen = token.deleteState.runs
        root.open()
    }

    objectName: "deleteTokenDialog"
    title: token === null ? "" : onPlatform ? qsTr("Delete “%1”?").arg(token.title)
                                            : qsTr("Remove “%1” from this device?").arg(token.title)
    closable: state === null || !state.busy

    // Deleted (or removed elsewhere): the account no longer lists it, and its view goes.
    Connections {
        target: AppController.current
        function onScopedTokensChanged() {
            if (root.visible && Array.from(AppController.current.scopedTokens).indexOf(root.token) < 0)
                root.close()
        }
    }
    Connections {
        target: root.state
        function onFinished(ok: bool) {
            if (ok)
                root.close()
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: 14

        QQC2.Label {
            objectName: "deleteWarning"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.onPlatform
                  ? qsTr("The platform deletes the token: from then on its Account SID and Auth Token get 401, and "
                         + "every integration that uses it fails. This cannot be undone.")
                  : qsTr("The app forgets the token and takes it out of the keychain. It keeps working on the "
                         + "platform: delete it in the web app (%1) if no integration needs it.")
                    .arg(AppController.current.webAppPath)
        }
        Notice {
            objectName: "deleteFailure"
            Layout.fillWidth: true
            visible: root.failed
            tone: "error"
            text: root.state ? root.state.message : ""
        }
        DialogButtons {
            ActionButton {
                objectName: "deleteCancelButton"
                kind: "text"
                text: qsTr("Cancel")
                enabled: root.closable
                Accessible.name: text
                onClicked: root.close()
            }
            ActionButton {
                objectName: "deleteConfirmButton"
                kind: "danger"
                text: root.state && root.state.busy ? qsTr("Deleting\u2026")
                                                    : root.onPlatform ? qsTr("Delete token") : qsTr("Remove")
                enabled: root.state !== null && root.state.allowed
                Accessible.name: root.token ? (root.onPlatform ? qsTr("Delete the token %1").arg(root.token.title)
                                                               : qsTr("Remove the token %1 from this device")
                                                                 .arg(root.token.title)) : text
                onClicked: root.token.deleteToken()
            }
        }
    }
}
