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

    objectName: "offlineBanner"
    implicitHeight: row.implicitHeight + 16
    color: colors.background
    Accessible.role: Accessible.AlertMessage
    Accessible.name: qsTr("Offline. %1").arg(AppController.offlineReason)

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
            text: qsTr("<b>Offline.</b> %1 Saved tokens can still be viewed and copied.")
                  .arg(AppController.offlineReason)
            textFormat: Text.StyledText
        }
        QQC2.BusyIndicator {
            Layout.preferredWidth: 28
            Layout.preferredHeight: 28
            running: AppController.busy
            visible: running
            Accessible.name: qsTr("Reconnecting")
        }
        ActionButton {
            objectName: "offlineRetryButton"
            kind: "text"
            text: qsTr("Retry")
            enabled: !AppController.busy
            tint: root.colors.foreground
            Accessible.name: qsTr("Retry connecting to the platform")
            onClicked: AppController.refresh()
        }
    }
}
