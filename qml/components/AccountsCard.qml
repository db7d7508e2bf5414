pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Settings › Accounts: every account with Rename and Remove, and Add account.
// Removing wipes that account's keychain entries and no other's.
Card {
    id: root

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
            delegate: RowLayout {
                id: row
                required property AccountView modelData
                Layout.fillWidth: true
                spacing: 8
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: row.modelData.name + (AppController.current === row.modelData ? qsTr(" (shown)") : "")
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: (row.modelData.tokensOnly ? qsTr("Tokens only") : qsTr("Signed in")) + " · "
                              + row.modelData.hostName
                        color: Material.secondaryTextColor
                        font.pixelSize: 12
                        elide: Text.ElideRight
                    }
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
