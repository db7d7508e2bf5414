pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts

// One entry of the sidebar or the drawer: a glyph, a label, highlighted when
// it is the page on screen.
QQC2.ItemDelegate {
    id: root

    property string glyph
    property int indent: 0
    property bool current: false

    Layout.fillWidth: true
    leftPadding: 16 + indent
    highlighted: current
    font.weight: current ? Font.DemiBold : Font.Normal
    Accessible.name: root.text
    Accessible.role: Accessible.MenuItem
    // ItemDelegate takes no focus by default: the sidebar must work from the keyboard.
    focusPolicy: Qt.StrongFocus
    activeFocusOnTab: true
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: RowLayout {
        spacing: 14
        QQC2.Label {
            Layout.preferredWidth: 20
            horizontalAlignment: Text.AlignHCenter
            text: root.glyph
            font.pixelSize: 16
            color: root.current ? Material.accent : Material.secondaryTextColor
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: root.text
            font: root.font
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            color: root.current ? Material.accent : Material.foreground
        }
    }
    background: Rectangle {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        radius: 8
        color: root.current ? Qt.rgba(Material.accent.r, Material.accent.g, Material.accent.b, 0.14)
                            : root.hovered ? Material.rippleColor : "transparent"

        Rectangle {
            objectName: "focusRing"
            anchors.fill: parent
            radius: parent.radius
            visible: root.visualFocus
            color: "transparent"
            border.width: 2
            border.color: root.Material.accent
        }
    }
}
