pragma ComponentBehavior: Bound
import QtQuick
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
        text: qsTr("Welcome, %1").arg(AppController.displayName)
        subtitle: qsTr("%1 · %2 on %3").arg(AppController.agencyName).arg(AppController.roleName)
                  .arg(AppController.serverUrl)
    }

    Card {
        Layout.fillWidth: true
        ColumnLayout {
            width: parent.width
            spacing: 14
            SectionTitle {
                text: qsTr("Legacy API tokens")
                subtitle: AppController.legacyTokensEnabled
                          ? qsTr("Legacy tokens are on for %1. Manage them under Settings › Account › Technical.")
                            .arg(AppController.agencyName)
                          : qsTr("Legacy tokens are off. Turn them on under Settings › Account › Technical "
                                 + "if an integration needs them.")
            }
            Notice {
                Layout.fillWidth: true
                visible: AppController.permissionNote.length > 0
                text: AppController.permissionNote
            }
            ActionButton {
                objectName: "homeOpenRest"
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
                text: qsTr("Keep tokens secret")
                subtitle: qsTr("A token works for anyone who has it. Reset it at once if it may have leaked, "
                               + "and rotate it on a schedule.")
            }
            ActionButton {
                objectName: "homeOpenTips"
                kind: "text"
                text: qsTr("Security tips")
                Accessible.name: text
                onClicked: root.openPage("tips")
            }
        }
    }
}
