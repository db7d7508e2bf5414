import QtQuick
import QtTest
import AgencyTokens

// The seed path on the desktop with the keyboard only (Tab, Shift+Tab, Enter,
// Space, Esc): Home and Menu in the sidebar, Settings, Platform REST Web
// Services, the breadcrumbs, the Legacy Account Tokens card and its tabs.
// Every stop shows its focus ring.
ShellTestCase {
    id: testCase

    name: "Keyboard"

    function cleanup() {
        signOutIfNeeded()
    }

    // Tab to `name`, check that it shows its focus, then press `key`.
    function press(name, key, backwards) {
        const target = tabTo(name, backwards)
        verify(showsFocus(target), name + " shows its focus ring")
        keyClick(key)
        settle()
        return target
    }

    // How many Tabs from where the focus is now reach `name`; -1 if none does.
    function tabsTo(name) {
        for (let count = 0; count < 80; ++count) {
            const focused = shell.Window.activeFocusItem
            if (focused && focused.objectName === name && focused.visible)
                return count
            keyClick(Qt.Key_Tab)
        }
        return -1
    }

    function inView(name) {
        const target = item(name)
        const page = currentPage()
        const y = target.mapToItem(page, 0, 0).y
        return y >= 0 && y + target.height <= page.height
    }

    function test_keyboardOnly() {
        createShell(sizes[1])
        signIn("admin", "admin-demo")
        const account = AppController.current
        if (!account.legacyTokensEnabled) {
            const before = account.enableState.runs
            account.enable()
            finished(account.enableState, before, "enabled")
        }
        shell.forceActiveFocus()

        press("navHome", Qt.Key_Return)
        compare(currentPage().pageName, "home")
        press("menuButton", Qt.Key_Space)
        item("navSettings")
        press("navSettings", Qt.Key_Return)
        compare(currentPage().pageName, "settings")
        // What Tab reaches is scrolled into view (Rename sits below the fold).
        const rename = tabTo("renameAccount_" + account.name)
        verify(inView("renameAccount_" + account.name), "Rename in view once it has the focus")
        verify(showsFocus(rename))
        press("restWebServicesLink", Qt.Key_Return, true)
        compare(currentPage().pageName, "rest")

        // The crumbs go where they say: Account and Technical are sections of Settings.
        press("crumb1", Qt.Key_Return, true)
        compare(currentPage().pageName, "settings")
        tryVerify(() => inView("accountSection"), 5000, "the Account section in view")
        press("restWebServicesLink", Qt.Key_Return)
        compare(currentPage().pageName, "rest")
        press("crumb2", Qt.Key_Return, true)
        compare(currentPage().pageName, "settings")
        tryVerify(() => inView("technicalSection"), 5000, "the Technical section in view")
        press("restWebServicesLink", Qt.Key_Return)
        compare(currentPage().pageName, "rest")

        // After a page change the keyboard is on the new page: a few Tabs reach
        // the card's More button, not the whole sidebar first.
        const tabs = tabsTo("moreButton")
        verify(tabs >= 0 && tabs <= 6, tabs + " Tabs from the page change to the More button")
        // The More menu opens with Space, and with Enter (not the card around it); Esc closes it.
        for (const key of [Qt.Key_Space, Qt.Key_Return]) {
            press("moreButton", key)
            tryVerify(() => item("moreMenu").opened, 5000, "More menu open")
            compare(currentPage().pageName, "rest")
            keyClick(Qt.Key_Escape)
            tryVerify(() => absent("moreMenu"), 5000, "More menu closed")
        }

        press("legacyTokensCard", Qt.Key_Return)
        compare(currentPage().pageName, "details")
        press("credentialsTabButton", Qt.Key_Space)
        compare(currentPage().currentTab, 1)
        item("tokenCredentials" + TokenKind.ReadOnly)
        // Enter presses a Copy button, as Space does.
        press("copyButton", Qt.Key_Return)
        tryCompare(AppServices.clipboard, "active", true, 5000, "copied with Enter")
        AppServices.clipboard.clearNow()
        press("overviewTabButton", Qt.Key_Space, true)
        compare(currentPage().currentTab, 0)
        grabImage(shell).save(testServer.screenshotDir + "/keyboard-overview.png")
    }

    // Clicking the crumbs does the same as the keyboard.
    function test_crumbsByMouse() {
        createShell(sizes[1])
        signIn("admin", "admin-demo")
        openRestWebServices()
        click("crumb2")
        compare(currentPage().pageName, "settings")
        tryVerify(() => inView("technicalSection"), 5000, "the Technical section in view")
        click("restWebServicesLink")
        click("crumb1")
        compare(currentPage().pageName, "settings")
        tryVerify(() => inView("accountSection"), 5000, "the Account section in view")
    }

    // Issue 21 with the keyboard only: a scoped token's card opens with Enter and its
    // More button with Space; its tabs; Create Access Token's steps go on with Enter
    // in a field; Esc closes a dialog and leaves the token as it was.
    function test_scopedByKeyboard() {
        createShell(sizes[1])
        signIn("admin", "admin-demo")
        openRestWebServices()
        shell.forceActiveFocus()
        press("scopedMoreButton", Qt.Key_Space)
        tryVerify(() => item("scopedMoreMenu").opened, 5000, "its menu open")
        compare(currentPage().pageName, "rest")
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("scopedMoreMenu"), 5000, "its menu closed")

        press("scopedTokenCard_Reporting sync", Qt.Key_Return)
        compare(currentPage().pageName, "scoped")
        compare(currentPage().title, "Reporting sync")
        press("scopedScopesTabButton", Qt.Key_Space)
        compare(currentPage().currentTab, 2)
        item("scopeEditor")
        press("scopedCredentialsTabButton", Qt.Key_Return, true)
        compare(currentPage().currentTab, 1)
        // Reset Token asks first; Esc says no.
        const token = AppController.current.scopedToken("Reporting sync")
        const resets = token.resetState.runs
        press("scopedResetButton", Qt.Key_Return)
        item("resetDialog")
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("resetDialog"), 5000, "Esc closes the dialog")
        compare(token.resetState.runs, resets)

        press("crumb3", Qt.Key_Return, true)
        compare(currentPage().pageName, "rest")
        press("createAccessTokenButton", Qt.Key_Return)
        compare(currentPage().pageName, "create")
        const name = tabTo("createNameFieldInput")
        keyClick(Qt.Key_K)
        keyClick(Qt.Key_Return)
        tryVerify(() => !absent("createContactFieldInput"), 5000, "step 2 after Enter")
        press("createBackButton", Qt.Key_Return, true)
        tryVerify(() => !absent("createNameFieldInput"), 5000, "back at step 1")
        compare(name.text, "k")
    }
}
