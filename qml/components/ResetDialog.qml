pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// Reset one token: confirm (the old value stops working at once), progress,
// then the new token ready to copy, or what went wrong.
AppDialog {
    id: root

    property TokenView token: AppController.current.readWrite
    readonly property ActionState state: token.resetState
    /// The reset's runs when the dialog opened: a later run is this dialog's answer.
    property int runsAtOpen: 0
    /// "confirm", "working", "done" or "failed", derived from the token's reset state.
    readonly property string stage: state.busy ? "working"
                                   : state.runs === runsAtOpen ? "confirm"
                                   : state.failed ? "failed" : "done"

    function openFor(token: TokenView) {
        root.token = token
        root.runsAtOpen = root.state.runs
        root.open()
    }

    objectName: "resetDialog"
    title: stage === "done" ? qsTr("New %1 token ready").arg(token.title) : qsTr("Reset (%1)?").arg(token.title)
    closable: stage !== "working"

    ColumnLayout {
        width: parent.width
        spacing: 14

        QQC2.Label {
            objectName: "resetWarning"
            Layout.fillWidth: true
            visible: root.stage === "confirm" || root.stage === "failed"
            wrapMode: Text.Wrap
            text: qsTr("A new Auth Token replaces the current %1 token. The old value stops passing "
                       + "authorization at once: every integration that still uses it fails until you "
                       + "update it with the new token.").arg(root.token.title)
        }
        StatusText {
            objectName: "resetBreaks"
            Layout.fillWidth: true
            visible: (root.stage === "confirm" || root.stage === "failed") && text.length > 0
            tone: "warning"
            font.weight: Font.DemiBold
            text: root.token.usage.breaksText
        }
        Notice {
            Layout.fillWidth: true
            visible: root.stage === "confirm" && root.state.blockedReason.length > 0
            tone: "warning"
            text: root.state.blockedReason
        }
        RowLayout {
            Layout.fillWidth: true
            visible: root.stage === "working"
            spacing: 12
            QQC2.BusyIndicator {
                running: root.stage === "working"
                Accessible.name: qsTr("Resetting")
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Resetting the %1 token\u2026").arg(root.token.title)
                wrapMode: Text.Wrap
            }
        }
        ResetResult {
            Layout.fillWidth: true
            visible: root.stage === "done"
            token: root.token
        }
        Notice {
            objectName: "resetFailure"
            Layout.fillWidth: true
            visible: root.stage === "failed"
            tone: "error"
            title: qsTr("The token was not reset")
            text: root.state.message
        }
        DialogButtons {
            ActionButton {
                objectName: "resetCancelButton"
                kind: "text"
                visible: root.stage === "confirm" || root.stage === "failed"
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: root.close()
            }
            ActionButton {
                objectName: "resetConfirmButton"
                kind: "danger"
                visible: root.stage === "confirm" || root.stage === "failed"
                text: root.stage === "failed" ? qsTr("Try again") : qsTr("Reset token")
                enabled: root.state.allowed
                Accessible.name: qsTr("Reset the %1 token").arg(root.token.title)
                onClicked: root.token.reset()
            }
            ActionButton {
                objectName: "resetDoneButton"
                kind: "filled"
                visible: root.stage === "done"
                text: qsTr("Done")
                Accessible.name: text
                onClicked: root.close()
            }
        }
    }
}
