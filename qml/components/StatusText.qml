pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import AgencyTokens

// One line of result ("✓ Passes authorization now") in the colour of its tone.
QQC2.Label {
    id: root

    property string tone: "info"

    readonly property Tone colors: Tone {
        tone: root.tone
        dark: root.Material.theme === Material.Dark
    }

    color: colors.foreground
    wrapMode: Text.Wrap
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text
}
