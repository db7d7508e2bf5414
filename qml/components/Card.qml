pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material

// A rounded surface that groups one topic on a page.
QQC2.Pane {
    id: root

    readonly property bool dark: Material.theme === Material.Dark

    padding: 20
    Material.elevation: 0
    background: Rectangle {
        radius: 12
        color: root.dark ? "#2a2c31" : "#ffffff"
        border.color: root.dark ? "#3a3d44" : "#e1e4ea"
    }
}
