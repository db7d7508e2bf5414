pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import AgencyTokens

// Settings: the Account column (Technical › Platform REST Web Services), the
// clipboard timeout, help, and signing out.
ScrollPage {
    id: root

    pageName: "settings"
    title: qsTr("Settings")
    objectName: "settingsPage"

    SectionTitle {
        level: 1
        text: root.title
        subtitle: AppController.current.tokensOnly
                  ? qsTr("%1 · tokens only").arg(AppController.current.agencyName)
                  : qsTr("%1 · signed in as %2").arg(AppController.current.agencyName).arg(AppController.current.displayName)
    }

    GridLayout {
        Layout.fillWidth: true
        columns: root.compact ? 1 : 2
        columnSpacing: 16
        rowSpacing: 16

        Card {
            objectName: "accountColumn"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            ColumnLayout {
                width: parent.width
                spacing: 10
                SectionTitle {
                    objectName: "accountSection"
                    text: qsTr("Account")
                }
                SectionTitle {
                    level: 3
                    text: qsTr("General")
                }
                InfoRow { label: qsTr("Agency"); value: AppController.current.agencyName; labelWidth: 110 }
                InfoRow {
                    visible: !AppController.current.tokensOnly
                    label: qsTr("Your role"); value: AppController.current.roleName; labelWidth: 110
                }
                InfoRow { label: qsTr("Platform"); value: AppController.current.address; labelWidth: 110 }
                SectionTitle {
                    objectName: "technicalSection"
                    Layout.topMargin: 8
                    level: 3
                    text: qsTr("Technical")
                }
                LinkRow {
                    objectName: "restWebServicesLink"
                    text: qsTr("Platform REST Web Services")
                    detail: qsTr("API access for your integrations: legacy tokens, API version")
                    onClicked: root.openPage("rest")
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: 16
            AccountsCard {
                Layout.fillWidth: true
            }
            ClipboardSettings {
                Layout.fillWidth: true
            }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: 6
                    SectionTitle {
                        text: qsTr("Help")
                    }
                    LinkRow {
                        objectName: "securityTipsLink"
                        text: qsTr("Security tips")
                        detail: qsTr("How to keep access tokens secret")
                        onClicked: root.openPage("tips")
                    }
                    LinkRow {
                        objectName: "apiReferenceLink"
                        text: qsTr("API reference")
                        detail: AppSettings.apiReferenceUrl
                        external: true
                        onClicked: AppSettings.openApiReference()
                    }
                }
            }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: 12
                    SectionTitle {
                        text: AppController.current.tokensOnly ? qsTr("This account") : qsTr("Session")
                        subtitle: AppController.current.tokensOnly
                                  ? qsTr("Removing it removes its saved tokens from this device.")
                                  : qsTr("Signing out removes this account's saved tokens from this device.")
                    }
                    UserBadge {
                        Layout.fillWidth: true
                        onSignOutRequested: signOutDialog.open()
                    }
                }
            }
        }
    }

    SignOutDialog {
        id: signOutDialog
    }
}
