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

    /// More accounts than this: the filter shows.
    readonly property int filterFrom: 5

    spacing: 2

    QQC2.Label {
        Layout.leftMargin: 24
        Layout.topMargin: 8
        text: qsTr("Accounts")
        font.pixelSize: 12
        color: Material.secondaryTextColor
    }
    // Many accounts: a filter by name above them.
    QQC2.TextField {
        id: filterField
        objectName: "accountFilter"
        Layout.fillWidth: true
        Layout.leftMargin: 16
        Layout.rightMargin: 16
        visible: AppController.accounts.length > root.filterFrom
        placeholderText: qsTr("Filter accounts")
        selectByMouse: true
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Filter the accounts by name")
        Keys.onEscapePressed: event => {
            event.accepted = text.length > 0
            clear()
        }
    }
    Repeater {
        model: AppController.accounts
        delegate: NavItem {
            required property AccountView modelData
            objectName: "accountItem_" + modelData.name
            // The shown account stays, whatever the filter.
            visible: !filterField.visible || filterField.text.trim().length === 0
                     || modelData.name.toLowerCase().indexOf(filterField.text.trim().toLowerCase()) >= 0
                     || AppController.current === modelData
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
