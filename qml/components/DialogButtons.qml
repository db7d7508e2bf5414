pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The button row at the bottom of a dialog, right-aligned. List the buttons
// from left to right: the dismissing one first, the main action last.
RowLayout {
    id: root

    Layout.fillWidth: true
    Layout.topMargin: 8
    spacing: 8

    Item {
        Layout.fillWidth: true
    }
}
