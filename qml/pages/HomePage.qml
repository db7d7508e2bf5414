pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import AgencyTokens

// The start page after sign-in: who and where, and the way to the tokens.
ScrollPage {
    id: root

    pageName: "home"
    title: qsTr("Home")
    objectName: "homePage"

    SectionTitle {
        level: 1
        text: AppController.current.tokensOnly ? AppController.current.name
                                               : qsTr("Welcome, %1").arg(AppController.current.displayName)
        subtitle: AppController.current.tokensOnly
                  ? qsTr("%1 · tokens you added, checked against %2").arg(AppController.current.agencyName)
                    .arg(AppController.current.address)
                  : qsTr("%1 · %2 on %3").arg(AppController.current.agencyName).arg(AppController.current.roleName)
                    .arg(AppController.current.address)
    }

    /// Shows a token's Integrations tab (its checklist, its rotation), switching account first when needed.
    function openUsage(accountId: string, tokenKey: string) {
        if (AppController.current.id !== accountId)
            AppController.switchTo(accountId)
        const token = AppController.current.tokenForKey(tokenKey)
        if (token && token.scoped) {
            AppController.current.openedToken = token
            root.openPage("scoped#integrations")
        } else {
            root.openPage(token ? "details#integrations" : "rest")
        }
    }

    // Tokens due for rotation and open checklists come first. Read after the
    // frame that shows the tokens, in the background: the store is a file, and
    // neither the first frame nor the tokens wait for it.
    Loader {
        Layout.fillWidth: true
        active: AppController.started
        asynchronous: true
        // (AppController.usage is made on first use: not before the Loader has loaded.)
        visible: status === Loader.Ready
                 && (AppController.usage.dueCount > 0 || AppController.usage.openChecklists > 0)
        source: "../components/AttentionCard.qml"
        onLoaded: (item as AttentionCard).openUsage.connect(root.openUsage)
    }

    Card {
        Layout.fillWidth: true
        ColumnLayout {
            width: parent.width
            spacing: 14
            SectionTitle {
                text: qsTr("Legacy API tokens")
                // People without permission get one message, the notice below.
                subtitle: AppController.current.permissionNote.length > 0 ? ""
                          : AppController.current.showsTokens
                          ? qsTr("Legacy tokens are on for %1. Manage them under Settings › Account › Technical.")
                            .arg(AppController.current.agencyName)
                          : qsTr("Legacy tokens are off. Turn them on under Settings › Account › Technical "
                                 + "if an integration needs them.")
            }
            Notice {
                Layout.fillWidth: true
                visible: AppController.current.permissionNote.length > 0
                text: AppController.current.permissionNote
            }
            ActionButton {
                objectName: "homeOpenRest"
                // Never wider than the card (its label wraps instead).
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                kind: "filled"
                text: qsTr("Open Platform REST Web Services")
                Accessible.name: text
                onClicked: root.openPage("rest")
            }
        }
    }

    Card {
        Layout.fillWidth: true
        ColumnLayout {
            width: parent.width
            spacing: 14
            SectionTitle {
                text: qsTr("Check all tokens")
                subtitle: qsTr("Ask the platform whether every token on this device still passes, for every "
                               + "account: one request per token.")
            }
            ActionButton {
                objectName: "homeCheckAll"
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                text: qsTr("Check all tokens")
                enabled: !AppController.checkAllRun.state.busy
                Accessible.name: qsTr("Check every token of every account")
                onClicked: {
                    AppController.checkAll()
                    root.openPage("checkall")
                }
            }
        }
    }

    Card {
        Layout.fillWidth: true
        ColumnLayout {
            width: parent.width
            spacing: 14
            SectionTitle {
                text: qsTr("Keep tokens secret")
                subtitle: qsTr("A token works for anyone who has it. Reset it at once if it may have leaked, "
                               + "and rotate it on a schedule.")
            }
            ActionButton {
                objectName: "homeOpenTips"
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                kind: "text"
                text: qsTr("Security tips")
                Accessible.name: text
                onClicked: root.openPage("tips")
            }
            ActionButton {
                objectName: "homeOpenActivity"
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                kind: "text"
                text: qsTr("Activity on this device")
                Accessible.name: text
                onClicked: root.openPage("activity")
            }
        }
    }
}
