pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// The keychain could not be read for the account shown (locked, refused, not
// answering): what it holds is unknown, so nothing claims it is off or empty.
// Try again reads it once more; with several accounts, another can be opened.
Item {
    id: root

    objectName: "keychainProblemView"
    readonly property AccountView account: AppController.current

    QQC2.ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 32, 560)
            x: (parent.width - width) / 2
            spacing: 16

            Item { Layout.preferredHeight: 24 }
            SectionTitle {
                Layout.fillWidth: true
                level: 1
                text: root.account ? root.account.name : ""
                subtitle: root.account ? root.account.address : ""
            }
            Notice {
                objectName: "keychainProblemNotice"
                Layout.fillWidth: true
                tone: "warning"
                title: qsTr("This account's tokens cannot be read from the keychain")
                text: root.account ? root.account.keychainProblem : ""

                ActionButton {
                    objectName: "keychainRetryButton"
                    kind: "filled"
                    text: qsTr("Try again")
                    enabled: root.account !== null && root.account.restoreState.allowed
                    Accessible.name: qsTr("Read this account from the keychain again")
                    onClicked: root.account.retryRestore()
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Material.secondaryTextColor
                text: qsTr("Nothing was changed or removed. Once the keychain is unlocked, Try again shows "
                           + "the account as it was.")
            }
            AccountSwitcher {
                Layout.fillWidth: true
                visible: AppController.accounts.length > 1
            }
        }
    }
}
