pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts

// "Settings › Account › Technical › Platform REST Web Services": every crumb
// but the last goes back to the page it belongs to, and to its section there
// (Account and Technical are sections of Settings).
Flow {
    id: root

    /// [{text, depth, section}] as PageStack.trail gives it.
    property var trail: []

    signal activated(int depth, string section)

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
                id: crumbButton
                objectName: "crumb" + crumb.index
                visible: !crumb.last
                text: crumb.modelData.text
                font.pixelSize: 13
                Material.foreground: Material.accent
                Accessible.name: qsTr("Go to %1").arg(text)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: root.activated(crumb.modelData.depth, crumb.modelData.section || "")

                // Keyboard focus (Tab, Shift+Tab) as a 2 px accent outline.
                Rectangle {
                    objectName: "focusRing"
                    anchors.fill: parent
                    anchors.margins: 4
                    radius: 6
                    visible: crumbButton.visualFocus
                    color: "transparent"
                    border.width: 2
                    border.color: crumbButton.Material.accent
                }
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
