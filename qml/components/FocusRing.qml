import QtQuick
import QtQuick.Controls.Material

// Keyboard focus (Tab, Shift+Tab) drawn as a 2 px accent outline over a
// control whose style shows it too faintly (tabs).
Rectangle {
    /// True while the control has keyboard focus (its visualFocus).
    property bool shown: false

    objectName: "focusRing"
    anchors.fill: parent
    anchors.margins: 2
    radius: 4
    visible: shown
    color: "transparent"
    border.width: 2
    border.color: Material.accent
}
