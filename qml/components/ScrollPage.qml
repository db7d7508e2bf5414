pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// The frame of every page: a scrolling column of at most 880 px, centred.
// The shells read title and crumbs; a page asks for another with openPage().
QQC2.Page {
    id: root

    /// The name PageStack knows this page by ("settings", "rest", ...).
    property string pageName
    /// The breadcrumb labels this page adds; the last one names the page.
    property var crumbs: [title]
    /// Phone-sized content: one column, compact rows.
    readonly property bool compact: width < 720
    default property alias content: column.data

    signal openPage(string name)

    /// Scrolls to the item named `<name>Section` (Settings: "account", "technical").
    function showSection(name: string) {
        const target = findSection(column, name + "Section")
        if (!target)
            return
        const top = target.mapToItem(flick.contentItem, 0, 0).y - 16
        flick.contentY = Math.max(0, Math.min(top, flick.contentHeight - flick.height))
    }

    function findSection(parent: Item, name: string): Item {
        for (let i = 0; i < parent.children.length; ++i) {
            const child = parent.children[i]
            const found = child.objectName === name ? child : findSection(child, name)
            if (found)
                return found
        }
        return null
    }

    // The keyboard follows the page: once a page is shown (its transition
    // over), the next Tab goes to its controls, not back to the sidebar's.
    QQC2.StackView.onActivated: pageStart.forceActiveFocus(Qt.OtherFocusReason)

    // What Tab reaches is scrolled into view (a Rename button below the fold).
    readonly property Item focusedItem: Window.activeFocusItem
    onFocusedItemChanged: ensureVisible(focusedItem)

    function ensureVisible(item: Item) {
        let inside = false
        for (let p = item; p && !inside; p = p.parent)
            inside = p === column
        if (!inside)
            return
        const top = item.mapToItem(flick.contentItem, 0, 0).y - 16
        const bottom = top + item.height + 32
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, bottom - flick.height))
    }

    padding: 0
    background: null
    Accessible.role: Accessible.Pane
    Accessible.name: root.title

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + column.y + 32
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        // Where the keyboard is when the page opens: before its first control,
        // so that Tab goes there (a Page, a focus scope, would send it elsewhere).
        Item {
            id: pageStart
            objectName: "pageStart"
            Accessible.role: Accessible.Heading
            Accessible.name: root.title
            // Not a stop of its own: it only hands Tab and Shift+Tab on from here.
            Keys.onTabPressed: pageStart.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
            Keys.onBacktabPressed: pageStart.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
        }
        ColumnLayout {
            id: column
            x: Math.max(root.compact ? 16 : 32, (flick.width - width) / 2)
            y: root.compact ? 16 : 28
            width: Math.min(flick.width - 2 * (root.compact ? 16 : 32), 880)
            spacing: 16
        }
    }
}
