pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// A floating message at the bottom: what happened and what to do. Errors
// stay until dismissed; other messages go after a few seconds.
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

    function show(tone: string, title: string, message: string) {
        root.tone = tone
        root.title = title
        root.message = message
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
    Accessible.name: root.title + ". " + root.message

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
