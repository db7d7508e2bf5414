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
        // The layout gives the bar its width and the tabs share it: the tabs'
        // wrapping labels must not feed back into the bar's width (a binding loop).
        implicitWidth: 0
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
    // Qt 6.4's Loader cannot instantiate a bound inline Component: it loads by URL.
    Loader {
        id: integrationsLoader
        readonly property list<TokenView> tokens: {
            const account = AppController.current
            if (!account)
                return []
            return account.readOnly.present && account.readWrite.present ? [account.readWrite, account.readOnly]
                 : account.readOnly.present ? [account.readOnly] : [account.readWrite]
        }
        Layout.fillWidth: true
        // Always in the layout (empty while inactive): a Loader made visible in
        // the frame its page is pushed was never given a width (Qt 6.4).
        active: tabBar.currentIndex === 2
        source: "IntegrationsTab.qml"
        onLoaded: {
            const tab = item as IntegrationsTab
            tab.tokens = Qt.binding(() => integrationsLoader.tokens)
            tab.allActivityRequested.connect(() => root.openPage("activity"))
        }
    }
}
