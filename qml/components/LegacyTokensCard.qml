pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Legacy Account Tokens at a glance. Selecting the card opens the token
// pages; the More (⋮) menu resets a token.
Card {
    id: root

    signal opened()
    signal resetRequested(int kind)

    objectName: "legacyTokensCard"
    contentHeight: content.implicitHeight
    hoverEnabled: true
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Legacy Account Tokens. Open Overview and API Credentials")
    Accessible.onPressAction: root.opened()
    Keys.onReturnPressed: root.opened()
    Keys.onEnterPressed: root.opened()
    Keys.onSpacePressed: root.opened()

    background: Rectangle {
        radius: 12
        color: root.dark ? (root.hovered ? "#30333a" : "#2a2c31") : (root.hovered ? "#f7f8fe" : "#ffffff")
        border.width: root.activeFocus ? 2 : 1
        border.color: root.activeFocus ? Material.accent : root.dark ? "#3a3d44" : "#e1e4ea"
    }

    // Below the content, over the padding too: the ⋮ button keeps its own clicks.
    MouseArea {
        anchors.fill: parent
        anchors.margins: -root.padding
        cursorShape: Qt.PointingHandCursor
        onClicked: root.opened()
    }

    ColumnLayout {
        id: content
        width: parent.width
        spacing: 12
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Legacy Account Tokens")
                font.pixelSize: 18
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
            QQC2.ToolButton {
                id: moreButton
                objectName: "moreButton"
                text: "\u22ee"
                font.pixelSize: 20
                Accessible.name: qsTr("More")
                QQC2.ToolTip.text: qsTr("More")
                QQC2.ToolTip.visible: hovered
                onClicked: moreMenu.open()

                QQC2.Menu {
                    id: moreMenu
                    objectName: "moreMenu"
                    y: moreButton.height
                    x: moreButton.width - width
                    // Popups take their style from the window, not from their item.
                    Material.theme: root.Material.theme
                    Material.accent: root.Material.accent
                    Material.elevation: 0
                    background: Rectangle {
                        implicitWidth: 220
                        radius: 8
                        color: root.dark ? "#2b2d33" : "#ffffff"
                        border.color: moreMenu.Material.dividerColor
                    }
                    QQC2.MenuItem {
                        objectName: "resetReadWriteItem"
                        text: qsTr("Reset (Read/Write)")
                        enabled: !AppController.busy && AppController.actionsDisabledReason.length === 0
                        Accessible.name: text
                        onTriggered: root.resetRequested(AppController.ReadWrite)
                    }
                    QQC2.MenuItem {
                        objectName: "resetReadOnlyItem"
                        text: qsTr("Reset (Read-Only)")
                        enabled: !AppController.busy && AppController.actionsDisabledReason.length === 0
                        Accessible.name: text
                        onTriggered: root.resetRequested(AppController.ReadOnly)
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: -8
            spacing: 10
            Chip {
                Layout.alignment: Qt.AlignTop
                text: qsTr("Legacy")
            }
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Material.secondaryTextColor
                text: qsTr("Created before April 2025. Select the card to see and copy the credentials.")
            }
        }
        Repeater {
            model: [AppController.readWrite, AppController.readOnly]
            delegate: TokenSummary {
                required property TokenView modelData
                Layout.fillWidth: true
                token: modelData
            }
        }
    }
}
