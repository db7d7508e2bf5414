pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Settings › Accounts: every account with its order (↑ ↓), Rename and Remove, and Add account.
// Removing wipes that account's keychain entries and no other's.
Card {
    id: root

    /// Phone width: each account's buttons under its name.
    readonly property bool compact: width < 480

    objectName: "accountsCard"
    // The last removal's word belongs to that moment, not to every later visit.
    Component.onCompleted: AppController.removeState.clear()

    ColumnLayout {
        width: parent.width
        spacing: 8

        SectionTitle {
            text: qsTr("Accounts")
            subtitle: qsTr("Each account keeps its own tokens in the keychain.")
        }
        Repeater {
            model: AppController.accounts
            // On a phone the buttons go under the name: the name keeps the
            // card's whole width, and a long one wraps rather than being cut.
            delegate: GridLayout {
                id: row
                required property AccountView modelData
                required property int index
                Layout.fillWidth: true
                columns: root.compact ? 1 : 2
                columnSpacing: 8
                rowSpacing: 0
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    QQC2.Label {
                        objectName: "accountName"
                        Layout.fillWidth: true
                        text: row.modelData.name + (AppController.current === row.modelData ? qsTr(" (shown)") : "")
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                    QQC2.Label {
                        objectName: "accountDetail"
                        Layout.fillWidth: true
                        text: (row.modelData.tokensOnly ? qsTr("Tokens only") : qsTr("Signed in")) + " · "
                              + row.modelData.hostName
                        color: Material.secondaryTextColor
                        font.pixelSize: 12
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    }
                }
                // One row beside the name when wide; under it on a phone, wrapping
                // when the labels (German, French) need more than the card's width.
                Flow {
                    id: buttons
                    readonly property real rowWidth: {
                        let sum = 0
                        for (let i = 0; i < children.length; ++i)
                            sum += children[i].visible ? children[i].implicitWidth + spacing : 0
                        return Math.max(0, sum - spacing)
                    }
                    // Text buttons pad their label: line it up with the name above.
                    Layout.leftMargin: root.compact ? -12 : 0
                    Layout.fillWidth: root.compact
                    Layout.preferredWidth: root.compact ? -1 : rowWidth
                    spacing: 8
                    // The order of the sidebar, the drawer and the CLI's list.
                    ActionButton {
                        objectName: "moveUpAccount_" + row.modelData.name
                        implicitWidth: 44 // an arrow needs no more
                        visible: AppController.accounts.length > 1
                        enabled: row.index > 0
                        kind: "text"
                        text: "\u2191"
                        Accessible.name: qsTr("Move %1 up").arg(row.modelData.name)
                        onClicked: AppController.moveAccount(row.modelData.id, -1)
                    }
                    ActionButton {
                        objectName: "moveDownAccount_" + row.modelData.name
                        implicitWidth: 44 // an arrow needs no more
                        visible: AppController.accounts.length > 1
                        enabled: row.index < AppController.accounts.length - 1
                        kind: "text"
                        text: "\u2193"
                        Accessible.name: qsTr("Move %1 down").arg(row.modelData.name)
                        onClicked: AppController.moveAccount(row.modelData.id, 1)
                    }
                    ActionButton {
                        objectName: "renameAccount_" + row.modelData.name
                        kind: "text"
                        text: qsTr("Rename")
                        Accessible.name: qsTr("Rename %1").arg(row.modelData.name)
                        onClicked: renameDialog.ask(row.modelData)
                    }
                    ActionButton {
                        objectName: "removeAccount_" + row.modelData.name
                        kind: "text"
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove %1 and its saved tokens").arg(row.modelData.name)
                        onClicked: removeDialog.ask(row.modelData)
                    }
                }
            }
        }
        StatusText {
            objectName: "removeResult"
            Layout.fillWidth: true
            visible: text.length > 0
            tone: AppController.removeState.failed ? "error" : "success"
            text: AppController.removeState.message
        }
        ActionButton {
            objectName: "settingsAddAccount"
            text: qsTr("Add account")
            Accessible.name: text
            onClicked: AppController.beginAdding()
        }
    }

    RenameAccountDialog {
        id: renameDialog
    }
    RemoveAccountDialog {
        id: removeDialog
    }
}
