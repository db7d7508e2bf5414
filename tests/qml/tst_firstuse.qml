import QtQuick
import QtTest
import AgencyTokens

// What a first real use found (issue "wrong server after a refused address,
// lost place, …"), each as it was seen: every test here failed on the code
// before the fix.
ShellTestCase {
    id: testCase

    name: "FirstUse"

    function init_data() {
        return testCase.sizes
    }
    function test_1_refusedAddressIsKept_data() { return testCase.sizes }
    function test_2_resizeKeepsPageTabAndDialog_data() { return [testCase.sizes[0]] }
    function test_3_offlineSaysItOnce_data() { return testCase.sizes }
    function test_4_upgradeDialogKeyboard_data() { return [testCase.sizes[1]] }
    function test_5_clipboardBarMovesNothing_data() { return testCase.sizes }

    function cleanup() {
        AppServices.clipboard.clearNow()
        if (!testServer.isRunning())
            verify(testServer.start())
    }

    function signedIn(data) {
        createShell(data)
        if (!ready()) {
            removeAllAccounts()
            signIn("admin", "admin-demo")
        }
        const account = AppController.current
        if (!account.legacyTokensEnabled) {
            const before = account.enableState.runs
            account.enable()
            finished(account.enableState, before, "enabled")
        }
        tryVerify(() => account.readWrite.hasSecret, netTimeout)
        return account
    }

    function openDetails(tab) {
        openRestWebServices()
        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        click(tab)
        settle()
    }

    // Bug 1: a refused address is never replaced by another one.
    function test_1_refusedAddressIsKept(data) {
        createShell(data)
        removeAllAccounts()
        click("signInTab")
        const server = item("serverFieldInput")
        server.text = "http://example.com"
        item("userFieldInput").text = "admin"
        const password = item("passwordFieldInput")
        password.text = "admin-demo"
        password.forceActiveFocus()
        keyClick(Qt.Key_Return)
        const error = item("signInError", undefined, netTimeout)
        verify(error.text.indexOf("plain http") >= 0, error.text)
        compare(item("serverFieldInput").text, "http://example.com", "exactly what was typed")
        compare(AppController.accounts.length, 0, "nothing signed in elsewhere")
        // The same refusal again is shown as a new attempt.
        keyClick(Qt.Key_Return)
        tryVerify(() => item("signInError").text.indexOf("attempt 2") >= 0, netTimeout, item("signInError").text)
        compare(item("serverFieldInput").text, "http://example.com")
    }

    // Bug 2: crossing the phone/desktop width keeps the page, the tab and an open dialog.
    function test_2_resizeKeepsPageTabAndDialog(data) {
        signedIn(data)
        openDetails("credentialsTabButton")
        compare(currentPage().currentTab, 1)
        resizeTo(1280)
        item("desktopShell")
        compare(currentPage().pageName, "details")
        compare(currentPage().currentTab, 1, "still on API Credentials")
        resizeTo(390)
        item("mobileShell")
        compare(currentPage().pageName, "details")
        compare(currentPage().currentTab, 1)

        // An open dialog stays open across the breakpoint, both ways.
        backToTop()
        openRestWebServices()
        click("moreButton")
        click("resetReadOnlyItem")
        const dialog = item("resetDialog")
        tryVerify(() => dialog.opened, 5000, "the reset dialog opened")
        const page = currentPage()
        resizeTo(1280)
        verify(currentPage() === page, "the same page")
        verify(dialog.opened, "the reset dialog is still open")
        compare(dialog.stage, "confirm")
        resizeTo(390)
        verify(dialog.opened)
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("resetDialog"))
    }

    function resizeTo(width) {
        testCase.Window.window.width = width
        testCase.width = width
        shell.width = width
        shell.wide = width >= 720
        settle()
    }

    // Bug 4: offline, one short message in one place; stale errors go when it ends.
    function test_3_offlineSaysItOnce(data) {
        signedIn(data)
        openDetails("credentialsTabButton")
        testServer.stop()
        AppController.current.refresh()
        tryCompare(AppController.current, "online", false, netTimeout)
        const banner = item("offlineBanner")
        compare(item("offlineReason", banner).lineCount, 1, "one line, on a phone too")
        let offlineTexts = 0
        const walk = node => {
            if (!node || !node.visible)
                return
            if (node.text !== undefined && typeof node.text === "string"
                    && (node.text.indexOf("Offline") >= 0 || node.text.indexOf("cannot be reached") >= 0))
                ++offlineTexts
            for (let i = 0; i < (node.children ? node.children.length : 0); ++i)
                walk(node.children[i])
        }
        walk(shell)
        compare(offlineTexts, 1, "the offline message appears once")
        // Signing out now leaves the session alive on the platform: said, with its end.
        if (shell.wide) {
            click("signOutButton", item("desktopShell"))
        } else {
            backToTop()
            click("drawerButton")
            tryVerify(() => item("navDrawer").opened)
            click("signOutButton", item("navDrawer"))
        }
        const notice = item("offlineSignOutNotice")
        verify(AppController.current.sessionExpiresText.length > 0)
        verify(notice.text.indexOf(AppController.current.sessionExpiresText) >= 0, notice.text)
        click("signOutCancelButton")
        tryVerify(() => absent("signOutDialog"))
        // Back online: Retry (unless the app's own retry was quicker), and nothing stale is left.
        verify(testServer.start())
        if (!AppController.current.online)
            click("offlineRetryButton")
        tryCompare(AppController.current, "online", true, netTimeout)
        tryVerify(() => absent("offlineBanner"))
        verify(!AppController.current.restoreState.failed)
        verify(!AppController.current.refreshState.failed)
    }

    // Bug 6: the upgrade dialog in reading order, and focus kept after "Try version N first".
    function test_4_upgradeDialogKeyboard(data) {
        signedIn(data)
        openDetails("overviewTabButton")
        const token = AppController.current.readOnly
        const combo = item("apiVersionCombo" + token.kind)
        verify(combo.count >= 2, "a newer version is on offer (tokens start on version 2)")
        combo.currentIndex = combo.count - 1
        combo.activated(combo.count - 1)
        const dialog = item("upgradeDialog")
        const cancel = item("upgradeCancelButton", dialog)
        const tryButton = item("tryVersionButton", dialog)
        const upgrade = item("upgradeConfirmButton", dialog)
        cancel.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Tab)
        compare(testCase.Window.window.activeFocusItem, tryButton, "Tab goes left to right")
        keyClick(Qt.Key_Tab)
        compare(testCase.Window.window.activeFocusItem, upgrade)
        verify(upgrade.mapToItem(null, 0, 0).x > tryButton.mapToItem(null, 0, 0).x)
        // Right-aligned, as in every other dialog: the main action ends where the text does.
        const warning = item("upgradeWarning", dialog)
        fuzzyCompare(upgrade.mapToItem(null, upgrade.width, 0).x, warning.mapToItem(null, warning.width, 0).x, 1)
        keyClick(Qt.Key_Tab, Qt.ShiftModifier)
        compare(testCase.Window.window.activeFocusItem, tryButton)
        keyClick(Qt.Key_Space)
        tryVerify(() => item("upgradeVerifyResult", dialog).text.length > 0, netTimeout)
        tryCompare(testCase.Window.window, "activeFocusItem", tryButton, 5000, "focus stays on the button")
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("upgradeDialog"))
    }

    // Bug 7: the clipboard bar neither covers nor moves what the user acts on.
    function test_5_clipboardBarMovesNothing(data) {
        signedIn(data)
        openDetails("credentialsTabButton")
        const card = item("tokenCredentials" + TokenKind.ReadOnly)
        const verifyState = AppController.current.readOnly.verifyState
        verify(verifyState.allowed, "Verify allowed: " + verifyState.blockedReason + " busy " + verifyState.busy)
        click("verifyButton", card)
        const result = item("verifyResult", card, netTimeout)
        let signOut = null
        let before = 0
        if (shell.wide) {
            signOut = item("signOutButton", item("desktopShell"))
            before = signOut.mapToItem(null, 0, 0).y
        }
        click("copyButton", item("accountSidRow", card))
        tryCompare(AppServices.clipboard, "active", true)
        const bar = item("clipboardBar")
        settle()
        if (signOut)
            compare(signOut.mapToItem(null, 0, 0).y, before, "Sign out did not move")
        scrollIntoView(result)
        waitForLayouts()
        const resultBottom = result.mapToItem(null, 0, result.height).y
        verify(resultBottom <= bar.mapToItem(null, 0, 0).y, "the Verify result is not under the bar")
        compare(AppServices.clipboard.label.indexOf("Read-Only"), 0, "the copy names the token: " + AppServices.clipboard.label)
    }
}
