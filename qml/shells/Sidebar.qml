pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// The desktop's left navigation: Home, the Menu that expands to Settings and
// its pages, and who is signed in.
Rectangle {
    id: root

    property string currentName
    /// Opened by the user, or because the page on screen is one of its entries:
    /// the sidebar always shows where the user is, after Home or a restart too.
    property bool menuOpened: false
    readonly property bool menuExpanded: menuOpened || PageTree.isWithin(currentName, "settings")
    /// The entry that shows where the user is (PageTree: the nearest one above the page).
    readonly property string currentEntry: PageTree.nearestOf(currentName, ["home", "settings", "rest", "tips"])
    readonly property bool dark: Material.theme === Material.Dark

    signal navigate(string name)
    signal signOutRequested()

    color: dark ? "#232429" : "#ffffff"

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 20
        anchors.bottomMargin: 16
        spacing: 2

        ColumnLayout {
            Layout.leftMargin: 24
            Layout.rightMargin: 16
            Layout.bottomMargin: 18
            spacing: 2
            QQC2.Label {
                text: AppInfo.name
                font.pixelSize: 20
                font.weight: Font.DemiBold
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: AppController.current.agencyName
                color: Material.secondaryTextColor
                elide: Text.ElideRight
            }
        }
        NavItem {
            objectName: "navHome"
            text: qsTr("Home")
            glyph: "\u2302"
            current: root.currentEntry === "home"
            onClicked: root.navigate("home")
        }
        NavItem {
            objectName: "menuButton"
            text: qsTr("Menu")
            glyph: "\u2630"
            Accessible.name: root.menuExpanded ? qsTr("Menu, expanded") : qsTr("Menu, collapsed")
            onClicked: root.menuOpened = !root.menuExpanded
        }
        ColumnLayout {
            Layout.fillWidth: true
            visible: root.menuExpanded
            spacing: 2
            NavItem {
                objectName: "navSettings"
                text: qsTr("Settings")
                glyph: "\u2699"
                indent: 16
                current: root.currentEntry === "settings"
                onClicked: root.navigate("settings")
            }
            NavItem {
                objectName: "navRest"
                text: qsTr("Platform REST Web Services")
                indent: 28
                current: root.currentEntry === "rest"
                onClicked: root.navigate("rest")
            }
            NavItem {
                objectName: "navTips"
                text: qsTr("Security tips")
                indent: 28
                current: root.currentEntry === "tips"
                onClicked: root.navigate("tips")
            }
        }
        Item {
            Layout.fillHeight: true
        }
        AccountSwitcher {
            Layout.fillWidth: true
        }
        UserBadge {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            onSignOutRequested: root.signOutRequested()
        }
    }

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Material.dividerColor
    }
}
