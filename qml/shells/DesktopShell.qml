pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AgencyTokens

// Desktop: the sidebar on the left, breadcrumbs and the page on the right.
Item {
    id: root

    readonly property PageStack stack: pageStack
    readonly property Sidebar sidebar: sideBar

    readonly property string currentPlace: pageStack.currentName
    // Remembered, so that a new shell (rotation, a resized window) opens here.
    onCurrentPlaceChanged: AppController.place = currentPlace

    function open(name: string) {
        pageStack.open(name)
    }

    objectName: "desktopShell"

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            id: sideBar
            Layout.fillHeight: true
            Layout.preferredWidth: 288
            currentName: pageStack.currentName
            onNavigate: name => pageStack.open(name)
            onSignOutRequested: signOutDialog.open()
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
                trail: pageStack.trail
                onActivated: (depth, section) => pageStack.showSection(depth, section)
            }
            PageStack {
                id: pageStack
                objectName: "pageStack"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
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
            // Under the page, beside the sidebar: it moves nothing the user aims at there.
            ClipboardBar {
                Layout.fillWidth: true
                visible: AppController.clipboard.active
            }
        }
    }

    SignOutDialog {
        id: signOutDialog
    }

    Shortcut {
        sequences: ["Back", "Alt+Left"]
        onActivated: pageStack.back()
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
