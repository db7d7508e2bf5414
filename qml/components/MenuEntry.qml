pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material

// An item of a card's More (⋮) menu. Wraps where the menu is narrower than
// its text (a phone), so that every item reads in full.
QQC2.MenuItem {
    id: root

    Accessible.name: text
    contentItem: Text {
        text: root.text
        font: root.font
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        color: root.enabled ? root.Material.foreground : root.Material.hintTextColor
    }
}
