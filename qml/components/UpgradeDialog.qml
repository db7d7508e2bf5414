pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Move a token to a newer API version: warns that calls may break, lets the
// user try the version first (verify with IR-Version), then upgrades.
AppDialog {
    id: root

    required property TokenView token
    property int version
    readonly property ActionState tryState: token.tryVersionState
    readonly property ActionState upgradeState: token.upgradeState

    function ask(version: int) {
        root.version = version
        root.tryState.clear()
        root.upgradeState.clear()
        root.open()
    }

    objectName: "upgradeDialog"
    title: qsTr("Upgrade to API version %1?").arg(version)
    closable: !upgradeState.busy

    Connections {
        target: root.upgradeState
        function onFinished(ok: bool) {
            if (ok)
                root.close()
        }
    }
    // Keep the keyboard where it was: the button was disabled while it ran.
    Connections {
        target: root.tryState
        function onFinished() {
            tryButton.forceActiveFocus(Qt.TabFocusReason)
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: 14

        QQC2.Label {
            objectName: "upgradeWarning"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: (root.token.apiVersion > 0
                   ? qsTr("The %1 token keeps its value, but requests without an IR-Version header will be "
                          + "answered by version %2 instead of %3.").arg(root.token.title).arg(root.version)
                         .arg(root.token.apiVersion)
                   : qsTr("The %1 token keeps its value, but requests without an IR-Version header will be "
                          + "answered by version %2.").arg(root.token.title).arg(root.version))
                  + " " + qsTr("Existing calls may break. An upgrade cannot be undone.")
        }
        QQC2.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.secondaryTextColor
            text: qsTr("Try it first: this checks the token against version %1 without changing anything.")
                  .arg(root.version)
        }
        StatusText {
            objectName: "upgradeVerifyResult"
            Layout.fillWidth: true
            visible: text.length > 0
            tone: root.tryState.failed ? "error" : "success"
            text: root.tryState.message
        }
        Notice {
            objectName: "upgradeNotice"
            Layout.fillWidth: true
            visible: text.length > 0
            tone: root.upgradeState.failed ? "error" : "warning"
            text: root.upgradeState.failed ? root.upgradeState.message : root.upgradeState.blockedReason
        }
        QQC2.ProgressBar {
            Layout.fillWidth: true
            visible: root.tryState.busy || root.upgradeState.busy
            indeterminate: true
            Accessible.name: root.upgradeState.busy ? qsTr("Upgrading") : qsTr("Trying version %1").arg(root.version)
        }
        // In reading order, so that Tab goes left to right; right-aligned like
        // every dialog's buttons (DialogButtons) while they fit in one row,
        // wrapping on a phone when they do not.
        Flow {
            id: buttons
            readonly property real rowWidth: cancelButton.implicitWidth + tryButton.implicitWidth
                                             + upgradeButton.implicitWidth + 2 * spacing
            Layout.alignment: Qt.AlignRight
            Layout.preferredWidth: Math.min(rowWidth, parent.width)
            Layout.topMargin: 8
            spacing: 8
            ActionButton {
                id: cancelButton
                objectName: "upgradeCancelButton"
                kind: "text"
                text: qsTr("Cancel")
                enabled: !root.upgradeState.busy
                Accessible.name: text
                onClicked: root.close()
            }
            ActionButton {
                id: tryButton
                objectName: "tryVersionButton"
                text: qsTr("Try version %1 first").arg(root.version)
                enabled: root.tryState.allowed
                Accessible.name: text
                onClicked: root.token.tryVersion(root.version)
            }
            ActionButton {
                id: upgradeButton
                objectName: "upgradeConfirmButton"
                kind: "filled"
                text: qsTr("Upgrade")
                enabled: root.upgradeState.allowed
                Accessible.name: qsTr("Upgrade the %1 token to version %2").arg(root.token.title).arg(root.version)
                onClicked: root.token.upgrade(root.version)
            }
        }
    }
}
