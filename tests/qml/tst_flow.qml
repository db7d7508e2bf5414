import QtQuick
import QtQuick.Controls.Material
import QtTest
import AgencyTokens

// The whole flow of the seed article, at phone and desktop size, against the
// real reference server and the real keychain.
ShellTestCase {
    id: testCase

    name: "Flow"

    function test_1_signIn_data() {
        return testCase.sizes
    }
    function test_2_adminFlow_data() {
        return testCase.sizes
    }
    function test_3_viewer_data() {
        return testCase.sizes
    }

    function cleanup() {
        AppServices.clipboard.clearNow()
        signOutIfNeeded()
    }

    function test_1_signIn(data) {
        createShell(data)
        signOutIfNeeded()
        click("signInTab")
        item("signInPage")
        compare(item("serverFieldInput").text, AppSettings.defaultServer)
        verify(AppSettings.defaultServer.length > 0, "platform address prefilled")
        item("userFieldInput").text = "admin"
        item("passwordFieldInput").text = "wrong-password"
        click("signInButton")
        const error = item("signInError", undefined, netTimeout)
        verify(error.text.length > 0, "the error is said in words")
        compare(item("userFieldInput").text, "admin", "nothing typed is cleared")
        compare(item("passwordFieldInput").text, "wrong-password")
        compare(item("passwordFieldInput").echoMode, TextInput.Password)
        signIn("admin", "admin-demo")
        item(shell.wide ? "desktopShell" : "mobileShell")
        compare(currentPage().pageName, "home")
    }

    function test_2_adminFlow(data) {
        createShell(data)
        signIn("admin", "admin-demo")
        openRestWebServices()
        if (shell.wide) {
            const trail = item("pageStack").trail.map(crumb => crumb.text)
            compare(trail, ["Settings", "Account", "Technical", "Platform REST Web Services"])
        } else {
            compare(item("toolBarTitle").text, "Platform REST Web Services")
            item("backButton")
        }

        const account = AppController.current
        // Enable Legacy Tokens: once per server, so the second size finds it done.
        if (!account.legacyTokensEnabled) {
            verify(absent("legacyTokensCard"))
            click("enableLegacyTokensButton")
            // It cannot be undone: it asks first, says who can see the new tokens, and Esc says no.
            const why = item("enableWarning", item("enableDialog"))
            verify(why.text.indexOf("everyone who can open Platform REST Web Services") >= 0, why.text)
            keyClick(Qt.Key_Escape)
            tryVerify(() => absent("enableDialog"))
            verify(!account.legacyTokensEnabled)
            click("enableLegacyTokensButton")
            click("enableConfirmButton")
            tryVerify(() => absent("enableDialog"))
            tryCompare(account, "legacyTokensEnabled", true, netTimeout)
        }
        verify(account.legacyTokensEnabled)
        tryVerify(() => absent("enableLegacyTokensButton"), 5000, "Enable Legacy Tokens disappears")
        item("legacyTokensCard")
        tryVerify(() => account.readWrite.hasSecret && account.readOnly.hasSecret, netTimeout)

        resetFromMoreMenu("resetReadWriteItem", account.readWrite)
        resetFromMoreMenu("resetReadOnlyItem", account.readOnly)

        // The card opens the token pages.
        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        verify(AppServices.screenGuard.tokenPageOpen, "the token pages ask for screen protection")
        checkOverview()
        checkCredentials(account.readWrite)
        checkCredentials(account.readOnly)
        checkOffline()

        // Esc and Back go one page up on the phone; the breadcrumbs do on the desktop.
        if (shell.wide) {
            click("crumb3")
        } else {
            keyClick(Qt.Key_Escape)
        }
        compare(currentPage().pageName, "rest")
        verify(!AppServices.screenGuard.tokenPageOpen, "protection ends with the token pages")
        signOutFromShell()
    }

    function test_3_viewer(data) {
        createShell(data)
        signIn("viewer", "viewer-demo")
        openRestWebServices()
        verify(!AppController.current.canManage)
        const note = item("permissionNote")
        compare(note.text, AppController.current.permissionNote)
        verify(note.text.length > 0)
        verify(absent("enableLegacyTokensButton"), "no Enable Legacy Tokens for a viewer")
        verify(absent("legacyTokensCard"), "no tokens for a viewer")
    }

    // The clear value, revealed and hidden again in C++.
    function clearValue(token) {
        token.reveal()
        const value = token.shownToken
        token.hide()
        return value
    }

    function resetFromMoreMenu(itemName, token) {
        const before = token.shownToken
        verify(before.length > 0)
        const oldToken = clearValue(token)
        compare(testServer.checkCredentials(token.accountSid, oldToken), 200)
        click("moreButton")
        click(itemName)
        const dialog = item("resetDialog")
        compare(dialog.stage, "confirm")
        verify(item("resetWarning").text.indexOf("stops passing") >= 0)
        // Esc closes the dialog without resetting.
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("resetDialog"), 5000, "Esc closes the dialog")
        compare(token.shownToken, before)
        click("moreButton")
        click(itemName)
        click("resetConfirmButton")
        tryCompare(dialog, "stage", "done", netTimeout)
        verify(token.shownToken !== before, "a new token: " + before + " → " + token.shownToken)
        verify(!token.unsaved, "the keychain stored the new token")
        // The old value no longer passes authorization; the new one does.
        compare(testServer.checkCredentials(token.accountSid, oldToken), 401)
        compare(testServer.checkCredentials(token.accountSid, clearValue(token)), 200)
        // The new token is offered for copying at once.
        click("copyButton", item("resetNewToken"))
        tryCompare(AppServices.clipboard, "active", true)
        verify(AppServices.clipboard.statusText.indexOf("Auth Token") >= 0, AppServices.clipboard.statusText)
        click("resetDoneButton")
        tryVerify(() => absent("resetDialog"))
        AppServices.clipboard.clearNow()
        tryCompare(AppServices.clipboard, "active", false)
    }

    function checkOverview() {
        click("overviewTabButton")
        item("legacyNote")
        // Legacy by kind, not by date: beside "Created" today it must not say "created before April 2025".
        verify(item("aboutLegacy").text.indexOf("created before") < 0, item("aboutLegacy").text)
        for (const token of [AppController.current.readWrite, AppController.current.readOnly]) {
            const combo = item("apiVersionCombo" + token.kind)
            verify(combo.count >= 1)
            for (let i = 0; i < combo.count; ++i)
                verify(combo.valueAt(i) >= token.apiVersion, "only the current and newer versions")
            compare(combo.currentValue, token.apiVersion)
            // The server starts tokens on version 2: the first walk upgrades them, later ones see 3 only.
            if (token.apiVersion < 3)
                upgrade(token, combo)
            compare(token.apiVersion, 3)
            compare(combo.count, 1)
        }
    }

    function upgrade(token, combo) {
        const newer = combo.valueAt(combo.count - 1)
        combo.currentIndex = combo.count - 1
        combo.activated(combo.count - 1)
        const dialog = item("upgradeDialog")
        click("tryVersionButton", dialog)
        tryVerify(() => item("upgradeVerifyResult", dialog).text.length > 0, netTimeout)
        compare(item("upgradeVerifyResult", dialog).text, "Version " + newer + " accepted the call for “Demo Agency”.")
        click("upgradeConfirmButton", dialog)
        tryCompare(token, "apiVersion", newer, netTimeout)
        tryVerify(() => absent("upgradeDialog"))
    }

    function checkCredentials(token) {
        click("credentialsTabButton")
        const card = item("tokenCredentials" + token.kind)
        const tokenRow = item("authTokenRow", card)
        const value = item("value", tokenRow)
        const masked = token.shownToken
        compare(value.text, masked)
        const reveal = click("revealButton", card)
        tryVerify(() => value.text.length === 32, 5000, "the clear token is shown: " + value.text)
        verify(value.text !== masked)
        verify(value.text.endsWith(masked.slice(-4)), "the revealed token is this token")
        verify(AppServices.screenGuard.tokenRevealed)
        mouseClick(reveal)
        verify(!token.revealed, "hiding drops the clear token")
        verify(!AppServices.screenGuard.tokenRevealed)
        compare(value.text, masked)

        // Left alone, a revealed token hides itself again.
        const revealSeconds = AppSettings.revealSeconds
        AppSettings.revealSeconds = 1
        mouseClick(reveal)
        tryVerify(() => value.text.length === 32, 5000)
        tryCompare(token, "revealed", false, 5000, "the reveal timed out and dropped the clear token")
        compare(value.text, masked)
        AppSettings.revealSeconds = revealSeconds

        copyAndExpect(() => click("copyButton", tokenRow), "Auth Token")
        copyAndExpect(() => click("copyButton", item("accountSidRow", card)), "Account SID")
        copyAndExpect(() => click("copyCurlButton", card), "curl")
        copyAndExpect(() => click("copyEnvButton", card), "environment")
        // Ctrl+C on the focused credential copies it.
        copyAndExpect(() => {
            item("accountSidRow", card).forceActiveFocus()
            keyClick(Qt.Key_C, Qt.ControlModifier)
        }, "Account SID")
        // "Clear now" on the countdown bar empties the clipboard.
        click("clipboardClearButton")
        tryCompare(AppServices.clipboard, "active", false)
        tryVerify(() => absent("clipboardBar"))

        click("verifyButton", card)
        const result = item("verifyResult", card, netTimeout)
        tryVerify(() => result.text.indexOf("Passes: the platform answered for “Demo Agency”") >= 0, netTimeout, result.text)
        compare(result.tone, "success")
    }

    function copyAndExpect(copy, label) {
        AppServices.clipboard.clearNow()
        tryCompare(AppServices.clipboard, "active", false)
        copy()
        tryCompare(AppServices.clipboard, "active", true)
        verify(AppServices.clipboard.statusText.indexOf(label) >= 0, AppServices.clipboard.statusText)
        item("clipboardBar")
    }

    function checkOffline() {
        testServer.stop()
        AppController.current.refresh()
        tryCompare(AppController.current, "online", false, netTimeout)
        const banner = item("offlineBanner")
        verify(item("offlineReason", banner).text.length > 0)
        verify(!item("verifyButton").enabled, "server actions are off offline")
        // What the keychain holds is still there to copy.
        copyAndExpect(() => click("copyButton", item("authTokenRow")), "Auth Token")
        verify(testServer.start(), "server restarted")
        click("offlineRetryButton", banner)
        tryCompare(AppController.current, "online", true, netTimeout)
        tryVerify(() => absent("offlineBanner"))
    }

    function signOutFromShell() {
        if (shell.wide) {
            click("signOutButton", item("desktopShell"))
        } else {
            backToTop()
            compare(currentPage().pageName, "home")
            click("drawerButton")
            tryVerify(() => item("navDrawer").opened)
            click("signOutButton", item("navDrawer"))
        }
        const dialog = item("signOutDialog")
        verify(dialog.contentItem.children.length > 0)
        click("signOutConfirmButton")
        tryCompare(AppController.current, "phase", AccountView.SignedOut, netTimeout)
        item("signInPage") // to sign in again; its place in the list is kept
    }
}
