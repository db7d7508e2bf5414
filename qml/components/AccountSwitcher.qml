pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// The accounts, to switch between them, and Add account. In the sidebar and
// in the phone's drawer.
ColumnLayout {
    id: root

    signal switched()

    spacing: 2

    QQC2.Label {
        Layout.leftMargin: 24
        Layout.topMargin: 8
        text: qsTr("Accounts")
        font.pixelSize: 12
        color: Material.secondaryTextColor
    }
    Repeater {
        model: AppController.accounts
        delegate: NavItem {
            required property AccountView modelData
            objectName: "accountItem_" + modelData.name
            text: modelData.name
            glyph: modelData.tokensOnly ? "\u25c6" : "\u25cf"
            current: AppController.current === modelData && !AppController.adding
            Accessible.name: modelData.tokensOnly ? qsTr("%1, tokens only").arg(modelData.name)
                                                  : qsTr("%1, signed in").arg(modelData.name)
            onClicked: {
                AppController.switchTo(modelData.id)
                root.switched()
            }
        }
    }
    NavItem {
        objectName: "addAccountButton"
        text: qsTr("Add account")
        glyph: "+"
        onClicked: {
            AppController.beginAdding()
            root.switched()
        }
    }
}
