pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material

// A drop-down with an outlined box. Like ActionButton, it draws no shader
// shadow, so it renders the same with the software renderer.
QQC2.ComboBox {
    id: root

    readonly property bool dark: Material.theme === Material.Dark

    Material.background: "transparent"
    Material.elevation: 0

    background: Rectangle {
        implicitWidth: 160
        implicitHeight: 44
        radius: 8
        color: root.dark ? "#24262b" : "#ffffff"
        border.width: root.activeFocus ? 2 : 1
        border.color: root.activeFocus ? root.Material.accent : root.dark ? "#4a4d55" : "#c9cdd6"
    }
}
