pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// The phone's menu: Home, Settings, Security tips, and Sign out.
QQC2.Drawer {
    id: root

    property string currentName
    /// The entry that shows where the user is (PageTree: the nearest one above the page).
    readonly property string currentEntry: PageTree.nearestOf(currentName, ["home", "settings", "tips"])

    signal navigate(string name)
    signal signOutRequested()

    function go(name: string) {
        root.close()
        root.navigate(name)
    }

    objectName: "navDrawer"
    width: QQC2.Overlay.overlay ? Math.min(320, QQC2.Overlay.overlay.width * 0.85) : 320
    height: QQC2.Overlay.overlay ? QQC2.Overlay.overlay.height : 640
    Material.elevation: 0
    QQC2.Overlay.modal: Rectangle {
        color: Qt.rgba(0, 0, 0, 0.45)
    }
    background: Rectangle {
        color: root.Material.theme === Material.Dark ? "#232429" : "#ffffff"
        Rectangle {
            anchors.right: parent.right
            width: 1
            height: parent.height
            color: root.Material.dividerColor
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 24
        anchors.bottomMargin: 16
        spacing: 2

        ColumnLayout {
            Layout.leftMargin: 24
            Layout.rightMargin: 16
            Layout.bottomMargin: 16
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
            objectName: "drawerHome"
            text: qsTr("Home")
            glyph: "\u2302"
            current: root.currentEntry === "home"
            onClicked: root.go("home")
        }
        NavItem {
            objectName: "drawerSettings"
            text: qsTr("Settings")
            glyph: "\u2699"
            current: root.currentEntry === "settings"
            onClicked: root.go("settings")
        }
        NavItem {
            objectName: "drawerTips"
            text: qsTr("Security tips")
            glyph: "\u2691"
            current: root.currentEntry === "tips"
            onClicked: root.go("tips")
        }
        Item {
            Layout.fillHeight: true
        }
        AccountSwitcher {
            Layout.fillWidth: true
            onSwitched: root.close()
        }
        UserBadge {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            onSignOutRequested: {
                root.close()
                root.signOutRequested()
            }
        }
    }
}
