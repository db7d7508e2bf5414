pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material

// The app's button. Material's own raised button draws its fill through a
// shader (the elevation shadow), which the software renderer cannot draw, so
// the fill would vanish there; this one is flat and looks the same everywhere.
QQC2.Button {
    id: root

    /// "filled" (the main action), "tonal" (other actions), "text" (quiet), "danger".
    property string kind: "tonal"
    readonly property bool dark: Material.theme === Material.Dark
    /// The colour of the fill or of the text.
    property color tint: kind === "danger" ? (dark ? "#ff8a80" : "#c62828") : Material.accent
    readonly property bool solid: kind === "filled" || kind === "danger"

    Material.background: "transparent"
    // In the Tab chain whatever the system's default (some leave buttons out).
    focusPolicy: Qt.StrongFocus
    activeFocusOnTab: true
    Accessible.name: root.text
    // Enter and Return press it, as Space does (Qt's Button takes only Space
    // here); taken, so that a card or page around it does not act as well.
    Keys.onReturnPressed: event => root.pressByKey(event)
    Keys.onEnterPressed: event => root.pressByKey(event)

    function pressByKey(event: KeyEvent) {
        event.accepted = true
        if (root.enabled)
            root.clicked()
    }

    contentItem: Text {
        text: root.text
        font: root.font
        // A long label (French, German) wraps where its column is narrower.
        wrapMode: Text.Wrap
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: !root.enabled ? root.Material.hintTextColor
                             : root.solid ? (root.dark ? "#15171c" : "#ffffff") : root.tint
    }

    background: Rectangle {
        implicitWidth: 64
        implicitHeight: 40
        radius: 8
        color: {
            if (!root.enabled)
                return root.kind === "text" ? "transparent" : Qt.rgba(0.5, 0.5, 0.5, 0.14)
            const strength = root.down ? 0.26 : root.hovered ? 0.18 : 0.11
            if (root.solid)
                return root.down || root.hovered ? Qt.darker(root.tint, 1.12) : root.tint
            if (root.kind === "tonal")
                return Qt.rgba(root.tint.r, root.tint.g, root.tint.b, strength)
            return root.down || root.hovered ? Qt.rgba(root.tint.r, root.tint.g, root.tint.b, strength - 0.04)
                                             : "transparent"
        }
        border.width: root.visualFocus ? 2 : 0
        border.color: root.solid ? (root.dark ? "#ffffff" : "#15171c") : root.tint

        // Keyboard focus (Tab, Shift+Tab): an outline just outside the button.
        Rectangle {
            objectName: "focusRing"
            anchors.fill: parent
            anchors.margins: -3
            radius: parent.radius + 3
            visible: root.visualFocus
            color: "transparent"
            border.width: 2
            border.color: root.tint
        }
    }
}
