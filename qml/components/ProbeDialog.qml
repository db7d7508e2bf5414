pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// "Check what it can reach": runs the token's probe (one request per API
// category, reads only) and shows a row per category.
AppDialog {
    id: root

    property TokenView token: null
    readonly property ActionState state: token ? token.probeState : null
    property int runsAtOpen: 0

    /// Opens for `token` and starts the check at once: it changes nothing.
    function openFor(token: TokenView) {
        root.token = token
        root.runsAtOpen = token.probeState.runs
        root.open()
        token.probe()
    }

    objectName: "probeDialog"
    title: token ? qsTr("What “%1” can reach").arg(token.title) : ""
    closable: state === null || !state.busy

    ColumnLayout {
        width: parent.width
        spacing: 12

        RowLayout {
            visible: root.state !== null && root.state.busy
            spacing: 12
            QQC2.BusyIndicator {
                running: parent.visible
                Accessible.name: qsTr("Checking")
            }
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Asking the platform, one request per API category\u2026")
            }
        }
        ProbeRows {
            Layout.fillWidth: true
            visible: root.token !== null && (root.state === null || !root.state.busy)
            token: root.token
        }
        Notice {
            objectName: "probeResult"
            Layout.fillWidth: true
            visible: root.state !== null && root.state.ended && root.state.runs > root.runsAtOpen
            tone: root.state && root.state.failed ? "error" : "success"
            text: root.state ? root.state.message : ""
        }
        DialogButtons {
            ActionButton {
                objectName: "probeAgainButton"
                text: qsTr("Check again")
                enabled: root.state !== null && root.state.allowed
                Accessible.name: text
                onClicked: root.token.probe()
            }
            ActionButton {
                objectName: "probeDoneButton"
                kind: "filled"
                text: qsTr("Done")
                enabled: root.closable
                Accessible.name: text
                onClicked: root.close()
            }
        }
    }
}
