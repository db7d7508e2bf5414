pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts

// A text field with its label above it.
ColumnLayout {
    id: root

    property string label
    property alias text: field.text
    property alias placeholder: field.placeholderText
    property alias echoMode: field.echoMode
    property alias inputMethodHints: field.inputMethodHints
    readonly property QQC2.TextField field: field

    signal accepted()

    function clear() {
        field.clear()
    }

    Layout.fillWidth: true
    spacing: 2

    QQC2.Label {
        text: root.label
        font.pixelSize: 12
        color: field.activeFocus ? Material.accent : Material.secondaryTextColor
    }
    QQC2.TextField {
        id: field
        objectName: root.objectName + "Input"
        Layout.fillWidth: true
        selectByMouse: true
        Accessible.name: root.label
        onAccepted: root.accepted()
    }
}
