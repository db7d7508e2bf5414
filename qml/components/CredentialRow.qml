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
    readonly property bool compact: width < 520
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

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.margins: 10
        anchors.leftMargin: 14
        columns: root.compact ? 1 : 2
        columnSpacing: 8
        rowSpacing: 4

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            QQC2.Label {
                text: root.label
                font.pixelSize: 12
                color: Material.secondaryTextColor
            }
            QQC2.Label {
                objectName: "value"
                Layout.fillWidth: true
                text: root.value
                font.family: "monospace"
                font.pixelSize: 15
                wrapMode: Text.WrapAnywhere
            }
        }
        RowLayout {
            Layout.alignment: root.compact ? Qt.AlignRight : Qt.AlignVCenter
            spacing: 4
            RowLayout {
                id: extra
                spacing: 4
            }
            QQC2.Button {
                id: copy
                objectName: "copyButton"
                text: qsTr("Copy")
                enabled: root.copyEnabled
                flat: true
                Material.foreground: Material.accent
                Accessible.name: qsTr("Copy %1").arg(root.label)
                onClicked: root.copyRequested()
            }
        }
    }
}
