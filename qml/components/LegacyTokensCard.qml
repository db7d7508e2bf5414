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

    readonly property AccountView account: AppController.current

    // The token rows' columns, as wide as the widest row needs, so that they line up.
    readonly property var columnWidths: {
        const widths = [0, 0, 0]
        for (let i = 0; i < summaries.built; ++i) {
            const row = summaries.itemAt(i) as TokenSummary
            for (let column = 0; row && column < 3; ++column)
                widths[column] = Math.max(widths[column], row.neededWidths[column])
        }
        return widths
    }

    signal opened()
    /// The token's menu item was chosen: reset it, replace it or add it (token.change).
    signal changeRequested(TokenView token)

    objectName: "legacyTokensCard"
    contentHeight: content.implicitHeight
    hoverEnabled: true
    focusPolicy: Qt.StrongFocus
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

        Rectangle {
            objectName: "focusRing"
            anchors.fill: parent
            anchors.margins: -3
            radius: 15
            visible: root.activeFocus
            color: "transparent"
            border.width: 2
            border.color: root.Material.accent
        }
    }

    // The token's change: Reset (signed in), Replace token… or Add (tokens only).
    component TokenMenuItem: QQC2.MenuItem {
        id: menuItem
        required property TokenView token
        objectName: ["reset", "replace", "add"][token.change]
                    + (token.kind === TokenKind.ReadWrite ? "ReadWriteItem" : "ReadOnlyItem")
        text: token.changeText
        enabled: token.changeState.allowed
        Accessible.name: text
        onTriggered: root.changeRequested(menuItem.token)
        // Wraps where the menu is narrower than the text (a phone): both
        // items read in full, so the two tokens can be told apart.
        contentItem: Text {
            text: menuItem.text
            font: menuItem.font
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
            color: menuItem.enabled ? menuItem.Material.foreground : menuItem.Material.hintTextColor
        }
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
                focusPolicy: Qt.StrongFocus
                activeFocusOnTab: true
                onClicked: moreMenu.open()
                // Enter opens the menu, not the card around it.
                Keys.onReturnPressed: moreMenu.open()
                Keys.onEnterPressed: moreMenu.open()
                FocusRing {
                    shown: moreButton.visualFocus
                }

                QQC2.Menu {
                    id: moreMenu
                    objectName: "moreMenu"
                    // The card is a focus scope: a More button left focused inside it
                    // would take the focus every time Tab reaches the card.
                    onClosed: moreButton.focus = false
                    y: moreButton.height
                    x: moreButton.width - width
                    // As wide as its longest item, within the window.
                    margins: 8
                    width: Math.min(Math.max(220, readWriteItem.implicitWidth, readOnlyItem.implicitWidth)
                                    + leftPadding + rightPadding,
                                    (moreButton.Window.window ? moreButton.Window.window.width : 360) - 2 * margins)
                    // Popups take their style from the window, not from their item.
                    Material.theme: root.Material.theme
                    Material.accent: root.Material.accent
                    Material.elevation: 0
                    background: Rectangle {
                        radius: 8
                        color: root.dark ? "#2b2d33" : "#ffffff"
                        border.color: moreMenu.Material.dividerColor
                    }
                    TokenMenuItem {
                        id: readWriteItem
                        token: root.account.readWrite
                    }
                    TokenMenuItem {
                        id: readOnlyItem
                        token: root.account.readOnly
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
                text: qsTr("The platform's older kind of API credentials: one Read/Write and one Read-Only token "
                           + "for the whole agency. Select the card to see and copy them.")
            }
        }
        Repeater {
            id: summaries
            // Rows made so far: itemAt() is not a property the widths could follow.
            property int built: 0
            model: root.account.tokens
            onItemAdded: built++
            onItemRemoved: built--
            delegate: TokenSummary {
                required property TokenView modelData
                Layout.fillWidth: true
                token: modelData
                columnWidths: root.columnWidths
            }
        }
    }
}
