pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import AgencyTokens

// A card that opens something when selected (a click, Enter, Space or the
// accessibility action): hover and keyboard focus shown on its frame. Buttons
// inside keep their own clicks.
Card {
    id: root

    signal opened()

    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.onPressAction: root.opened()
    Keys.onReturnPressed: root.opened()
    Keys.onEnterPressed: root.opened()
    Keys.onSpacePressed: root.opened()

    background: Rectangle {
        radius: 12
        color: root.dark ? (root.hovered ? "#30333a" : "#2a2c31") : (root.hovered ? "#f7f8fe" : "#ffffff")
        border.width: root.activeFocus ? 2 : 1
        border.color: root.activeFocus ? root.Material.accent : root.dark ? "#3a3d44" : "#e1e4ea"

        Rectangle {
            objectName: "focusRing"
            anchors.fill: parent
            anchors.margins: -3
            radius: 15
            visible: root.activeFocus
            color: "transparent"
            border.width: 2
            border.color: root.Material.accent
        }
    }

    // Below the content, over the padding too: the content's buttons keep their own clicks.
    MouseArea {
        anchors.fill: parent
        anchors.margins: -root.padding
        cursorShape: Qt.PointingHandCursor
        onClicked: root.opened()
    }
}
