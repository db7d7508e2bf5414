pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Legacy Account Tokens at a glance. Selecting the card opens the token
// pages; the More (⋮) menu resets a token, or shows how to move off them.
ClickableCard {
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

    /// The token's menu item was chosen: reset it, replace it or add it (token.change).
    signal changeRequested(TokenView token)
    /// "Move to scoped tokens…": which scoped tokens would replace the legacy pair.
    signal moveRequested()

    objectName: "legacyTokensCard"
    contentHeight: content.implicitHeight
    Accessible.name: qsTr("Legacy Account Tokens. Open Overview and API Credentials")

    // The token's change: Reset (signed in), Replace token… or Add (tokens only).
    component TokenMenuItem: MenuEntry {
        id: menuItem
        required property TokenView token
        objectName: ["reset", "replace", "add"][token.change]
                    + (token.kind === TokenKind.ReadWrite ? "ReadWriteItem" : "ReadOnlyItem")
        text: token.changeText
        enabled: token.changeState.allowed
        onTriggered: root.changeRequested(menuItem.token)
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
            MoreButton {
                id: moreButton
                objectName: "moreButton"
                TokenMenuItem {
                    token: root.account.readWrite
                }
                TokenMenuItem {
                    token: root.account.readOnly
                }
                MenuEntry {
                    objectName: "moveToScopedItem"
                    text: qsTr("Move to scoped tokens\u2026")
                    onTriggered: root.moveRequested()
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
