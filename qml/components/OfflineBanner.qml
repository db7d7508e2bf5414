pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Full-width bar while the platform cannot be reached: why, what still
// works, and a Retry that refreshes.
Rectangle {
    id: root

    readonly property Tone colors: Tone {
        tone: "warning"
        dark: root.Material.theme === Material.Dark
    }

    // Kept by AppShell while no account is shown too: every use checks for one.
    readonly property AccountView account: AppController.current
    readonly property string reason: account ? account.offlineReason : ""
    readonly property bool busy: account ? account.busy : false

    objectName: "offlineBanner"
    implicitHeight: row.implicitHeight + 16
    color: colors.background
    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("Offline. %1").arg(root.reason)

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: root.colors.border
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 8
        spacing: 12

        QQC2.Label {
            text: root.colors.glyph
            color: root.colors.foreground
            font.pixelSize: 18
        }
        QQC2.Label {
            objectName: "offlineReason"
            Layout.fillWidth: true
            color: root.colors.foreground
            wrapMode: Text.Wrap
            // One short line; the reason is in the accessible name and the tooltip.
            text: qsTr("<b>Offline.</b> Saved tokens still copy.")
            QQC2.ToolTip.text: root.reason
            QQC2.ToolTip.visible: reasonHover.hovered
            HoverHandler {
                id: reasonHover
            }
            textFormat: Text.StyledText
        }
        QQC2.BusyIndicator {
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            running: root.busy
            visible: running
            Accessible.name: qsTr("Reconnecting")
        }
        ActionButton {
            objectName: "offlineRetryButton"
            kind: "text"
            text: qsTr("Retry")
            enabled: !root.busy
            tint: root.colors.foreground
            Accessible.name: qsTr("Retry connecting to the platform")
            onClicked: if (root.account) root.account.refresh()
        }
    }
}
