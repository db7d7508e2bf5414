pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// The signed-in shell, one for both widths: on a desktop the sidebar,
// breadcrumbs and the page; on a phone a tool bar with the menu or Back, a
// drawer, and the same pages. One page stack for both, so that rotating a
// tablet or resizing a window keeps the page, its tab and any open dialog.
QQC2.Page {
    id: root

    /// Desktop layout (sidebar) when true, phone layout (drawer) otherwise.
    readonly property bool wide: width >= 720
    readonly property PageStack stack: pageStack
    readonly property QQC2.Drawer drawer: drawerLoader.item as MobileDrawer
    /// Where AppShell shows its message bar while this shell is on screen.
    readonly property Item messageSlot: messageArea
    readonly property string currentPlace: pageStack.currentName

    function open(name: string) {
        pageStack.open(name)
    }

    // The drawer and the sign-out dialog are made when first needed (Loaders
    // by URL: Qt 6.4's Loader cannot make a bound Component).
    // A popup made by a Loader is kept in the Loader's data, where an inline
    // one would be, so that whatever walks the items (the tests, the
    // accessibility checks) finds it the same way; once made it stays.
    // `loader` has no type annotation on purpose: Qt 6.4's qmllint types
    // `data` as a QQmlListProperty and does not know its push().
    function keep(loader) {
        loader.data.push(loader.item)
        loader.active = true
    }
    /// Makes the popup now if it is not made yet (finishing a load in the background at once).
    function make(loader: Loader) {
        loader.asynchronous = false
        loader.active = true
    }
    function openDrawer() {
        root.make(drawerLoader)
        const drawer = drawerLoader.item as MobileDrawer
        drawer.open()
    }
    function askSignOut() {
        root.make(signOutLoader)
        const dialog = signOutLoader.item as SignOutDialog
        dialog.open()
    }

    objectName: wide ? "desktopShell" : "mobileShell"
    focus: true
    background: null
    // Remembered for the next shell (a new sign-in starts at Home anyway).
    onCurrentPlaceChanged: AppSettings.place = currentPlace
    onWideChanged: if (wide && root.drawer) root.drawer.close()

    header: QQC2.ToolBar {
        visible: !root.wide
        // No shadow: the software renderer cannot draw it (see AppDialog).
        Material.elevation: 0

        RowLayout {
            anchors.fill: parent
            spacing: 0

            // ☰ on a page the drawer leads to (Home, Settings), ← below one.
            QQC2.ToolButton {
                readonly property bool back: pageStack.depth > 1 && PageTree.parentOf(pageStack.currentName).length > 0
                objectName: back ? "backButton" : "drawerButton"
                text: back ? "\u2190" : "\u2630"
                font.pixelSize: 20
                Accessible.name: back ? qsTr("Back") : qsTr("Menu")
                onClicked: back ? pageStack.back() : root.openDrawer()
            }
            QQC2.Label {
                objectName: "toolBarTitle"
                Layout.fillWidth: true
                text: pageStack.page ? pageStack.page.title : ""
                // A long French title takes a second line rather than losing its end.
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                topPadding: 4
                bottomPadding: 4
                font.pixelSize: 18
                font.weight: Font.DemiBold
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sideBar
            Layout.fillHeight: true
            Layout.preferredWidth: 288
            visible: root.wide
            currentName: pageStack.currentName
            onNavigate: name => pageStack.open(name)
            onSignOutRequested: root.askSignOut()
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Breadcrumbs {
                objectName: "breadcrumbs"
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                Layout.topMargin: 10
                visible: root.wide
                trail: pageStack.trail
                onActivated: (depth, section) => pageStack.showSection(depth, section)
            }
            PageStack {
                id: pageStack
                objectName: "pageStack"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                // The phone keeps Home at the bottom, so that Back always leads there.
                rootName: root.wide ? "" : "home"
                pushEnter: Transition {
                    NumberAnimation { property: "opacity"; from: 0; to: 1; duration: 120 }
                }
                pushExit: Transition {
                    NumberAnimation { property: "opacity"; from: 1; to: 0; duration: 120 }
                }
                popEnter: pushEnter
                popExit: pushExit
                replaceEnter: pushEnter
                replaceExit: pushExit
            }
            // AppShell's message bar, put here: under the page, never over it.
            Item {
                id: messageArea
                objectName: "messageSlot"
                Layout.fillWidth: true
                Layout.preferredHeight: childrenRect.height > 0 ? childrenRect.height + 16 : 0
            }
            // Under the page, beside the sidebar: it moves nothing the user aims at there.
            ClipboardBar {
                Layout.fillWidth: true
                visible: AppServices.clipboard.active
            }
        }
    }

    // The phone's drawer: made in the background once the shell is up (so
    // that a swipe from the edge finds it), at once if the menu button comes
    // first; on a desktop only when its window is made narrow.
    Loader {
        id: drawerLoader
        asynchronous: true
        active: !root.wide
        source: "MobileDrawer.qml"
        onLoaded: {
            root.keep(drawerLoader)
            const drawer = drawerLoader.item as MobileDrawer
            // The drawer lives in the window's overlay: hand it the app's style.
            drawer.Material.theme = Qt.binding(() => root.Material.theme)
            drawer.Material.accent = Qt.binding(() => root.Material.accent)
            drawer.Material.primary = Qt.binding(() => root.Material.primary)
            drawer.font.capitalization = Font.MixedCase
            drawer.interactive = Qt.binding(() => !root.wide)
            drawer.currentName = Qt.binding(() => pageStack.currentName)
            drawer.navigate.connect(name => pageStack.open(name))
            drawer.signOutRequested.connect(() => root.askSignOut())
        }
    }

    // Made the first time someone signs out from the sidebar or the drawer.
    Loader {
        id: signOutLoader
        active: false
        source: "../components/SignOutDialog.qml"
        onLoaded: root.keep(signOutLoader)
    }

    Shortcut {
        sequences: ["Back", "Alt+Left"]
        onActivated: pageStack.back()
    }
    Shortcut {
        sequence: "Esc"
        enabled: !root.wide && pageStack.depth > 1 && !(root.drawer && root.drawer.opened)
        onActivated: pageStack.back()
    }
    Keys.onBackPressed: event => {
        event.accepted = pageStack.depth > 1
        pageStack.back()
    }

    Component.onCompleted: pageStack.open(AppSettings.place)
    // The place changed from elsewhere (another account starts at its Home: AppController).
    Connections {
        target: AppSettings
        function onPlaceChanged() {
            pageStack.open(AppSettings.place)
        }
    }
}
