pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Platform REST Web Services: Enable Legacy Tokens (top right, once), then
// the Legacy Account Tokens card with its More menu, then the scoped access tokens.
ScrollPage {
    id: root

    pageName: "rest"
    title: qsTr("Platform REST Web Services")
    // Account and Technical are sections of Settings: those crumbs lead there.
    crumbs: [{ text: qsTr("Account"), section: "account" }, { text: qsTr("Technical"), section: "technical" }, title]
    objectName: "restPage"

    GridLayout {
        Layout.fillWidth: true
        columns: root.compact ? 1 : 2
        columnSpacing: 16
        rowSpacing: 12
        SectionTitle {
            level: 1
            text: root.title
            subtitle: qsTr("Integrations call the platform's REST API with HTTP Basic auth: the Account SID as "
                           + "user name and the Auth Token as password.")
        }
        EnableButton {
            Layout.alignment: root.compact ? Qt.AlignLeft : Qt.AlignRight | Qt.AlignTop
            Layout.fillWidth: root.compact
        }
    }

    WebAppNotice {
        Layout.fillWidth: true
        visible: AppController.current.tokensOnly
    }
    Notice {
        objectName: "permissionNote"
        Layout.fillWidth: true
        visible: AppController.current.permissionNote.length > 0
        title: qsTr("You can't manage API tokens")
        text: AppController.current.permissionNote
    }

    Card {
        objectName: "legacyOffCard"
        Layout.fillWidth: true
        // Until legacy tokens are on, for those who may turn them on.
        visible: AppController.current.enableState.offered
        SectionTitle {
            width: parent.width
            text: qsTr("Legacy tokens are off")
            subtitle: qsTr("Select Enable Legacy Tokens if an integration needs them. The platform then creates "
                           + "a Read/Write and a Read-Only token for %1. This cannot be undone.")
                      .arg(AppController.current.agencyName)
        }
    }

    Notice {
        objectName: "sharedTokenNotice"
        Layout.fillWidth: true
        visible: AppController.current.sharedNote.length > 0
        tone: "warning"
        title: qsTr("The same token in two accounts")
        text: AppController.current.sharedNote
    }

    UnsavedTokenNotice {
        objectName: "unsavedNotice"
        buttonName: "restRetrySaveButton"
        Layout.fillWidth: true
        visible: AppController.current.hasUnsavedTokens
        title: qsTr("A new token is not saved on this device yet")
        text: qsTr("It is shown and can be copied now, but the keychain did not store it.")
    }

    LegacyTokensCard {
        id: card
        Layout.fillWidth: true
        visible: AppController.current.showsTokens
        onOpened: root.openPage("details")
        // The dialog of the token's change (TokenView.Change: Reset, Replace, Add), opened with the token.
        onChangeRequested: token => [resetDialog, replaceDialog, addTokenDialog][token.change].openFor(token)
        onMoveRequested: moveDialog.openFor()
    }

    QQC2.Label {
        Layout.fillWidth: true
        visible: card.visible
        wrapMode: Text.Wrap
        color: Material.secondaryTextColor
        text: qsTr("Reset a token right after enabling, whenever it may have leaked, and on a schedule.")
              + (AppController.current.tokensOnly ? " " + qsTr("Reset in the web app, then Replace token… here.") : "")
    }
    ScopedTokensSection {
        Layout.fillWidth: true
        visible: AppController.current.showsScopedTokens
        onTokenOpened: root.openPage("scoped")
        onCreateRequested: root.openPage("create")
    }

    Flow {
        Layout.fillWidth: true
        spacing: 8
        ActionButton {
            objectName: "restTipsButton"
            kind: "text"
            text: qsTr("Security tips")
            Accessible.name: text
            onClicked: root.openPage("tips")
        }
        ActionButton {
            objectName: "restApiReferenceButton"
            kind: "text"
            text: qsTr("API reference \u2197")
            Accessible.name: qsTr("Open the API reference in the browser")
            onClicked: AppSettings.openApiReference()
        }
    }

    ResetDialog {
        id: resetDialog
    }
    ReplaceTokenDialog {
        id: replaceDialog
    }
    AddTokenDialog {
        id: addTokenDialog
    }
    MoveToScopedDialog {
        id: moveDialog
    }
}
