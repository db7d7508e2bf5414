import QtQuick
import QtTest
import AgencyTokens

// Issue 24, items 6, 8 and 13, at phone and desktop size against the real
// reference server: a tokens-only account shows what the app cannot know as
// not known (no "Never", no "Created", no version to pick); a Verify result
// goes when the token gets a new value and when the platform is back; and the
// platform, back after an outage, is found again without Retry, while nothing
// is retried once online.
ShellTestCase {
    id: testCase

    name: "KnownOnly"

    function test_1_tokensOnlyDetails_data() { return testCase.sizes }
    function test_2_verifyResultGoesStale_data() { return testCase.sizes }
    function test_3_backOnlineByItself_data() { return testCase.sizes }

    function cleanup() {
        AppServices.clipboard.clearNow()
        if (!testServer.isRunning())
            verify(testServer.start())
    }

    function clearValue(token) {
        token.reveal()
        const value = token.shownToken
        token.hide()
        return value
    }

    function signedIn(data) {
        createShell(data)
        removeAllAccounts()
        signIn("admin", "admin-demo")
        const account = AppController.current
        if (!account.legacyTokensEnabled) {
            const before = account.enableState.runs
            account.enable()
            finished(account.enableState, before, "enabled")
        }
        tryVerify(() => account.readOnly.hasSecret, netTimeout)
        return account
    }

    function openDetails(tab) {
        openRestWebServices()
        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        click(tab)
        settle()
    }

    function test_1_tokensOnlyDetails(data) {
        const signed = signedIn(data)
        addTokensAccount("Pasted", TokenKind.ReadOnly, signed.readOnly.accountSid, clearValue(signed.readOnly))
        verify(!AppController.addAccountState.failed, AppController.addAccountState.message)
        const pasted = AppController.current
        verify(pasted.tokensOnly)
        tryVerify(() => ready(), netTimeout)
        openDetails("overviewTabButton")

        // The token held: added here, reset and version not known; nothing to pick.
        const held = item("tokenOverview" + TokenKind.ReadOnly)
        compare(item("createdRow" + TokenKind.ReadOnly, held).label, "Added to this device")
        const reset = item("lastResetRow" + TokenKind.ReadOnly, held).value
        verify(reset.indexOf("Not known") === 0, reset)
        verify(reset.indexOf("Never") < 0, reset)
        compare(item("apiVersionRow" + TokenKind.ReadOnly, held).value, "Not known (chosen in the web app)")
        verify(absent("apiVersionCombo" + TokenKind.ReadOnly, held))
        verify(absent("apiVersionHint" + TokenKind.ReadOnly, held))

        // The token not held: no empty drop-down, no "newer version".
        const missing = item("tokenOverview" + TokenKind.ReadWrite)
        verify(absent("apiVersionCombo" + TokenKind.ReadWrite, missing))
        verify(absent("apiVersionHint" + TokenKind.ReadWrite, missing))
        grabImage(shell).save(testServer.screenshotDir + "/tokensonly-overview-" + data.tag + ".png")
        removeAllAccounts()
    }

    function test_2_verifyResultGoesStale(data) {
        const account = signedIn(data)
        const token = account.readWrite
        openDetails("credentialsTabButton")
        const card = item("tokenCredentials" + TokenKind.ReadWrite)

        // Verify, then a reset: the answer spoke of the old value, and goes.
        let runs = token.verifyState.runs
        click("verifyButton", card)
        finished(token.verifyState, runs, "verified")
        verify(item("verifyResult", card).text.indexOf("Passes") >= 0)
        runs = token.resetState.runs
        token.reset()
        finished(token.resetState, runs, "reset")
        verify(!token.resetState.failed, token.resetState.message)
        tryVerify(() => absent("verifyResult", card), 5000, "no result about the old value")

        // Verify offline, then the platform back: the failure goes.
        testServer.stop()
        runs = token.verifyState.runs
        click("verifyButton", card)
        finished(token.verifyState, runs, "verify offline")
        verify(token.verifyState.failed)
        item("verifyResult", card)
        verify(testServer.start())
        tryCompare(account, "online", true, netTimeout)
        tryVerify(() => absent("verifyResult", card), 5000, "no result about the outage")
        removeAllAccounts()
    }

    function test_3_backOnlineByItself(data) {
        const account = signedIn(data)
        openDetails("credentialsTabButton")
        verify(!account.reconnectScheduled)

        testServer.stop()
        account.refresh()
        tryCompare(account, "online", false, netTimeout)
        item("offlineBanner")
        verify(account.reconnectScheduled)
        const refreshes = account.refreshState.runs
        verify(testServer.start())
        // No Retry: the backed-off attempt finds the platform (first one 2 s after going offline).
        tryCompare(account, "online", true, netTimeout)
        tryVerify(() => absent("offlineBanner"), 5000)
        compare(account.refreshState.runs, refreshes, "not the Retry button's refresh")
        verify(account.reconnectAttempts >= 1)

        // Online and idle: no timer, no further attempt.
        tryVerify(() => AppServices.idle, netTimeout)
        const attempts = account.reconnectAttempts
        verify(!account.reconnectScheduled)
        wait(4000)
        compare(account.reconnectAttempts, attempts)
        verify(!account.reconnectScheduled)
        verify(AppServices.idle)
        removeAllAccounts()
    }
}
