pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// "Enable Legacy Tokens": shown only while the platform allows it; progress
// while it runs; the reason when server actions are off.
ColumnLayout {
    id: root

    readonly property bool running: AppController.busy && pending
    property bool pending: false

    visible: AppController.canEnable
    spacing: 4

    Connections {
        target: AppController
        function onOperationFinished(action: string) {
            if (action === "enable")
                root.pending = false
        }
    }

    ActionButton {
        objectName: "enableLegacyTokensButton"
        kind: "filled"
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignRight
        text: root.running ? qsTr("Enabling\u2026") : qsTr("Enable Legacy Tokens")
        enabled: !AppController.busy && AppController.actionsDisabledReason.length === 0
        Accessible.name: qsTr("Enable Legacy Tokens")
        Accessible.description: AppController.actionsDisabledReason
        onClicked: {
            root.pending = true
            AppController.enableLegacyTokens()
        }
        QQC2.BusyIndicator {
            anchors.verticalCenter: parent.verticalCenter
            anchors.right: parent.right
            anchors.rightMargin: 6
            width: 28
            height: 28
            running: root.running
            visible: running
            Accessible.name: qsTr("Enabling legacy tokens")
        }
    }
    QQC2.Label {
        Layout.fillWidth: true
        Layout.maximumWidth: 320
        visible: !AppController.busy && AppController.actionsDisabledReason.length > 0
        text: AppController.actionsDisabledReason
        color: Material.secondaryTextColor
        font.pixelSize: 12
        wrapMode: Text.Wrap
    }
}
