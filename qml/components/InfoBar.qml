pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// A message under the page: what happened and what to do. It takes a place
// of its own (AppShell puts it in a slot under the page), so it never covers
// what the user acts on. Errors stay until dismissed; other messages go after
// a few seconds. It says its title once: a sentence of the message that only
// repeats the title is left out.
Rectangle {
    id: root

    property string tone: "info"
    property string title
    property string message
    property bool shown: false

    readonly property Tone colors: Tone {
        tone: root.tone
        dark: root.Material.theme === Material.Dark
    }

    // Lower case, no punctuation, one kind of space: "Saved in the keychain."
    // and "Token saved in the keychain" compare as words.
    function words(text: string): string {
        return text.toLowerCase().replace(/[.!?:;,«»"“”„()\u2026]/g, " ").replace(/\s+/g, " ").trim()
    }
    /// The message without the sentences the title already says.
    function withoutTitle(title: string, message: string): string {
        const sentences = message.match(/[^.!?]+[.!?]*\s*/g) || []
        const heading = root.words(title)
        return sentences.filter(sentence => heading.indexOf(root.words(sentence)) < 0).join("").trim()
    }
    function show(tone: string, title: string, message: string) {
        root.tone = tone
        root.title = title
        root.message = root.withoutTitle(title, message)
        root.shown = true
        if (tone === "error")
            hideTimer.stop()
        else
            hideTimer.restart()
    }
    function dismiss() {
        root.shown = false
    }

    objectName: "infoBar"
    implicitHeight: layout.implicitHeight + 24
    radius: 10
    color: colors.background
    border.color: colors.border
    visible: opacity > 0
    opacity: shown ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: 150 } }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.message.length > 0 ? root.title + ". " + root.message : root.title

    Timer {
        id: hideTimer
        interval: 6000
        onTriggered: root.dismiss()
    }

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 12
        anchors.leftMargin: 16
        spacing: 12

        QQC2.Label {
            Layout.alignment: Qt.AlignTop
            text: root.colors.glyph
            color: root.colors.foreground
            font.pixelSize: 18
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            QQC2.Label {
                objectName: "infoBarTitle"
                Layout.fillWidth: true
                text: root.title
                font.bold: true
                color: root.colors.foreground
                wrapMode: Text.Wrap
            }
            QQC2.Label {
                objectName: "infoBarMessage"
                Layout.fillWidth: true
                visible: root.message.length > 0
                text: root.message
                color: root.colors.foreground
                wrapMode: Text.Wrap
            }
        }
        QQC2.ToolButton {
            objectName: "infoBarClose"
            Layout.alignment: Qt.AlignTop
            text: "\u2715"
            Material.foreground: root.colors.foreground
            Accessible.name: qsTr("Dismiss message")
            onClicked: root.dismiss()
        }
    }
}
