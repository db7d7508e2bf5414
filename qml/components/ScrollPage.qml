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

        ColumnLayout {
            id: column
            x: Math.max(root.compact ? 16 : 32, (flick.width - width) / 2)
            y: root.compact ? 16 : 28
            width: Math.min(flick.width - 2 * (root.compact ? 16 : 32), 880)
            spacing: 16
        }
    }
}
