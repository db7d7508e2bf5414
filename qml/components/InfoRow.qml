pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts

// "Label: value" in a card; the value wraps and may be selected by reading only.
// Both wrap between words: the label's column widens to its longest word
// (German "zurückgesetzt") rather than break inside it.
RowLayout {
    id: root

    property string label
    property string value
    property int labelWidth: 140

    Layout.fillWidth: true
    spacing: 12

    TextMetrics {
        id: longestWord
        font: caption.font
        text: root.label.split(/\s+/).reduce((a, b) => b.length > a.length ? b : a, "")
    }
    QQC2.Label {
        id: caption
        Layout.preferredWidth: Math.max(root.labelWidth, Math.ceil(longestWord.advanceWidth) + 2)
        Layout.alignment: Qt.AlignTop
        text: root.label
        color: Material.secondaryTextColor
        wrapMode: Text.WordWrap
    }
    QQC2.Label {
        Layout.fillWidth: true
        text: root.value
        // Between words; inside one only when it is wider than the line (an Account SID).
        wrapMode: Text.Wrap
        Accessible.name: root.label + ": " + root.value
    }
}
