pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// The token pages behind the Legacy Account Tokens card: Overview and
// API Credentials.
ScrollPage {
    id: root

    property alias currentTab: tabBar.currentIndex

    pageName: "details"
    title: qsTr("Legacy Account Tokens")
    objectName: "detailsPage"
    // Android marks the window secure while the token pages are on screen.
    onVisibleChanged: AppServices.screenGuard.tokenPageOpen = visible
    Component.onCompleted: AppServices.screenGuard.tokenPageOpen = visible
    Component.onDestruction: AppServices.screenGuard.tokenPageOpen = false

    SectionTitle {
        level: 1
        text: root.title
        subtitle: qsTr("The Read/Write and the Read-Only token of %1.").arg(AppController.current.agencyName)
    }

    QQC2.TabBar {
        id: tabBar
        objectName: "detailsTabBar"
        Layout.fillWidth: root.compact
        Layout.preferredWidth: root.compact ? -1 : 380
        Material.background: "transparent"
        QQC2.TabButton {
            id: overviewTabButton
            objectName: "overviewTabButton"
            text: qsTr("Overview")
            Accessible.name: text
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            FocusRing { shown: overviewTabButton.visualFocus }
        }
        QQC2.TabButton {
            id: credentialsTabButton
            objectName: "credentialsTabButton"
            text: qsTr("API Credentials")
            Accessible.name: text
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            FocusRing { shown: credentialsTabButton.visualFocus }
        }
    }


    OverviewTab {
        Layout.fillWidth: true
        visible: tabBar.currentIndex === 0
    }
    CredentialsTab {
        Layout.fillWidth: true
        visible: tabBar.currentIndex === 1
    }
}
