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
    /// TextInput.Password masks the value; a Show/Hide button then lets the user check a paste.
    property int echoMode: TextInput.Normal
    property alias inputMethodHints: field.inputMethodHints
    /// A masked value shown in clear, on the user's request (until clear() or Hide).
    property bool shown: false
    readonly property QQC2.TextField field: field

    signal accepted()

    function clear() {
        field.clear()
        root.shown = false
    }

    Layout.fillWidth: true
    spacing: 2

    QQC2.Label {
        // A long label (French, German) wraps: it must not widen the form past a phone.
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: root.label
        font.pixelSize: 12
        color: field.activeFocus ? Material.accent : Material.secondaryTextColor
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        QQC2.TextField {
            id: field
            objectName: root.objectName + "Input"
            Layout.fillWidth: true
            selectByMouse: true
            echoMode: root.shown ? TextInput.Normal : root.echoMode
            Accessible.name: root.label
            onAccepted: root.accepted()
        }
        ActionButton {
            objectName: root.objectName + "Reveal"
            visible: root.echoMode === TextInput.Password
            kind: "text"
            text: root.shown ? qsTr("Hide") : qsTr("Show")
            Accessible.name: root.shown ? qsTr("Hide the %1").arg(root.label) : qsTr("Show the %1").arg(root.label)
            onClicked: root.shown = !root.shown
        }
    }
}
