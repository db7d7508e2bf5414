import QtQuick
import QtTest
import AgencyTokens

// Several accounts at phone and desktop size, against the real reference
// server and keychain: a tokens-only account (a wrong token is not kept),
// switching, the seed path for both kinds, Replace token, and removal.
ShellTestCase {
    id: testCase

    name: "Accounts"

    function test_accounts_data() {
        return testCase.sizes
    }

    function cleanup() {
        AppServices.clipboard.clearNow()
    }

    function clearValue(token) {
        token.reveal()
        const value = token.shownToken
        token.hide()
        return value
    }

    // Through the sidebar, or the drawer on a phone.
    function switchTo(name) {
        if (!shell.wide) {
            backToTop()
            click("drawerButton")
            tryVerify(() => item("navDrawer").opened, 5000, "drawer open")
        }
        click("accountItem_" + name)
        tryVerify(() => AppController.current.name === name && ready(), netTimeout, "switched to " + name)
        tryVerify(() => absent("navDrawer"), 5000, "drawer closed")
        settle()
    }

    function test_accounts(data) {
        createShell(data)
        removeAllAccounts()
        signIn("admin", "admin-demo")
        const signedIn = AppController.current
        if (!signedIn.legacyTokensEnabled) {
            const before = signedIn.enableState.runs
            signedIn.enable()
            finished(signedIn.enableState, before, "enabled")
        }
        tryVerify(() => signedIn.readOnly.hasSecret, netTimeout)
        const sid = signedIn.readOnly.accountSid
        const token = clearValue(signedIn.readOnly)

        // A wrong token: said in words, and no account is kept.
        addTokensAccount("Pasted", TokenKind.ReadOnly, sid, "abcdefghijklmnopqrstuvwxyz012345")
        verify(AppController.addAccountState.failed)
        verify(item("addTokensError").text.indexOf("refused") >= 0, item("addTokensError").text)
        compare(AppController.accounts.length, 1)
        // The right one, pasted with spaces around it.
        addTokensAccount("Pasted", TokenKind.ReadOnly, " " + sid + " ", token + "\n")
        verify(!AppController.addAccountState.failed, AppController.addAccountState.message)
        compare(AppController.accounts.length, 2)
        const pasted = AppController.current
        verify(pasted.tokensOnly)
        compare(pasted.name, "Pasted")
        compare(pasted.agencyName, "Demo Agency")
        tryVerify(() => ready(), netTimeout)
        settle()

        // The seed path for a tokens-only account: the web app does what the app cannot.
        openRestWebServices()
        item("webAppNotice")
        // Its token is the signed-in account's too: said, naming the other account.
        verify(item("sharedTokenNotice", shell, netTimeout).text.indexOf(signedIn.name) >= 0)
        verify(absent("enableLegacyTokensButton"))
        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        click("credentialsTabButton")
        const card = item("tokenCredentials" + TokenKind.ReadOnly)
        compare(item("value", item("accountSidRow", card)).text, sid)

        // The same agency's other token joins the account it already has (offered
        // by the form), instead of making "Demo Agency (2)".
        const rwSid = signedIn.readWrite.accountSid
        const rwToken = clearValue(signedIn.readWrite)
        addTokensAccount("", TokenKind.ReadWrite, rwSid, rwToken, "Pasted")
        verify(!AppController.addAccountState.failed, AppController.addAccountState.message)
        compare(AppController.accounts.length, 2)
        compare(AppController.current, pasted)
        tryVerify(() => pasted.readWrite.hasSecret && pasted.readOnly.hasSecret, netTimeout, "both tokens in Pasted")
        compare(clearValue(pasted.readWrite), rwToken)
        tryVerify(() => ready(), netTimeout)

        // Switch to the signed-in account and back: each shows its own.
        switchTo(signedIn.name)
        verify(!AppController.current.tokensOnly)
        // The page stays: the other account has its token details too (the
        // phone went back to the top first, for its drawer: Home).
        compare(currentPage().pageName, shell.wide ? "details" : "home")
        // A reset on the platform (here from the signed-in account)…
        const before = signedIn.readOnly.resetState.runs
        signedIn.readOnly.reset()
        finished(signedIn.readOnly.resetState, before, "reset")
        const fresh = clearValue(signedIn.readOnly)
        verify(fresh !== token)
        switchTo("Pasted")

        // …then Replace token… on the tokens-only account: checked, then kept.
        openRestWebServices()
        click("moreButton")
        click("replaceReadOnlyItem")
        const dialog = item("replaceDialog")
        item("replaceTokenFieldInput", dialog).text = fresh
        click("replaceTokenFieldReveal", dialog)
        compare(item("replaceTokenFieldInput", dialog).echoMode, TextInput.Normal)
        const runs = pasted.readOnly.replaceState.runs
        click("replaceConfirmButton", dialog)
        finished(pasted.readOnly.replaceState, runs, "replaced")
        const result = item("replaceResult", dialog)
        verify(result.text.indexOf("no longer does") >= 0, result.text)
        compare(clearValue(pasted.readOnly), fresh)
        compare(testServer.checkCredentials(sid, token), 401)
        click("replaceCancelButton", dialog)
        tryVerify(() => absent("replaceDialog"))

        // Remove it from Settings: the signed-in account stays, with its tokens.
        navigateSettings()
        click("removeAccount_Pasted")
        item("removeAccountDialog")
        const removals = AppController.removeState.runs
        click("removeConfirmButton")
        finished(AppController.removeState, removals, "removed")
        compare(AppController.accounts.length, 1)
        compare(AppController.current, signedIn)
        tryVerify(() => signedIn.readOnly.hasSecret && clearValue(signedIn.readOnly) === fresh, netTimeout)
    }
}
