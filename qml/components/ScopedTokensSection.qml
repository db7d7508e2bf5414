pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// The scoped access tokens of the REST page, under the legacy card: Create
// Access Token (signed in) or Add scoped token (tokens only), then a card per
// token with its More (⋮) menu and the dialogs behind it.
ColumnLayout {
    id: root

    readonly property AccountView account: AppController.current

    /// A card was selected: its token's pages should open (account.openedToken is set).
    signal tokenOpened()
    /// Create Access Token was selected.
    signal createRequested()

    objectName: "scopedTokensSection"
    spacing: 12

    GridLayout {
        Layout.fillWidth: true
        Layout.topMargin: 8
        columns: root.width < 560 ? 1 : 2
        columnSpacing: 16
        rowSpacing: 8
        SectionTitle {
            text: qsTr("Scoped access tokens")
            subtitle: qsTr("What the platform issues now: each with its own Account SID and Auth Token, allowed "
                           + "only the API calls of its scopes.")
        }
        ActionButton {
            objectName: "createAccessTokenButton"
            Layout.alignment: root.width < 560 ? Qt.AlignLeft : Qt.AlignRight | Qt.AlignTop
            visible: root.account.offersCreate
            kind: "filled"
            text: qsTr("Create Access Token")
            enabled: root.account.createState.allowed
            Accessible.name: text
            Accessible.description: root.account.createState.blockedReason
            onClicked: root.createRequested()
        }
        ActionButton {
            objectName: "addScopedTokenButton"
            Layout.alignment: root.width < 560 ? Qt.AlignLeft : Qt.AlignRight | Qt.AlignTop
            visible: root.account.tokensOnly
            kind: "filled"
            text: qsTr("Add scoped token\u2026")
            enabled: root.account.addScopedState.allowed
            Accessible.name: qsTr("Add a scoped token made in the web app")
            onClicked: addDialog.openFor()
        }
    }
    QQC2.Label {
        objectName: "noScopedTokens"
        Layout.fillWidth: true
        visible: root.account.scopedTokens.length === 0
        wrapMode: Text.Wrap
        color: Material.secondaryTextColor
        text: root.account.tokensOnly
              ? qsTr("No scoped token on this device yet. Create one in the web app, then add it here.")
              : qsTr("No scoped access token yet. Create one per integration, with only the scopes it needs.")
    }
    // A Column, not the layout: cards come and go with the account's tokens
    // (Qt 6.4's layouts have crashed on a delegate removed during a relayout).
    Column {
        id: cards
        Layout.fillWidth: true
        spacing: 12
        Repeater {
            model: root.account.scopedTokens
            delegate: ScopedTokenCard {
                required property TokenView modelData
                width: cards.width
                token: modelData
                onOpened: {
                    root.account.openedToken = modelData
                    root.tokenOpened()
                }
                onActionRequested: action => {
                    if (action === "probe")
                        probeDialog.openFor(modelData)
                    else if (action === "delete")
                        deleteDialog.openFor(modelData)
                    else
                        [resetDialog, replaceDialog, addValueDialog][modelData.change].openFor(modelData)
                }
            }
        }
    }

    ResetDialog {
        id: resetDialog
    }
    ReplaceTokenDialog {
        id: replaceDialog
    }
    AddTokenDialog {
        id: addValueDialog
    }
    DeleteTokenDialog {
        id: deleteDialog
    }
    ProbeDialog {
        id: probeDialog
    }
    AddScopedTokenDialog {
        id: addDialog
    }
}
