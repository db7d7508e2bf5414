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

    component TabEntry: QQC2.TabButton {
        id: tab
        // Three tabs on a phone: a long label takes two lines rather than losing its end.
        leftPadding: root.compact ? 6 : 12
        rightPadding: root.compact ? 6 : 12
        contentItem: Text {
            text: tab.text
            font: tab.font
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: !tab.enabled ? tab.Material.hintTextColor : tab.checked ? tab.Material.accentColor
                                                                           : tab.Material.foreground
        }
        Accessible.name: text
        // Enter selects the tab, as Space and a click do.
        Keys.onReturnPressed: tab.select()
        Keys.onEnterPressed: tab.select()

        function select() {
            tab.checked = true
            tab.clicked()
        }
        FocusRing {
            shown: tab.visualFocus
        }
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
        Layout.preferredWidth: root.compact ? -1 : 480
        Material.background: "transparent"
        TabEntry {
            objectName: "scopedOverviewTabButton"
            text: qsTr("Overview")
        }
        TabEntry {
            objectName: "scopedCredentialsTabButton"
            text: qsTr("API Credentials")
        }
        TabEntry {
            objectName: "scopedScopesTabButton"
            text: qsTr("API Scopes")
        }
    }

    // Qt 6.4's Loader cannot instantiate a bound inline Component: the tabs load by URL, with their token.
    Loader {
        id: tabLoader
        readonly property string file: ["ScopedOverviewTab.qml", "ScopedCredentialsTab.qml",
                                        "ScopedScopesTab.qml"][tabBar.currentIndex]

        function load() {
            if (root.token)
                setSource(file, { token: root.token })
            else
                source = ""
        }

        Layout.fillWidth: true
        onFileChanged: load()
        Component.onCompleted: load()
        Connections {
            target: root
            function onTokenChanged() {
                tabLoader.load()
            }
        }
    }
}
