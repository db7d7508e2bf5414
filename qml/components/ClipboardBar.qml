pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Bottom bar while the clipboard holds a secret: what was copied, when it is
// cleared, and "Clear now".
Rectangle {
    id: root

    readonly property bool dark: Material.theme === Material.Dark
    readonly property real fraction: AppServices.clipboard.clearAfterSeconds > 0
                                     ? AppServices.clipboard.remainingSeconds
                                       / AppServices.clipboard.clearAfterSeconds : 0

    objectName: "clipboardBar"
    implicitHeight: row.implicitHeight + 12
    color: dark ? "#e4e6eb" : "#2b2d33"
    Accessible.role: Accessible.StatusBar
    Accessible.name: AppServices.clipboard.statusText

    Rectangle {
        anchors.top: parent.top
        height: 3
        width: parent.width * root.fraction
        color: Material.accent
        // Steps once a second with the countdown, without an animation: a bar
        // that glided 900 ms of every second redrew the window all the time
        // (docs/performance.md, idle CPU with a countdown).
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 8
        spacing: 12

        QQC2.Label {
            objectName: "clipboardStatus"
            Layout.fillWidth: true
            text: AppServices.clipboard.statusText
            color: root.dark ? "#1c1d21" : "#f2f3f5"
            // Two lines on a phone rather than losing the seconds left at the end.
            wrapMode: Text.Wrap
        }
        ActionButton {
            objectName: "clipboardClearButton"
            kind: "text"
            text: qsTr("Clear now")
            tint: root.dark ? Material.color(Material.Indigo) : Material.color(Material.Indigo, Material.Shade200)
            Accessible.name: qsTr("Clear the clipboard now")
            onClicked: AppServices.clipboard.clearNow()
        }
    }
}
