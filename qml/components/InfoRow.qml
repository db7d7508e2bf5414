pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts

// "Label: value" in a card; the value wraps and may be selected by reading only.
RowLayout {
    id: root

    property string label
    property string value
    property int labelWidth: 140

    Layout.fillWidth: true
    spacing: 12

    QQC2.Label {
        Layout.preferredWidth: root.labelWidth
        Layout.alignment: Qt.AlignTop
        text: root.label
        color: Material.secondaryTextColor
        wrapMode: Text.Wrap
    }
    QQC2.Label {
        Layout.fillWidth: true
        text: root.value
        wrapMode: Text.WrapAnywhere
        Accessible.name: root.label + ": " + root.value
    }
}
