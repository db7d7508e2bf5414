import QtQuick
import QtTest
import AgencyTokens

// The keychain locked while the app runs (gnome-keyring's own D-Bus call), at
// phone and desktop size: a reset goes through once and its new token is kept
// unsaved, never "not reset" with a second reset behind Try again; an account
// whose keychain entries cannot be read says so, with Try again, instead of
// looking empty or "off".
ShellTestCase {
    id: testCase

    name: "LockedKeychain"

    function test_locked_data() {
        return testCase.sizes
    }
    function test_memory_data() {
        return testCase.sizes
    }

    function cleanup() {
        testServer.unlockKeychain()
        AppServices.clipboard.clearNow()
    }

    function clearValue(token) {
        token.reveal()
        const value = token.shownToken
        token.hide()
        return value
    }

    function shot(data, what) {
        settle()
        grabImage(shell).save(testServer.screenshotDir + "/locked-" + what + "-" + data.tag + ".png")
    }

    function test_locked(data) {
        createShell(data)
        removeAllAccounts()
        signIn("admin", "admin-demo")
        const account = AppController.current
        if (!account.legacyTokensEnabled) {
            const before = account.enableState.runs
            account.enable()
            finished(account.enableState, before, "enabled")
        }
        tryVerify(() => account.readWrite.hasSecret, netTimeout)
        const token = account.readWrite
        const oldValue = clearValue(token)

        // Reset with the keychain locked: the platform resets it, the dialog says
        // so and shows the new token, unsaved, with Retry saving.
        openRestWebServices()
        compare(testServer.lockKeychain(), "")
        const runs = token.resetState.runs
        click("moreButton")
        click("resetReadWriteItem")
        const dialog = item("resetDialog")
        click("resetConfirmButton")
        finished(token.resetState, runs, "reset")
        tryCompare(dialog, "stage", "done", netTimeout)
        compare(token.resetState.runs, runs + 1)
        verify(token.unsaved)
        item("resetUnsaved", dialog)
        verify(absent("resetFailure"))
        compare(testServer.checkCredentials(token.accountSid, oldValue), 401)
        const newValue = clearValue(token)
        compare(testServer.checkCredentials(token.accountSid, newValue), 200)
        shot(data, "reset")
        click("resetDoneButton")
        tryVerify(() => absent("resetDialog"))

        // The account read again while locked: locked, said as locked.
        account.retryRestore()
        const view = item("keychainProblemView", shell, netTimeout)
        const notice = item("keychainProblemNotice", view)
        verify(notice.text.indexOf("locked") >= 0, notice.text)
        verify(absent("legacyTokensCard"))
        shot(data, "account")

        // Unlocked: Try again shows the account with the token the platform holds.
        compare(testServer.unlockKeychain(), "")
        const restores = account.restoreState.runs
        click("keychainRetryButton", view)
        finished(account.restoreState, restores, "read again")
        compare(account.keychainProblem, "")
        tryVerify(() => absent("keychainProblemView") && ready(), netTimeout, "the account is back")
        tryVerify(() => account.readWrite.hasSecret, netTimeout)
        compare(clearValue(account.readWrite), newValue)
        removeAllAccounts()
    }

    // Locked while the tokens are in memory: reveal and copy still work, and
    // the Credentials tab says once where they come from; unlocked, it goes.
    function test_memory(data) {
        createShell(data)
        removeAllAccounts()
        signIn("admin", "admin-demo")
        const account = AppController.current
        if (!account.legacyTokensEnabled) {
            const before = account.enableState.runs
            account.enable()
            finished(account.enableState, before, "enabled")
        }
        tryVerify(() => account.readWrite.hasSecret && !account.readWrite.unsaved, netTimeout)
        openRestWebServices()
        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        click("credentialsTabButton")
        settle()
        verify(absent("keychainLockedNotice"))

        compare(testServer.lockKeychain(), "")
        const notice = item("keychainLockedNotice", shell, netTimeout)
        verify(notice.text.indexOf("locked") >= 0, notice.text)
        compare(findAll(shell, "keychainLockedNotice", [], 0).filter(o => o.visible).length, 1, "said once")
        const card = item("tokenCredentials" + TokenKind.ReadWrite)
        click("revealButton", card)
        verify(account.readWrite.revealed)
        click("revealButton", card)
        shot(data, "memory")

        compare(testServer.unlockKeychain(), "")
        tryVerify(() => absent("keychainLockedNotice"), netTimeout, "the notice goes once unlocked")
        removeAllAccounts()
    }
}
