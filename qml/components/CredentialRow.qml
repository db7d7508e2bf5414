pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts

// One credential value with Copy. Focus it with Tab and press Ctrl+C to copy;
// the copy itself happens in C++ (copyRequested), never through QML.
Rectangle {
    id: root

    property string label
    property string value
    property bool copyEnabled: true
    /// The buttons go under the value when both do not fit on one line.
    readonly property bool compact: width < valueText.implicitWidth + buttons.implicitWidth + 48
    readonly property QQC2.Button copyButton: copy
    default property alias actions: extra.data

    signal copyRequested()

    implicitHeight: grid.implicitHeight + 20
    radius: 8
    color: Qt.rgba(0.5, 0.5, 0.5, activeFocus ? 0.14 : 0.07)
    border.width: activeFocus ? 2 : 0
    border.color: Material.accent
    activeFocusOnTab: true
    Accessible.role: Accessible.EditableText
    Accessible.name: root.label
    Accessible.description: qsTr("Press Ctrl+C to copy")
    Keys.onPressed: event => {
        if (event.matches(StandardKey.Copy) && root.copyEnabled) {
            root.copyRequested()
            event.accepted = true
        }
    }

    // Wide: caption and value on the left, buttons on the right. Compact:
    // caption and buttons on top, the value below across the whole width.
    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.margins: 10
        anchors.leftMargin: 14
        columns: 2
        columnSpacing: 8
        rowSpacing: root.compact ? 0 : 2

        QQC2.Label {
            Layout.row: 0
            Layout.column: 0
            Layout.fillWidth: true
            Layout.alignment: root.compact ? Qt.AlignVCenter : Qt.AlignBottom
            text: root.label
            font.pixelSize: 12
            color: Material.secondaryTextColor
        }
        QQC2.Label {
            id: valueText
            objectName: "value"
            Layout.row: 1
            Layout.column: 0
            Layout.columnSpan: root.compact ? 2 : 1
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            text: root.value
            font.family: "monospace"
            font.pixelSize: 14
            wrapMode: Text.WrapAnywhere
        }
        RowLayout {
            id: buttons
            Layout.row: 0
            Layout.column: 1
            Layout.rowSpan: root.compact ? 1 : 2
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            spacing: 4
            RowLayout {
                id: extra
                spacing: 4
            }
            ActionButton {
                id: copy
                objectName: "copyButton"
                kind: "text"
                text: qsTr("Copy")
                enabled: root.copyEnabled
                Accessible.name: qsTr("Copy %1").arg(root.label)
                onClicked: root.copyRequested()
            }
        }
    }
}
