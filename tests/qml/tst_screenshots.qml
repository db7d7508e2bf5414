import QtQuick
import QtQuick.Controls.Material
import QtTest
import AgencyTokens

// Renders every page at phone and desktop size, light and dark, to PNG files
// in testServer.screenshotDir (e.g. desktop-light-credentials.png).
ShellTestCase {
    id: testCase

    name: "Screenshots"

    function test_screens_data() {
        const rows = []
        for (const size of testCase.sizes) {
            for (const theme of ["light", "dark"])
                rows.push({ tag: size.tag + "-" + theme, size: size, theme: theme })
        }
        return rows
    }

    /// Scoped tokens a run made on the server: deleted after it, so that the next run starts alike.
    property var madeTokens: []

    function cleanup() {
        AppServices.clipboard.clearNow()
        for (const sid of madeTokens)
            testServer.deleteScopedToken(sid)
        madeTokens = []
    }

    function shot(data, page) {
        settle()
        wait(300) // animations at rest (a tab's underline, a check box)
        // The info bar fades in or out: shoot it at rest.
        const bar = findAll(shell, "infoBar", [], 0)[0]
        if (bar)
            tryVerify(() => bar.opacity === (bar.shown ? 1 : 0), 2000, "info bar at rest")
        const path = testServer.screenshotDir + "/" + data.tag + "-" + page + ".png"
        grabImage(shell).save(path)
    }

    function navigate(name) {
        if (shell.wide) {
            if (absent("navSettings"))
                click("menuButton")
            click(name === "tips" ? "navTips" : "navSettings")
        } else {
            backToTop()
            click("drawerButton")
            tryVerify(() => item("navDrawer").opened)
            click(name === "tips" ? "drawerTips" : "drawerSettings")
            tryVerify(() => absent("navDrawer"))
        }
        compare(currentPage().pageName, name)
    }

    function test_screens(data) {
        createShell(data.size, data.theme === "dark" ? Material.Dark : Material.Light)
        compare(shell.dark, data.theme === "dark")
        signOutIfNeeded()
        item("addTokensForm")
        shot(data, "add-tokens")
        click("signInTab")
        item("signInPage")
        shot(data, "signin")

        signIn("admin", "admin-demo")
        shot(data, "home")
        if (!shell.wide) {
            click("drawerButton")
            tryVerify(() => item("navDrawer").opened)
            shot(data, "drawer")
            keyClick(Qt.Key_Escape)
            tryVerify(() => absent("navDrawer"))
        }
        navigate("settings")
        shot(data, "settings")
        click("restWebServicesLink")
        compare(currentPage().pageName, "rest")
        if (!AppController.current.legacyTokensEnabled) {
            click("enableLegacyTokensButton")
            item("enableDialog")
            shot(data, "enable-dialog")
            click("enableConfirmButton")
            tryVerify(() => absent("enableDialog"))
            tryCompare(AppController.current, "legacyTokensEnabled", true, netTimeout)
        }
        item("legacyTokensCard")
        shot(data, "rest")

        click("moreButton")
        item("resetReadOnlyItem")
        shot(data, "more-menu")
        click("resetReadOnlyItem")
        item("resetDialog")
        shot(data, "reset-dialog")
        click("resetConfirmButton")
        tryCompare(item("resetDialog"), "stage", "done", netTimeout)
        shot(data, "reset-done")
        click("resetDoneButton")
        tryVerify(() => absent("resetDialog"))

        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        shot(data, "overview")
        click("credentialsTabButton")
        shot(data, "credentials")
        click("revealButton")
        click("copyButton", item("accountSidRow"))
        tryCompare(AppServices.clipboard, "active", true)
        shot(data, "credentials-revealed-copied")
        click("revealButton")
        AppServices.clipboard.clearNow()

        testServer.stop()
        AppController.current.refresh()
        tryCompare(AppController.current, "online", false, netTimeout)
        shot(data, "offline")
        verify(testServer.start())
        click("offlineRetryButton")
        tryCompare(AppController.current, "online", true, netTimeout)

        navigate("tips")
        shot(data, "tips")

        // A tokens-only account beside it: the pasted Read-Only token.
        const signedIn = AppController.current
        signedIn.readOnly.reveal()
        const token = signedIn.readOnly.shownToken
        signedIn.readOnly.hide()
        addTokensAccount("Pasted " + data.tag, TokenKind.ReadOnly, signedIn.readOnly.accountSid, token)
        verify(!AppController.addAccountState.failed, AppController.addAccountState.message)
        tryVerify(() => ready(), netTimeout)
        openRestWebServices()
        item("webAppNotice")
        shot(data, "tokens-only-rest")
        click("moreButton")
        click("replaceReadOnlyItem")
        item("replaceDialog")
        shot(data, "replace-dialog")
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("replaceDialog"))
        navigate("settings")
        shot(data, "accounts")
    }

    function test_scoped_screens_data() {
        return test_screens_data()
    }

    function clearValue(token) {
        token.reveal()
        const value = token.shownToken
        token.hide()
        return value
    }

    // Issue 21: the scoped tokens' part of the REST page, Create Access Token's
    // steps, a scoped token's pages, the probe, Add scoped token, Move to scoped
    // tokens… and Check all's results (e.g. phone-dark-create-2.png).
    function test_scoped_screens(data) {
        createShell(data.size, data.theme === "dark" ? Material.Dark : Material.Light)
        signOutIfNeeded()
        signIn("admin", "admin-demo")
        const account = AppController.current
        if (!account.legacyTokensEnabled) {
            const before = account.enableState.runs
            account.enable()
            finished(account.enableState, before, "enabled")
        }
        tryVerify(() => account.readWrite.hasSecret && account.readOnly.hasSecret, netTimeout)
        openRestWebServices()
        scrollIntoView(item("scopedTokensSection"))
        shot(data, "scoped-rest")
        click("scopedMoreButton", item("scopedTokenCard_Reporting sync"))
        item("scopedDeleteItem")
        shot(data, "scoped-menu")
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("scopedMoreMenu"))

        // Create Access Token, step by step.
        click("createAccessTokenButton")
        item("createNameFieldInput").text = "Warehouse export"
        item("createDescriptionFieldInput").text = "Nightly export of partner reports into the warehouse."
        shot(data, "create-1")
        click("createNextButton")
        item("createContactFieldInput").text = "ops@demo-agency.example"
        item("createEmailsFieldInput").text = "dev@demo-agency.example"
        shot(data, "create-2")
        click("createNextButton")
        tryVerify(() => account.scopeCategories.length >= 5, netTimeout, "the catalogue")
        click("categorySwitch_Reports")
        click("scopeCheck_jobs.status")
        shot(data, "create-3")
        const runs = account.createState.runs
        click("createNextButton")
        finished(account.createState, runs, "created")
        verify(!account.createState.failed, account.createState.message)
        item("shownOnceNote")
        shot(data, "create-done")
        const created = account.createdToken
        madeTokens.push(created.accountSid)

        // Its pages.
        click("createOpenTokenButton")
        compare(currentPage().pageName, "scoped")
        shot(data, "scoped-overview")
        click("scopedCredentialsTabButton")
        item("scopedResetButton")
        shot(data, "scoped-credentials")
        click("scopedScopesTabButton")
        click("scopeCheck_account.companyInformation.read")
        shot(data, "scoped-scopes")
        click("scopesUpdateButton")
        item("scopesConfirmDialog")
        shot(data, "scoped-scopes-confirm")
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("scopesConfirmDialog"))
        const probes = created.probeState.runs
        click("scopesProbeButton")
        finished(created.probeState, probes, "probed")
        scrollIntoView(item("probeRow_Compliance"))
        shot(data, "scoped-probe")

        // Move to scoped tokens…, once the Read-Only token's reach is known.
        openRestWebServices()
        click("moreButton")
        click("moveToScopedItem")
        click("moveReadOnlyTab")
        click("moveProbeButton")
        tryVerify(() => !absent("moveCreateButton"), netTimeout, "the suggested scopes")
        shot(data, "move-dialog")
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("moveDialog"))

        // A tokens-only account: a pasted scoped token (403 on the check: kept with its note).
        addTokensAccount("Pasted " + data.tag, TokenKind.ReadWrite, account.readWrite.accountSid,
                         clearValue(account.readWrite))
        verify(!AppController.addAccountState.failed, AppController.addAccountState.message)
        tryVerify(() => ready(), netTimeout)
        const pasted = AppController.current
        const made = testServer.createScopedToken("Compliance bot " + data.tag, ["compliance.status",
                                                                                 "compliance.submit"])
        madeTokens.push(made.accountSid)
        openRestWebServices()
        click("addScopedTokenButton")
        const dialog = item("addScopedDialog")
        item("scopedNameFieldInput").text = "Compliance bot"
        item("sidFieldInput", dialog).text = made.accountSid
        item("tokenFieldInput", dialog).text = made.authToken
        shot(data, "add-scoped-dialog")
        const adds = pasted.addScopedState.runs
        click("addScopedConfirmButton")
        finished(pasted.addScopedState, adds, "added")
        item("addScopedDoneButton")
        shot(data, "add-scoped-done")
        click("addScopedDoneButton")
        tryVerify(() => absent("addScopedDialog"))
        const card = item("scopedTokenCard_Compliance bot")
        scrollIntoView(card)
        shot(data, "tokens-only-scoped-rest")
        click("scopedMoreButton", card)
        click("scopedProbeItem")
        const bot = pasted.scopedToken("Compliance bot")
        tryVerify(() => bot.probeState.ended, netTimeout, "probed")
        shot(data, "probe-dialog")
        click("probeDoneButton")
        tryVerify(() => absent("probeDialog"))
        mouseClick(card, 30, 20)
        compare(currentPage().pageName, "scoped")
        click("scopedScopesTabButton")
        item("probeRow_Compliance")
        shot(data, "scoped-scopes-pasted")

        // Check all, with a token reset behind the app's back.
        verify(testServer.resetBehindTheAppsBack("readOnly").length === 32)
        backToTop()
        if (shell.wide)
            click("navHome")
        compare(currentPage().pageName, "home")
        const checks = AppController.checkAllRun.state.runs
        click("homeCheckAll")
        finished(AppController.checkAllRun.state, checks, "checked all")
        shot(data, "check-all")
    }

    function test_usage_screens_data() {
        return test_screens_data()
    }

    // Issue 22: a token's integrations and rotation, the checklist after a
    // reset, Home's attention card (due tokens, open checklists) and the
    // Activity page (e.g. phone-light-integrations.png).
    function test_usage_screens(data) {
        createShell(data.size, data.theme === "dark" ? Material.Dark : Material.Light)
        signOutIfNeeded()
        signIn("admin", "admin-demo")
        const account = AppController.current
        if (!account.legacyTokensEnabled) {
            const before = account.enableState.runs
            account.enable()
            finished(account.enableState, before, "enabled")
        }
        tryVerify(() => account.readWrite.hasSecret && account.readOnly.hasSecret, netTimeout)
        const usage = account.readWrite.usage
        verify(usage.addIntegration("Warehouse sync", "Dana Whitfield", "Nightly on the BI server; "
                                    + "pulls partner reports into the warehouse.", ["Reports", "Jobs"]))
        verify(usage.addIntegration("CRM export", "Sam Ortiz", "Hourly; pushes new advertisers into the CRM.",
                                    ["Advertisers"]))
        verify(usage.addIntegration("Compliance bot", "", "", ["Compliance"]))
        verify(usage.setRotateEveryDays(90))
        verify(account.readOnly.usage.addIntegration("Partner dashboard", "Lee Park", "", ["Reports"]))
        verify(account.readOnly.usage.setRotateEveryDays(30))
        verify(testServer.ageToken(account.id, "readOnly", 45))
        tryVerify(() => account.readOnly.usage.due, 5000, "the Read-Only token due")
        // Some activity: a reveal, a copy and a check.
        account.readWrite.reveal()
        account.readWrite.hide()
        account.readWrite.copyToken()
        AppServices.clipboard.clearNow()
        const checks = account.readWrite.verifyState.runs
        account.readWrite.verify()
        finished(account.readWrite.verifyState, checks, "checked")

        openRestWebServices()
        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        click("integrationsTabButton")
        item("integrationsCard_Read/Write")
        shot(data, "integrations")
        if (shell.wide)
            click("crumb3")
        else
            click("backButton")
        compare(currentPage().pageName, "rest")

        // The reset names what breaks, then its checklist; one row ticked.
        click("moreButton")
        click("resetReadWriteItem")
        item("resetBreaks")
        shot(data, "reset-breaks")
        click("resetConfirmButton")
        const dialog = item("resetDialog")
        tryCompare(dialog, "stage", "done", netTimeout)
        click("integrationUpdatedButton", item("integrationRow_Warehouse sync", dialog))
        scrollIntoView(item("integrationChecklist", dialog))
        shot(data, "reset-checklist")
        click("resetDoneButton")
        tryVerify(() => absent("resetDialog"))

        backToTop()
        if (shell.wide)
            click("navHome")
        compare(currentPage().pageName, "home")
        item("attentionCard")
        shot(data, "home-attention")
        click("homeOpenActivity")
        compare(currentPage().pageName, "activity")
        item("allActivity")
        shot(data, "activity")
    }
}
