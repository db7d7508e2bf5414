pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material

// A card's More (⋮) button and its menu of MenuEntry items, as wide as its
// longest item within the window. Enter opens the menu, not the card around it.
QQC2.ToolButton {
    id: root

    /// The objectName of the menu (tests find it by name).
    property string menuName: "moreMenu"
    readonly property QQC2.Menu menu: moreMenu
    readonly property bool dark: Material.theme === Material.Dark
    default property alias entries: moreMenu.contentData

    text: "\u22ee"
    font.pixelSize: 20
    Accessible.name: qsTr("More")
    focusPolicy: Qt.StrongFocus
    activeFocusOnTab: true
    onClicked: moreMenu.open()
    Keys.onReturnPressed: moreMenu.open()
    Keys.onEnterPressed: moreMenu.open()

    FocusRing {
        shown: root.visualFocus
    }

    QQC2.Menu {
        id: moreMenu
        objectName: root.menuName
        // A card is a focus scope: a More button left focused inside it would
        // take the focus every time Tab reaches the card.
        onClosed: root.focus = false
        y: root.height
        x: root.width - width
        margins: 8
        onAboutToShow: {
            let widest = 220
            // Every entry counts: before the menu shows, none of them is visible yet.
            for (let i = 0; i < count; ++i) {
                const entry = itemAt(i)
                if (entry)
                    widest = Math.max(widest, entry.implicitWidth)
            }
            const window = root.Window.window
            width = Math.min(widest + leftPadding + rightPadding, (window ? window.width : 360) - 2 * margins)
        }
        // Popups take their style from the window, not from their item.
        Material.theme: root.Material.theme
        Material.accent: root.Material.accent
        Material.elevation: 0
        background: Rectangle {
            radius: 8
            color: root.dark ? "#2b2d33" : "#ffffff"
            border.color: moreMenu.Material.dividerColor
        }
    }
}
