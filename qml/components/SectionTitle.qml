pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts

// A heading inside a card or a page, with an optional line of explanation.
ColumnLayout {
    id: root

    property string text
    property string subtitle
    property int level: 2

    Layout.fillWidth: true
    spacing: 4

    QQC2.Label {
        Layout.fillWidth: true
        text: root.text
        wrapMode: Text.Wrap
        font.pixelSize: root.level === 1 ? 26 : root.level === 2 ? 18 : 13
        font.weight: root.level === 3 ? Font.Bold : Font.DemiBold
        font.capitalization: root.level === 3 ? Font.AllUppercase : Font.MixedCase
        font.letterSpacing: root.level === 3 ? 0.8 : 0
        color: root.level === 3 ? Material.secondaryTextColor : Material.foreground
        Accessible.role: Accessible.Heading
        Accessible.name: root.text
    }
    QQC2.Label {
        Layout.fillWidth: true
        visible: root.subtitle.length > 0
        text: root.subtitle
        wrapMode: Text.Wrap
        color: Material.secondaryTextColor
    }
}
