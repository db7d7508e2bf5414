import QtQuick
import QtQuick.Controls.Material
import QtTest
import AgencyTokens

// Scoped access tokens through the pages, at phone and desktop size, against
// the real reference server and the real keychain (issue 21): Create Access
// Token's three steps and the value shown once, copied; its scopes updated
// (asked first); a reset; a pasted token added to a tokens-only account (401
// refused, 403 kept with its note), its reach, Replace token; Move to scoped
// tokens…; Check all with one request per token.
ShellTestCase {
    id: testCase

    name: "Scoped"

    function test_1_create_data() {
        return testCase.sizes
    }
    function test_2_tokensOnly_data() {
        return testCase.sizes
    }
    function test_3_checkAll_data() {
        return testCase.sizes
    }

    function cleanup() {
        AppServices.clipboard.clearNow()
        signOutIfNeeded()
    }

    function clearValue(token) {
        token.reveal()
        const value = token.shownToken
        token.hide()
        return value
    }

    function openScopedTab(name) {
        click(name)
        settle()
    }

    function test_1_create(data) {
        createShell(data)
        signOutIfNeeded()
        signIn("admin", "admin-demo")
        const account = AppController.current
        openRestWebServices()
        item("scopedTokensSection")
        // The demo's own scoped tokens are listed; their values are not on this device.
        item("scopedTokenCard_Reporting sync")
        click("createAccessTokenButton")
        compare(currentPage().pageName, "create")

        // Step 1: a name is needed; the newest API version is chosen.
        click("createNextButton")
        verify(item("createProblem").text.indexOf("name") >= 0, item("createProblem").text)
        const select = item("createVersionSelect")
        compare(select.currentValue, account.apiVersions[account.apiVersions.length - 1])
        const name = "Warehouse " + data.tag
        item("createNameFieldInput").text = name
        item("createDescriptionFieldInput").text = "Nightly export."
        click("createNextButton")
        // Step 2: the primary contact must be an e-mail address.
        item("createContactFieldInput").text = "nope"
        click("createNextButton")
        verify(item("createProblem").text.indexOf("e-mail") >= 0, item("createProblem").text)
        item("createContactFieldInput").text = "ops@example.com"
        item("createEmailsFieldInput").text = "dev@example.com"
        click("createNextButton")
        // Step 3: at least one scope; a category's toggle takes all of it, Clear All none.
        item("createScopeEditor")
        tryVerify(() => account.scopeCategories.length >= 5, netTimeout, "the catalogue")
        click("createNextButton")
        verify(item("createProblem").text.indexOf("scope") >= 0, item("createProblem").text)
        click("categorySwitch_Reports")
        compare(item("createScopeEditor").selected.length, 3)
        click("clearAllScopesButton")
        compare(item("createScopeEditor").selected.length, 0)
        click("categorySwitch_Reports")
        click("scopeCheck_account.companyInformation.read")
        compare(item("createScopeEditor").selected.length, 4)
        // Back keeps what was typed.
        click("createBackButton")
        compare(item("createContactFieldInput").text, "ops@example.com")
        click("createNextButton")
        compare(item("createScopeEditor").selected.length, 4)
        const before = account.createState.runs
        click("createNextButton")
        finished(account.createState, before, "created")
        verify(!account.createState.failed, account.createState.message)

        // Done: the value shown this once, ready to copy.
        item("shownOnceNote")
        const created = account.createdToken
        compare(created.name, name)
        compare(testServer.checkCredentials(created.accountSid, clearValue(created)), 200)
        click("copyButton", item("issuedTokenRow"))
        tryCompare(AppServices.clipboard, "active", true)
        verify(AppServices.clipboard.statusText.indexOf("Auth Token") >= 0, AppServices.clipboard.statusText)
        AppServices.clipboard.clearNow()

        // Its pages.
        click("createOpenTokenButton")
        compare(currentPage().pageName, "scoped")
        compare(currentPage().title, name)
        compare(item("scopedContactRow").value, "ops@example.com")
        openScopedTab("scopedCredentialsTabButton")
        click("copyButton", item("accountSidRow"))
        tryCompare(AppServices.clipboard, "active", true)
        AppServices.clipboard.clearNow()

        // API Scopes: company information taken away, asked first; then the check gets 403.
        openScopedTab("scopedScopesTabButton")
        click("scopeCheck_account.companyInformation.read")
        click("scopesUpdateButton")
        item("scopesConfirmDialog")
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("scopesConfirmDialog"))
        verify(created.scopes.indexOf("account.companyInformation.read") >= 0, "Esc changes nothing")
        const edits = created.editState.runs
        click("scopesUpdateButton")
        click("scopesConfirmButton")
        tryVerify(() => absent("scopesConfirmDialog"))
        finished(created.editState, edits, "scopes updated")
        verify(!created.editState.failed, created.editState.message)
        verify(created.scopes.indexOf("account.companyInformation.read") < 0, created.scopes)
        compare(created.scopes.length, 3)
        compare(testServer.checkCredentials(created.accountSid, clearValue(created)), 403)

        // Reset Token, asked first; the new value shown once, the old one refused.
        openScopedTab("scopedCredentialsTabButton")
        const oldValue = clearValue(created)
        click("scopedResetButton")
        const dialog = item("resetDialog")
        compare(dialog.stage, "confirm")
        click("resetConfirmButton")
        tryCompare(dialog, "stage", "done", netTimeout)
        const newValue = clearValue(created)
        const sid = created.accountSid
        verify(newValue !== oldValue)
        compare(testServer.checkCredentials(created.accountSid, oldValue), 401)
        compare(testServer.checkCredentials(created.accountSid, newValue), 403)
        click("resetDoneButton")
        tryVerify(() => absent("resetDialog"))
        settle()

        // Delete from the card's menu, asked first: gone from the platform.
        if (shell.wide)
            click("crumb3")
        else
            click("backButton")
        compare(currentPage().pageName, "rest")
        click("scopedMoreButton", item("scopedTokenCard_" + name))
        click("scopedDeleteItem")
        item("deleteTokenDialog")
        click("deleteConfirmButton")
        tryVerify(() => absent("deleteTokenDialog"), netTimeout)
        tryVerify(() => account.scopedToken(name) === null, netTimeout)
        verify(absent("scopedTokenCard_" + name), "its card goes")
        compare(testServer.checkCredentials(sid, newValue), 401)
    }

    function test_2_tokensOnly(data) {
        createShell(data)
        signOutIfNeeded()
        const legacy = testServer.legacyTokens()
        verify(legacy.length === 2, JSON.stringify(legacy))
        const readWrite = legacy.find(t => t.kind === "readWrite")
        addTokensAccount("Pasted " + data.tag, TokenKind.ReadWrite, readWrite.accountSid, readWrite.authToken)
        verify(!AppController.addAccountState.failed, AppController.addAccountState.message)
        tryVerify(() => ready(), netTimeout)
        const account = AppController.current
        verify(account.tokensOnly)
        const name = "Compliance " + data.tag
        const made = testServer.createScopedToken(name, ["compliance.status"])
        verify(made.authToken !== undefined, "the server made the token")

        openRestWebServices()
        item("noScopedTokens")
        click("addScopedTokenButton")
        const dialog = item("addScopedDialog")
        verify(item("addScopedPath").text.indexOf(account.webAppPath) >= 0, "the web app's path is given")
        // 401: refused, nothing kept, the form stays as typed.
        item("scopedNameFieldInput").text = name
        item("sidFieldInput", dialog).text = made.accountSid
        item("tokenFieldInput", dialog).text = "x".repeat(32)
        let runs = account.addScopedState.runs
        click("addScopedConfirmButton")
        finished(account.addScopedState, runs, "checked")
        verify(account.addScopedState.failed)
        item("addScopedResult")
        compare(account.scopedTokens.length, 0)
        compare(item("scopedNameFieldInput").text, name)
        // 403 on the check: genuine, kept with its note.
        item("tokenFieldInput", dialog).text = made.authToken
        runs = account.addScopedState.runs
        click("addScopedConfirmButton")
        finished(account.addScopedState, runs, "added")
        verify(!account.addScopedState.failed, account.addScopedState.message)
        verify(item("addScopedResult").text.indexOf("403") >= 0, item("addScopedResult").text)
        click("addScopedDoneButton")
        tryVerify(() => absent("addScopedDialog"))
        const card = item("scopedTokenCard_" + name)
        verify(item("scopedCheckNote", card).text.length > 0, "the 403 note on the card")

        // Its reach, from the card's menu: Compliance allowed, Account denied.
        click("scopedMoreButton", card)
        click("scopedProbeItem")
        const probe = item("probeDialog")
        const token = account.scopedToken(name)
        tryVerify(() => token.probeState.ended, netTimeout, "probed")
        verify(!token.probeState.failed, token.probeState.message)
        compare(item("probeReach", item("probeRow_Compliance", probe)).tone, "success")
        compare(item("probeReach", item("probeRow_Account", probe)).tone, "error")
        click("probeDoneButton")
        tryVerify(() => absent("probeDialog"))

        // Reset in the web app, then Replace token…: the new value passes, the old one no longer.
        const newValue = testServer.resetBehindTheAppsBack(made.accountSid)
        verify(newValue.length === 32)
        click("scopedMoreButton", card)
        click("scopedChangeItem")
        item("replaceDialog")
        item("replaceTokenFieldInput").text = newValue
        runs = token.replaceState.runs
        click("replaceConfirmButton")
        finished(token.replaceState, runs, "replaced")
        verify(!token.replaceState.failed, token.replaceState.message)
        compare(clearValue(token), newValue)
        click("replaceCancelButton")
        tryVerify(() => absent("replaceDialog"))

        // Its pages: API Scopes shows the reach per category.
        mouseClick(card, 30, 20)
        compare(currentPage().pageName, "scoped")
        openScopedTab("scopedScopesTabButton")
        verify(absent("scopeEditor"), "a pasted token's scopes are not told")
        item("probeRow_Compliance")
        if (shell.wide)
            click("crumb3")
        else
            click("backButton")
        compare(currentPage().pageName, "rest")

        // Move to scoped tokens…: the Read/Write token's reach, then the web app's steps.
        click("moreButton")
        click("moveToScopedItem")
        item("moveDialog")
        click("moveProbeButton")
        tryVerify(() => !absent("moveWebAppSteps"), netTimeout, "the steps once its reach is known")
        verify(item("moveWebAppSteps").text.indexOf(account.webAppPath) >= 0)
        verify(findAll(item("moveDialog"), "moveScope", [], 0).length >= 5, "the Read/Write token reaches every category")
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("moveDialog"))
    }

    function test_3_checkAll(data) {
        createShell(data)
        signOutIfNeeded()
        signIn("admin", "admin-demo")
        const signedIn = AppController.current
        if (!signedIn.legacyTokensEnabled) {
            const before = signedIn.enableState.runs
            signedIn.enable()
            finished(signedIn.enableState, before, "enabled")
        }
        tryVerify(() => signedIn.readWrite.hasSecret && signedIn.readOnly.hasSecret, netTimeout)
        // A tokens-only account beside it, with the Read/Write token.
        addTokensAccount("Pasted " + data.tag, TokenKind.ReadWrite, signedIn.readWrite.accountSid,
                         clearValue(signedIn.readWrite))
        verify(!AppController.addAccountState.failed, AppController.addAccountState.message)
        tryVerify(() => ready(), netTimeout)
        // Behind the app's back: the Read-Only token is reset.
        verify(testServer.resetBehindTheAppsBack("readOnly").length === 32)

        settle()
        const run = AppController.checkAllRun
        const before = testServer.platformRequests()
        const runs = run.state.runs
        click("homeCheckAll")
        compare(currentPage().pageName, "checkall")
        finished(run.state, runs, "checked all")
        compare(run.total, 3)
        const results = Array.from(run.results)
        const rowOf = (account, title) => results.find(r => r.accountName === account && r.tokenTitle === title)
        compare(rowOf(signedIn.name, "Read/Write").result, CheckAllRun.Ok)
        compare(rowOf(signedIn.name, "Read-Only").result, CheckAllRun.Refused)
        compare(rowOf("Pasted " + data.tag, "Read/Write").result, CheckAllRun.Ok)
        tryVerify(() => testServer.platformRequests() - before === 3, netTimeout, "one request each")
        const refused = item("checkRow_" + signedIn.name + "_Read-Only")
        compare(item("checkResult", refused).tone, "error")
        item("checkAllSummary")
        // Again from the page.
        click("checkAllButton")
        finished(run.state, runs + 1, "checked again")
        compare(run.checked, 3)
    }
}
