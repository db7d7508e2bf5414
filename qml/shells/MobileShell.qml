pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Phone: a tool bar with the menu or Back, a drawer, and pages pushed on a
// stack. Android Back and Esc go one page up.
QQC2.Page {
    id: root

    readonly property PageStack stack: pageStack
    readonly property QQC2.Drawer drawer: navDrawer

    readonly property string currentPlace: pageStack.currentName
    // Remembered, so that a new shell (rotation, a resized window) opens here.
    onCurrentPlaceChanged: AppController.place = currentPlace

    function open(name: string) {
        pageStack.open(name)
    }

    objectName: "mobileShell"
    focus: true
    background: null

    footer: ClipboardBar {
        visible: AppController.clipboard.active
    }
    header: QQC2.ToolBar {
        // No shadow: the software renderer cannot draw it (see AppDialog).
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            spacing: 0
            QQC2.ToolButton {
                objectName: pageStack.depth > 1 ? "backButton" : "drawerButton"
                text: pageStack.depth > 1 ? "\u2190" : "\u2630"
                font.pixelSize: 20
                Accessible.name: pageStack.depth > 1 ? qsTr("Back") : qsTr("Menu")
                onClicked: pageStack.depth > 1 ? pageStack.back() : navDrawer.open()
            }
            QQC2.Label {
                objectName: "toolBarTitle"
                Layout.fillWidth: true
                text: pageStack.page ? pageStack.page.title : ""
                elide: Text.ElideRight
                font.pixelSize: 18
                font.weight: Font.DemiBold
            }
        }
    }

    PageStack {
        id: pageStack
        objectName: "pageStack"
        anchors.fill: parent
        rootName: "home"
    }

    MobileDrawer {
        id: navDrawer
        // The drawer lives in the window's overlay: hand it the app's style.
        Material.theme: root.Material.theme
        Material.accent: root.Material.accent
        Material.primary: root.Material.primary
        font.capitalization: Font.MixedCase
        currentName: pageStack.currentName
        onNavigate: name => pageStack.open(name)
        onSignOutRequested: signOutDialog.open()
    }

    SignOutDialog {
        id: signOutDialog
    }

    Shortcut {
        sequences: ["Esc", "Back", "Alt+Left"]
        enabled: pageStack.depth > 1 && !navDrawer.opened
        onActivated: pageStack.back()
    }
    Keys.onBackPressed: event => {
        event.accepted = pageStack.depth > 1
        pageStack.back()
    }

    Component.onCompleted: pageStack.open(AppController.place)
    // Another account starts at its Home.
    Connections {
        target: AppController
        function onCurrentChanged() {
            pageStack.open("home")
        }
    }
}
