pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// How to keep access tokens secure, as the platform advises.
ScrollPage {
    id: root

    readonly property var tips: [
        { title: qsTr("Reset right after enabling"),
          text: qsTr("Enabling creates both tokens. Reset them at once, so that only the people who need "
                     + "a token have ever seen it.") },
        { title: qsTr("Reset on any suspected compromise"),
          text: qsTr("If a token may have leaked (a shared screen, a lost laptop, someone who left), reset it "
                     + "now. The old value stops working immediately.") },
        { title: qsTr("Rotate on a schedule"),
          text: qsTr("Reset each token regularly, for example every 90 days, and update your integrations "
                     + "in the same change.") },
        { title: qsTr("Never paste tokens into chats, tickets or email"),
          text: qsTr("Do not commit them to source control either. Keep them in a secret manager or the "
                     + "integration's protected settings.") },
        { title: qsTr("Use the Read-Only token where you can"),
          text: qsTr("An integration that only reads should never hold the Read/Write token.") },
        { title: qsTr("Let the clipboard forget"),
          text: qsTr("Copied values are cleared automatically. Choose how fast under Settings › Clipboard.") },
        { title: qsTr("Keep tokens out of shell history"),
          text: qsTr("Copy as curl starts the line with a space: bash (HISTCONTROL=ignorespace) and zsh "
                     + "(HIST_IGNORE_SPACE) then leave it out of their history. For scripts, agency-tokens-cli "
                     + "run puts the token in one program's environment and nowhere else.") }
    ]

    pageName: "tips"
    title: qsTr("Security tips")
    objectName: "tipsPage"

    SectionTitle {
        level: 1
        text: root.title
        subtitle: qsTr("A token is as good as a password to your agency's data.")
    }

    Card {
        Layout.fillWidth: true
        ColumnLayout {
            width: parent.width
            spacing: 18
            Repeater {
                model: root.tips
                delegate: RowLayout {
                    id: tip
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    spacing: 14
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        implicitWidth: 28
                        implicitHeight: 28
                        radius: 14
                        color: Qt.rgba(Material.accent.r, Material.accent.g, Material.accent.b, 0.16)
                        QQC2.Label {
                            anchors.centerIn: parent
                            text: tip.index + 1
                            color: Material.accent
                            font.weight: Font.Bold
                        }
                    }
                    SectionTitle {
                        level: 2
                        text: tip.modelData.title
                        subtitle: tip.modelData.text
                    }
                }
            }
        }
    }

    ActionButton {
        objectName: "tipsApiReferenceButton"
        kind: "text"
        text: qsTr("Open the API reference \u2197")
        Accessible.name: qsTr("Open the API reference in the browser")
        onClicked: AppSettings.openApiReference()
    }
}
