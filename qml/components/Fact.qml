pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts

// A small caption over a value.
ColumnLayout {
    id: root

    property string label
    property string value
    property bool mono: false
    /// A value that may be long (a sentence): wrapped between words, not elided.
    property bool wraps: false

    spacing: 0

    QQC2.Label {
        id: caption
        text: root.label
        font.pixelSize: 12
        color: Material.secondaryTextColor
    }
    QQC2.Label {
        Layout.fillWidth: true
        text: root.value
        font.family: root.mono ? "monospace" : caption.font.family
        wrapMode: root.wraps ? Text.WordWrap : Text.NoWrap
        elide: root.wraps ? Text.ElideNone : Text.ElideMiddle
    }
}
