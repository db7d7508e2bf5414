pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import AgencyTokens

// Everything inside the window: sign-in or the signed-in shell for the width,
// plus the offline banner, the clipboard countdown and the message bar. What
// the first frame does not show (the keychain's notice, the offline banner,
// the message bar) is loaded when first needed.
// A Pane, so that its font (sentence case, as the labels are written)
// reaches every control inside.
QQC2.Pane {
    id: root

    /// Desktop layout (sidebar) when true, phone layout (drawer) otherwise.
    property bool wide: width >= 720
    /// Material.System follows the system; tests force Light or Dark.
    property int theme: Material.System
    readonly property bool dark: Material.theme === Material.Dark

    Material.theme: root.theme
    Material.primary: Material.Indigo
    Material.accent: Material.Indigo
    Material.background: dark ? "#1c1d21" : "#f4f5f8"
    padding: 0
    font.capitalization: Font.MixedCase

    readonly property AccountView account: AppController.current
    // Qt 6.4's Loader cannot instantiate a bound inline Component, so it
    // loads the files of the module by URL.
    readonly property string screen: {
        if (!AppController.started)
            return "components/StartingView.qml"
        if (AppController.adding || root.account === null)
            return "pages/AddAccountPage.qml"
        // Locked, refused, not answering: said as such, before any page could
        // take "nothing read" for "nothing there" (or a signed-in account for signed out).
        if (root.account.keychainView === AccountView.Unreadable)
            return "components/KeychainProblemView.qml"
        if (root.account.phase === AccountView.Starting || root.account.keychainView === AccountView.Rereading)
            return "components/StartingView.qml"
        if (root.account.phase === AccountView.SignedOut)
            return "pages/AddAccountPage.qml"
        return "shells/Shell.qml"
    }

    readonly property string shellFile: "shells/Shell.qml"
    readonly property bool shellShown: screen === shellFile
    // The shell is wanted from the moment the account's keychain read starts.
    readonly property bool shellWanted: AppController.started && root.account !== null && !AppController.adding
                                        && root.account.phase !== AccountView.SignedOut
                                        && root.account.keychainView === AccountView.Readable

    // From the screen itself: shellShown may not be updated yet when this runs.
    onScreenChanged: screenLoader.source = root.screen === root.shellFile ? "" : root.screen
    Component.onCompleted: screenLoader.source = root.screen === root.shellFile ? "" : root.screen

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // An unlock prompt of the keychain waits for the user: say so while it does.
        Loader {
            Layout.fillWidth: true
            active: AppServices.keychainWaiting.length > 0
            visible: active
            source: "components/KeychainNotice.qml"
        }
        Loader {
            Layout.fillWidth: true
            active: root.account !== null && !AppController.adding && root.account.phase === AccountView.Ready
                    && !root.account.online
            visible: active
            source: "components/OfflineBanner.qml"
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Loader {
                id: screenLoader
                anchors.fill: parent
                visible: !root.shellShown
            }
            // Built while the keychain is read, in the background (a piece a
            // frame, hidden, at its final size); once the account is ready,
            // whatever is left is finished at once (a Loader turned
            // synchronous completes its load), so the frame after the
            // keychain's answer shows the tokens.
            Loader {
                id: shellLoader
                anchors.fill: parent
                visible: root.shellShown
                active: root.shellWanted
                asynchronous: !root.shellShown
                source: root.shellFile
            }
        }
        // The message bar's place on the screens without the shell (adding an account).
        Item {
            id: bottomSlot
            Layout.fillWidth: true
            Layout.preferredHeight: childrenRect.height > 0 ? childrenRect.height + 16 : 0
        }
    }

    /// Shows a message in the bar at the bottom, made on the first message.
    function showInfo(tone: string, title: string, message: string) {
        infoBar.active = true
        infoBar.bar.show(tone, title, message)
    }

    // The message bar never lies over a page: it has a slot of its own, under
    // the page and over the clipboard bar (the shell's messageSlot, beside the
    // sidebar on a desktop), or at the bottom of the other screens. The slot
    // is as high as the bar while it shows, and nothing otherwise.
    readonly property Item messageSlot: root.shellShown && shellLoader.item
                                        ? (shellLoader.item as Shell).messageSlot : bottomSlot
    Loader {
        id: infoBar
        readonly property real side: root.messageSlot.width < 720 ? 16 : 32
        parent: root.messageSlot
        // Lined up with the page's column (ScrollPage: at most 880 px, centred).
        x: Math.max(side, (root.messageSlot.width - width) / 2)
        y: 8
        width: Math.min(root.messageSlot.width - 2 * side, 880)
        readonly property InfoBar bar: item as InfoBar
        height: bar && bar.visible ? bar.implicitHeight : 0
        active: false
        source: "components/InfoBar.qml"
    }

    // What an action achieved or why it failed, where the page does not show
    // it itself: one connection to every action's end, made at start (the
    // start's restore may fail), and the message for the few it reports.
    Connections {
        target: ActionEvents
        function onFinished(state: ActionState, ok: bool) {
            const toast = root.toastFor(state)
            if (!toast)
                return
            if (ok && toast.success)
                root.showInfo("success", toast.success, toast.hint ? toast.hint : state.message)
            else if (!ok && toast.failure && state.message.length > 0)
                root.showInfo("error", toast.failure, state.message)
        }
    }
    /// The titles of `state`'s message bar ({success, failure, hint}), or null
    /// when its page reports it; only the shown account's actions are reported.
    function toastFor(state: ActionState): var {
        const account = root.account
        const upgradeHint = qsTr("Requests without an IR-Version header now use the new version.")
        if (account && state === account.enableState)
            return { success: qsTr("Legacy tokens are on"), failure: qsTr("Could not enable legacy tokens") }
        if (account && state === account.retrySaveState)
            return { success: qsTr("Token saved in the keychain"), failure: qsTr("The token is still not saved") }
        if (account && state === account.readWrite.upgradeState)
            return { success: qsTr("Read/Write token: API version upgraded"), hint: upgradeHint }
        if (account && state === account.readOnly.upgradeState)
            return { success: qsTr("Read-Only token: API version upgraded"), hint: upgradeHint }
        if (account && state === account.restoreState)
            return { failure: qsTr("Could not read this account's saved state") }
        if (account && state === account.signOutState)
            return { failure: qsTr("Sign-out did not finish") }
        if (account && state === account.refreshState)
            return { failure: qsTr("Could not refresh") }
        if (state === AppSettings.openReferenceState)
            return { failure: qsTr("The API reference did not open") }
        if (state === AppController.removeState)
            return { failure: qsTr("The account was not removed") }
        return null
    }
}
