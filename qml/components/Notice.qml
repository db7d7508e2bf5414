pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// A coloured note inside a page: what is going on and, through the buttons
// placed in it, what to do about it.
Rectangle {
    id: root

    property string tone: "info"
    property string title
    property string text
    default property alias actions: actionRow.data

    readonly property Tone colors: Tone {
        tone: root.tone
        dark: root.Material.theme === Material.Dark
    }

    implicitWidth: 320
    implicitHeight: layout.implicitHeight + 24
    radius: 10
    color: colors.background
    border.color: colors.border
    Accessible.role: Accessible.StaticText
    Accessible.name: root.title.length > 0 ? root.title + ". " + root.text : root.text

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 12
        anchors.leftMargin: 14
        spacing: 12

        QQC2.Label {
            Layout.alignment: Qt.AlignTop
            text: root.colors.glyph
            color: root.colors.foreground
            font.pixelSize: 18
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 8
            QQC2.Label {
                Layout.fillWidth: true
                visible: root.title.length > 0
                text: root.title
                color: root.colors.foreground
                font.bold: true
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                Layout.fillWidth: true
                visible: root.text.length > 0
                text: root.text
                color: root.colors.foreground
                wrapMode: Text.Wrap
            }
            Flow {
                id: actionRow
                Layout.fillWidth: true
                visible: children.length > 0
                spacing: 8
            }
        }
    }
}
