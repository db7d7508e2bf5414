pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts

// A row inside a card that leads somewhere: title, a line of detail, and a
// chevron (or ↗ for a link that leaves the app).
QQC2.ItemDelegate {
    id: root

    property string detail
    property bool external: false

    Layout.fillWidth: true
    leftPadding: 12
    rightPadding: 12
    topPadding: 10
    bottomPadding: 10
    Accessible.name: root.detail.length > 0 ? root.text + ". " + root.detail : root.text
    // ItemDelegate takes no focus by default: a link must work from the keyboard.
    focusPolicy: Qt.StrongFocus
    activeFocusOnTab: true
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()

    contentItem: RowLayout {
        spacing: 12
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            QQC2.Label {
                Layout.fillWidth: true
                text: root.text
                font.weight: Font.DemiBold
                color: Material.accent
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: root.detail.length > 0
                text: root.detail
                color: Material.secondaryTextColor
                font.pixelSize: 13
                wrapMode: Text.Wrap
            }
        }
        QQC2.Label {
            text: root.external ? "\u2197" : "\u203a"
            font.pixelSize: root.external ? 16 : 24
            color: Material.secondaryTextColor
        }
    }
    background: Rectangle {
        radius: 8
        color: root.down ? Material.rippleColor
                         : root.hovered || root.visualFocus ? Qt.rgba(0.5, 0.5, 0.5, 0.08) : "transparent"
        border.color: root.visualFocus ? Material.accent : "transparent"
        border.width: 2

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
