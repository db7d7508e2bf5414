pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts

// "Settings › Account › Technical › Platform REST Web Services": every crumb
// but the last goes back to the page it belongs to.
Flow {
    id: root

    /// [{text, depth}] as PageStack.trail gives it.
    property var trail: []

    signal activated(int depth)

    spacing: 2

    Repeater {
        model: root.trail
        delegate: RowLayout {
            id: crumb
            required property var modelData
            required property int index
            readonly property bool last: index === root.trail.length - 1
            spacing: 2

            QQC2.Label {
                visible: crumb.index > 0
                text: "\u203a"
                color: Material.hintTextColor
                font.pixelSize: 16
            }
            QQC2.ToolButton {
                objectName: "crumb" + crumb.index
                visible: !crumb.last
                text: crumb.modelData.text
                font.pixelSize: 13
                Material.foreground: Material.accent
                Accessible.name: qsTr("Go to %1").arg(text)
                onClicked: root.activated(crumb.modelData.depth)
            }
            QQC2.Label {
                objectName: "crumbCurrent"
                Layout.minimumHeight: 48
                visible: crumb.last
                verticalAlignment: Text.AlignVCenter
                leftPadding: 8
                text: crumb.modelData.text
                font.pixelSize: 13
                font.weight: Font.DemiBold
                Accessible.name: qsTr("Current page: %1").arg(text)
            }
        }
    }
}
