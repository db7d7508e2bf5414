pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// The pages behind a scoped token's card: Overview, API Credentials and API
// Scopes, for the account's openedToken.
ScrollPage {
    id: root

    readonly property TokenView token: AppController.current ? AppController.current.openedToken : null
    property alias currentTab: tabBar.currentIndex

    pageName: "scoped"
    title: token ? token.title : qsTr("Scoped access token")
    objectName: "scopedPage"
    // Android marks the window secure while the token pages are on screen.
    onVisibleChanged: AppServices.screenGuard.tokenPageOpen = visible
    Component.onCompleted: AppServices.screenGuard.tokenPageOpen = visible
    Component.onDestruction: AppServices.screenGuard.tokenPageOpen = false

    /// Opens a tab by name: "overview", "credentials", "scopes" or "integrations".
    function openTab(name: string) {
        tabBar.currentIndex = name === "integrations" ? 3 : name === "scopes" ? 2 : name === "credentials" ? 1 : 0
    }

    SectionTitle {
        level: 1
        text: root.title
        subtitle: root.token ? qsTr("A scoped access token of %1.").arg(AppController.current.agencyName)
                             : qsTr("This token is no longer on this account (deleted, or the app was restarted).")
    }
    ActionButton {
        objectName: "scopedBackToRest"
        visible: root.token === null
        text: qsTr("Open Platform REST Web Services")
        Accessible.name: text
        onClicked: root.openPage("rest")
    }

    QQC2.TabBar {
        id: tabBar
        objectName: "scopedTabBar"
        visible: root.token !== null
        Layout.fillWidth: root.compact
        // Four tabs, each as wide as its label: the bar scrolls sideways where they do not fit.
        Layout.preferredWidth: root.compact ? -1 : contentWidth
        Material.background: "transparent"
        PageTab {
            scrolls: true
            width: implicitWidth
            objectName: "scopedOverviewTabButton"
            text: qsTr("Overview")
        }
        PageTab {
            scrolls: true
            width: implicitWidth
            objectName: "scopedCredentialsTabButton"
            text: qsTr("API Credentials")
        }
        PageTab {
            scrolls: true
            width: implicitWidth
            objectName: "scopedScopesTabButton"
            text: qsTr("API Scopes")
        }
        PageTab {
            scrolls: true
            width: implicitWidth
            objectName: "scopedIntegrationsTabButton"
            text: qsTr("Integrations")
        }
    }

    // Qt 6.4's Loader cannot instantiate a bound inline Component: the tabs load by URL, with their token.
    Loader {
        id: tabLoader
        readonly property string file: ["ScopedOverviewTab.qml", "ScopedCredentialsTab.qml",
                                        "ScopedScopesTab.qml", "IntegrationsTab.qml"][tabBar.currentIndex]

        function load() {
            if (!root.token)
                source = ""
            else if (tabBar.currentIndex === 3)
                setSource(file, { tokens: [root.token] })
            else
                setSource(file, { token: root.token })
        }

        Layout.fillWidth: true
        onFileChanged: load()
        onLoaded: {
            if (tabBar.currentIndex === 3)
                (item as IntegrationsTab).allActivityRequested.connect(() => root.openPage("activity"))
        }
        Component.onCompleted: load()
        Connections {
            target: root
            function onTokenChanged() {
                tabLoader.load()
            }
        }
    }
}
