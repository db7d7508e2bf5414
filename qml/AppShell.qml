pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Everything inside the window: sign-in or the signed-in shell for the width,
// plus the offline banner, the clipboard countdown and the message bar.
// A Pane, so that its font (sentence case, as the labels are written)
// reaches every control inside.
QQC2.Pane {
    id: root

    /// Desktop layout (sidebar) when true, phone layout (drawer) otherwise.
    property bool wide: width >= 720
    /// Material.System follows the platform; tests force Light or Dark.
    property int theme: Material.System
    readonly property bool dark: Material.theme === Material.Dark

    Material.theme: root.theme
    Material.primary: Material.Indigo
    Material.accent: Material.Indigo
    Material.background: dark ? "#1c1d21" : "#f4f5f8"
    padding: 0
    font.capitalization: Font.MixedCase

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        OfflineBanner {
            Layout.fillWidth: true
            visible: AppController.phase === AppController.SignedIn && !AppController.online
        }
        Loader {
            id: shellLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Qt 6.4's Loader cannot instantiate a bound inline Component, so it
            // loads the files of the module by URL.
            source: {
                switch (AppController.phase) {
                case AppController.SignedOut: return "pages/SignInPage.qml"
                case AppController.SignedIn: return root.wide ? "shells/DesktopShell.qml" : "shells/MobileShell.qml"
                default: return "components/StartingView.qml"
                }
            }
        }
        ClipboardBar {
            Layout.fillWidth: true
            visible: AppController.clipboard.active
        }
    }

    InfoBar {
        id: infoBar
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: (AppController.clipboard.active ? 56 : 0) + 16
        width: Math.min(parent.width - 32, 560)
    }

    Connections {
        target: AppController
        function onOperationFinished(action: string, ok: bool, message: string) {
            const titles = ok ? {
                enable: qsTr("Legacy tokens are on"),
                retrySave: qsTr("Token saved in the keychain"),
                upgrade: qsTr("API version upgraded")
            } : {
                start: qsTr("Could not restore your session"),
                signOut: qsTr("Sign-out did not finish"),
                refresh: qsTr("Could not refresh"),
                enable: qsTr("Could not enable legacy tokens"),
                retrySave: qsTr("The token is still not saved"),
                upgrade: qsTr("Could not upgrade the API version")
            }
            // Sign-in and reset show their outcome where they were started; the
            // offline banner already says why a refresh failed.
            if (!(action in titles) || (action === "refresh" && !AppController.online))
                return
            const hints = {
                enable: qsTr("Reset both tokens now, so that only your team knows them."),
                upgrade: qsTr("Requests without an IR-Version header now use the new version.")
            }
            const text = message.length > 0 ? message : (ok && action in hints ? hints[action] : "")
            infoBar.show(ok ? "success" : "error", titles[action], text)
        }
    }
}
