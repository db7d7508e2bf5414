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

    /// Opens a tab by name: "overview", "credentials" or "integrations".
    function openTab(name: string) {
        tabBar.currentIndex = name === "integrations" ? 2 : name === "credentials" ? 1 : 0
    }

    SectionTitle {
        level: 1
        text: root.title
        subtitle: qsTr("The Read/Write and the Read-Only token of %1.").arg(AppController.current.agencyName)
    }

    QQC2.TabBar {
        id: tabBar
        objectName: "detailsTabBar"
        Layout.fillWidth: root.compact
        Layout.preferredWidth: root.compact ? -1 : 480
        Material.background: "transparent"
        PageTab {
            objectName: "overviewTabButton"
            text: qsTr("Overview")
        }
        PageTab {
            objectName: "credentialsTabButton"
            text: qsTr("API Credentials")
        }
        PageTab {
            objectName: "integrationsTabButton"
            text: qsTr("Integrations")
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
    // Made when first shown: reading where each token is used waits until asked.
    Loader {
        Layout.fillWidth: true
        active: tabBar.currentIndex === 2
        visible: active
        sourceComponent: IntegrationsTab {
            tokens: AppController.current.readOnly.present && AppController.current.readWrite.present
                    ? [AppController.current.readWrite, AppController.current.readOnly]
                    : AppController.current.readOnly.present ? [AppController.current.readOnly]
                    : [AppController.current.readWrite]
            onAllActivityRequested: root.openPage("activity")
        }
    }
}
