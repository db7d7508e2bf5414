import QtQuick
import QtQuick.Controls.Material
import QtTest
import AgencyTokens

// Where each token is used (issue 22), at phone and desktop size, against the
// real reference server, the real keychain and the real command line tool:
// integrations added, edited and removed on the Integrations tab; a reset
// (signed in) and a replace (tokens only) each turn two integrations into a
// checklist that the confirmation names, that is kept on disk (what a
// restarted app reads) and that the CLI lists and ticks while the app runs;
// a due token first on Home; the Activity page with the app's and the CLI's
// entries.
ShellTestCase {
    id: testCase

    name: "Integrations"

    function test_1_reset_data() {
        return testCase.sizes
    }
    function test_2_replace_data() {
        return testCase.sizes
    }
    function test_3_due_data() {
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

    function enableLegacy(account) {
        if (!account.legacyTokensEnabled) {
            const before = account.enableState.runs
            account.enable()
            finished(account.enableState, before, "enabled")
        }
        tryVerify(() => account.readWrite.hasSecret && account.readOnly.hasSecret, netTimeout)
    }

    function backToRest() {
        if (shell.wide)
            click("crumb3")
        else
            click("backButton")
        compare(currentPage().pageName, "rest")
    }

    function goHome() {
        backToTop()
        if (shell.wide)
            click("navHome")
        compare(currentPage().pageName, "home")
    }

    // agency-tokens-cli run beside the app, which goes on meanwhile: {code, out, err}.
    function cli(args) {
        const run = testServer.cliStart(args)
        let result = {}
        tryVerify(() => (result = testServer.cliResult(run)).code !== undefined, 40000, "agency-tokens-cli finished")
        return result
    }

    // The CLI's JSON answer, with its exit status checked.
    function cliJson(args) {
        const run = cli(args.concat(["--json"]))
        compare(run.code, 0, run.err)
        return JSON.parse(run.out)
    }

    // Through the Add integration… dialog, as a user would.
    function addIntegration(card, name, owner, note, uses) {
        click("addIntegrationButton", card)
        const dialog = item("integrationDialog")
        compare(item("integrationNameFieldInput", dialog).text, "", "an empty form")
        item("integrationNameFieldInput", dialog).text = name
        item("integrationOwnerFieldInput", dialog).text = owner
        item("integrationNoteFieldInput", dialog).text = note
        for (const category of uses)
            click("integrationUses_" + category, dialog)
        click("integrationSaveButton", dialog)
        tryVerify(() => absent("integrationDialog"), 5000, "the dialog closes once saved")
        return item("integrationRow_" + name, card)
    }

    function test_1_reset(data) {
        createShell(data)
        signOutIfNeeded()
        signIn("admin", "admin-demo")
        const account = AppController.current
        enableLegacy(account)
        const token = account.readWrite
        const usage = token.usage
        openRestWebServices()
        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        click("integrationsTabButton")
        const card = item("integrationsCard_Read/Write")
        item("noIntegrations", card)

        // Two integrations; the second's owner edited; a third added and removed (asked first).
        const sync = addIntegration(card, "Reporting sync", "Dana", "Nightly, on the BI server", ["Reports", "Jobs"])
        verify(sync.row.usesText.indexOf("Reports") >= 0, sync.row.usesText)
        addIntegration(card, "CRM export", "", "", ["Account"])
        compare(usage.count, 2)
        verify(absent("noIntegrations", card))
        click("integrationMoreButton", item("integrationRow_CRM export", card))
        click("integrationEditItem")
        compare(item("integrationNameFieldInput").text, "CRM export")
        item("integrationOwnerFieldInput").text = "Sam"
        click("integrationSaveButton")
        tryVerify(() => absent("integrationDialog"))
        compare(usage.integrations.find(r => r.name === "CRM export").owner, "Sam")
        // A name already listed is refused in words; the dialog keeps what was typed.
        click("addIntegrationButton", card)
        item("integrationNameFieldInput").text = "Reporting sync"
        click("integrationSaveButton")
        verify(item("integrationProblem").text.length > 0, "the refusal is said")
        compare(item("integrationNameFieldInput").text, "Reporting sync")
        item("integrationNameFieldInput").text = "Old cron job"
        click("integrationSaveButton")
        tryVerify(() => absent("integrationDialog"))
        compare(usage.count, 3)
        click("integrationMoreButton", item("integrationRow_Old cron job", card))
        click("integrationEditItem")
        click("integrationRemoveButton")
        click("integrationConfirmRemoveButton")
        tryVerify(() => absent("integrationDialog"))
        compare(usage.count, 2)
        verify(absent("integrationRow_Old cron job"))

        // Rotation: the suggested 90 days, kept in the store.
        const policy = item("rotationPolicy", card)
        const ninety = card.policyChoices.findIndex(c => c.value === 90)
        verify(card.policyChoices[ninety].text.indexOf("suggested") >= 0)
        policy.currentIndex = ninety
        policy.activated(ninety)
        compare(usage.rotateEveryDays, 90)
        verify(item("ageText", card).text.indexOf("90") >= 0, item("ageText", card).text)
        verify(absent("dueChip", card), "a token of today is not due")

        // The reset: its confirmation names both; then the checklist.
        backToRest()
        const oldValue = clearValue(token)
        click("moreButton")
        click("resetReadWriteItem")
        const dialog = item("resetDialog")
        const breaks = item("resetBreaks", dialog).text
        verify(breaks.indexOf("Reporting sync") >= 0 && breaks.indexOf("CRM export") >= 0, breaks)
        click("resetConfirmButton")
        tryCompare(dialog, "stage", "done", netTimeout)
        compare(testServer.checkCredentials(token.accountSid, oldValue), 401)
        const list = item("integrationChecklist", dialog)
        compare(item("checklistText", list).text, "2 of 2 integrations still have the old token")
        let row = item("integrationRow_Reporting sync", list)
        item("integrationPending", row)
        click("integrationCopyButton", row)
        tryCompare(AppServices.clipboard, "active", true)
        verify(AppServices.clipboard.statusText.indexOf("Auth Token") >= 0, AppServices.clipboard.statusText)
        click("integrationUpdatedButton", row)
        item("integrationDone", item("integrationRow_Reporting sync", list))
        compare(usage.pendingCount, 1)
        compare(item("checklistText", list).text, "1 of 2 integrations still have the old token")
        click("resetDoneButton")
        tryVerify(() => absent("resetDialog"))
        AppServices.clipboard.clearNow()
        compare(item("usageLine", item("legacyTokensCard")).text, "1 of 2 integrations still have the old token")

        // Kept on disk: what a restarted app (or the CLI) reads.
        const stored = testServer.storedUsage(account.id, "readWrite")
        compare(stored.integrations, 2)
        compare(stored.pending, 1)
        compare(stored.rotateEveryDays, 90)
        const listed = cliJson(["integrations", "list", "--account", account.id, "--kind", "rw"])
        compare(listed.pendingUpdates, 1)
        compare(listed.integrations.filter(i => i.pending === true).map(i => i.name), ["CRM export"])

        // Home names the open checklist; its Open leads to the token's Integrations tab.
        goHome()
        const checklistRow = item("checklistRow", item("attentionCard"))
        verify(checklistRow.detail.indexOf("1 of 2") >= 0, checklistRow.detail)
        click("attentionOpenButton", checklistRow)
        compare(currentPage().pageName, "details")
        const opened = item("integrationsCard_Read/Write")
        item("checklistNotice", opened)
        item("integrationPending", item("integrationRow_CRM export", opened))

        // The CLI ticks the last row while the app runs: the app follows.
        const ticked = cli(["integrations", "updated", "--account", account.id, "--kind", "rw",
                                       "--name", "CRM export"])
        compare(ticked.code, 0, ticked.err)
        tryCompare(usage, "pendingCount", 0, 5000, "the app reads the CLI's change")
        tryVerify(() => absent("checklistNotice", opened))
        tryVerify(() => AppController.usage.openChecklists === 0)

        // The log: the reset and the copy by the app, a `token` by the CLI, on the Activity page.
        const read = cli(["token", "--account", account.id, "--kind", "rw"])
        compare(read.code, 0, read.err)
        tryVerify(() => usage.activity.some(a => a.action === "token" && a.by === "cli"), 5000, "the CLI's entry")
        verify(usage.activity.some(a => a.action === "reset" && a.by === "app"), JSON.stringify(usage.activity))
        verify(usage.activity.some(a => a.action === "copy" && a.by === "app"), JSON.stringify(usage.activity))
        item("tokenActivity", opened)
        click("allActivityButton", opened)
        compare(currentPage().pageName, "activity")
        const rows = findAll(item("allActivity"), "activityRow", [], 0)
        verify(rows.length >= 3, rows.length)
        verify(rows.length === AppController.usage.activity.length)
        for (const each of AppController.usage.activity)
            verify(JSON.stringify(each).indexOf(clearValue(token)) < 0, "no secret in the log")
    }

    function test_2_replace(data) {
        createShell(data)
        signOutIfNeeded()
        const legacy = testServer.legacyTokens()
        const readOnly = legacy.find(t => t.kind === "readOnly")
        addTokensAccount("Pasted " + data.tag, TokenKind.ReadOnly, readOnly.accountSid, readOnly.authToken)
        verify(!AppController.addAccountState.failed, AppController.addAccountState.message)
        tryVerify(() => ready(), netTimeout)
        const account = AppController.current
        verify(account.tokensOnly)
        const token = account.readOnly
        const usage = token.usage
        // Two integrations, from the CLI this time: the app lists them.
        for (const name of ["Dashboard", "Partner feed"]) {
            const added = cli(["integrations", "add", "--account", account.id, "--kind", "ro",
                                          "--name", name, "--uses", "Reports"])
            compare(added.code, 0, added.err)
        }
        tryCompare(usage, "count", 2, 5000, "the app reads the CLI's integrations")

        // Reset in the web app, then Replace token…: its checklist.
        const newValue = testServer.resetBehindTheAppsBack("readOnly")
        verify(newValue.length === 32)
        openRestWebServices()
        click("moreButton")
        click("replaceReadOnlyItem")
        const dialog = item("replaceDialog")
        item("replaceTokenFieldInput").text = newValue
        const runs = token.replaceState.runs
        click("replaceConfirmButton")
        finished(token.replaceState, runs, "replaced")
        verify(!token.replaceState.failed, token.replaceState.message)
        const list = item("integrationChecklist", dialog)
        compare(item("checklistText", list).text, "2 of 2 integrations still have the old token")
        const row = item("integrationRow_Partner feed", list)
        click("integrationCopyButton", row)
        tryCompare(AppServices.clipboard, "active", true)
        click("integrationUpdatedButton", row)
        compare(usage.pendingCount, 1)
        click("replaceCancelButton")
        tryVerify(() => absent("replaceDialog"))
        AppServices.clipboard.clearNow()
        compare(item("usageLine", item("legacyTokensCard")).text, "1 of 2 integrations still have the old token")

        // On disk and in the CLI, as after a restart; the log has the replace.
        const stored = testServer.storedUsage(account.id, "readOnly")
        compare(stored.integrations, 2)
        compare(stored.pending, 1)
        const listed = cliJson(["integrations", "list", "--account", account.id, "--kind", "ro"])
        compare(listed.integrations.filter(i => i.pending === true).map(i => i.name), ["Dashboard"])
        const log = cliJson(["log", "--account", account.id])
        verify(log.activity.some(a => a.action === "replace" && a.by === "app"), JSON.stringify(log))

        // The Integrations tab ticks the last one.
        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        click("integrationsTabButton")
        const card = item("integrationsCard_Read-Only")
        click("integrationUpdatedButton", item("integrationRow_Dashboard", card))
        compare(usage.pendingCount, 0)
        tryVerify(() => absent("checklistNotice", card))
        compare(testServer.storedUsage(account.id, "readOnly").pending, 0)
    }

    function test_3_due(data) {
        createShell(data)
        signOutIfNeeded()
        signIn("admin", "admin-demo")
        const account = AppController.current
        enableLegacy(account)
        settle()
        verify(absent("attentionCard"), "nothing waits yet")
        verify(account.readOnly.usage.setRotateEveryDays(30))
        verify(account.readWrite.usage.setRotateEveryDays(90))
        // Time passes: Read-Only 45 days old, Read/Write 200.
        verify(testServer.ageToken(account.id, "readOnly", 45))
        verify(testServer.ageToken(account.id, "readWrite", 200))
        tryCompare(AppController.usage, "dueCount", 2, 5000, "both due")

        // Home: the attention card first, the most overdue first.
        const card = item("attentionCard")
        compare(item("attentionBadge", card).text, "2")
        const page = currentPage()
        const top = o => o.mapToItem(page, 0, 0).y
        verify(top(card) < top(item("homeOpenRest")), "the due tokens come before the rest of Home")
        const rows = findAll(card, "dueRow", [], 0).filter(r => r.visible)
        compare(rows.length, 2)
        rows.sort((a, b) => top(a) - top(b))
        verify(rows[0].heading.indexOf("Read/Write") >= 0, rows[0].heading)
        verify(rows[0].detail.indexOf("200") >= 0, rows[0].detail)
        verify(rows[1].heading.indexOf("Read-Only") >= 0, rows[1].heading)

        // The CLI says the same.
        const accounts = cliJson(["accounts"]).accounts
        const tokens = accounts.find(a => a.id === account.id).tokens
        compare(tokens.find(t => t.kind === "rw").due, true)
        compare(tokens.find(t => t.kind === "rw").ageDays, 200)
        compare(tokens.find(t => t.kind === "ro").due, true)

        // Open: the token's Integrations tab with its Due chip; the card says the age too.
        click("attentionOpenButton", rows[0])
        compare(currentPage().pageName, "details")
        const usageCard = item("integrationsCard_Read/Write")
        item("dueChip", usageCard)
        verify(item("ageText", usageCard).text.indexOf("200") >= 0, item("ageText", usageCard).text)

        // A reset starts the age again: no longer due.
        backToRest()
        click("moreButton")
        click("resetReadWriteItem")
        click("resetConfirmButton")
        tryCompare(item("resetDialog"), "stage", "done", netTimeout)
        click("resetDoneButton")
        tryVerify(() => absent("resetDialog"))
        tryVerify(() => !account.readWrite.usage.due)
        tryCompare(AppController.usage, "dueCount", 1)
    }
}
