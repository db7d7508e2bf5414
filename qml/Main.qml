pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import AgencyTokens

// The window: picks the layout by width and hosts the shell. Everything else
// lives in AppShell so that tests can build it at any size and theme.
QQC2.ApplicationWindow {
    id: root

    readonly property bool wide: width >= 720

    width: 1280
    height: 800
    minimumWidth: 360
    minimumHeight: 560
    visible: true
    title: AppInfo.name
    Material.theme: shell.theme

    AppShell {
        id: shell
        anchors.fill: parent
        wide: root.wide
    }

    Component.onCompleted: {
        AppServices.window = root
        AppController.start()
    }
}
