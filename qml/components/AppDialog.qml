pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material

// The look every dialog shares: modal, centred in the window, Esc closes it
// unless it is in the middle of something (set `closable: false`).
QQC2.Dialog {
    id: root

    property bool closable: true

    modal: true
    focus: true
    anchors.centerIn: QQC2.Overlay.overlay
    width: QQC2.Overlay.overlay ? Math.min(QQC2.Overlay.overlay.width - 32, 520) : 520
    padding: 24
    topPadding: 8
    font.capitalization: Font.MixedCase
    // Popups take their style from the window, not from the item they belong
    // to; follow the item, which follows the app's theme.
    Material.theme: parent ? parent.Material.theme : Material.System
    Material.accent: parent ? parent.Material.accent : Material.Indigo
    Material.primary: parent ? parent.Material.primary : Material.Indigo
    // Flat with a border: the Material shadow is a shader effect, which the
    // software renderer cannot draw (the whole background would vanish).
    Material.elevation: 0
    header: QQC2.Label {
        text: root.title
        padding: 24
        bottomPadding: 12
        font.pixelSize: 18
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: root.title
    }
    background: Rectangle {
        radius: 14
        color: root.Material.theme === Material.Dark ? "#2b2d33" : "#ffffff"
        border.color: root.Material.dividerColor
    }
    QQC2.Overlay.modal: Rectangle {
        color: Qt.rgba(0, 0, 0, 0.45)
    }
    closePolicy: closable ? QQC2.Popup.CloseOnEscape | QQC2.Popup.CloseOnPressOutside : QQC2.Popup.NoAutoClose
}
