import QtQuick
import QtTest
import AgencyTokens

// The main pages at phone size (390×844) must not clip or overlap text. Run
// in English by tst_qml, in German by tst_qml_de and in French by tst_qml_fr
// (longer words). Checks every visible Text/Label: an eliding one is not
// truncated, a one-line one without elide fits its width, a wrapped one breaks
// between words, not inside one; a control's label (IconLabel) is not cut; a
// control stays inside its column (a card's padding); and controls side by
// side in a Row, RowLayout or Flow do not overlap. Saves
// <language>-layout-<page>.png. test_menu and test_columns run at both sizes.
ShellTestCase {
    id: testCase

    name: "Layout"

    function cleanup() {
        signOutIfNeeded()
    }

    TextMetrics {
        id: metrics
    }

    // A word of `o` wider than its line: wrapped inside the word ("zurückgesetz / t")
    // or, with WordWrap, sticking out. Words of letters only: an Account SID or a
    // token may break anywhere.
    function brokenWord(o) {
        if (o.wrapMode !== Text.Wrap && o.wrapMode !== Text.WordWrap)
            return ""
        const words = String(o.text).replace(/<[^>]*>/g, " ").match(/[A-Za-zÀ-ÖØ-öø-ÿß]{4,}/g) || []
        metrics.font = o.font
        for (const word of words) {
            metrics.text = word
            if (metrics.advanceWidth > o.width + 1)
                return word
        }
        return ""
    }

    // Every visible Text/Label under `parent`, popups' included (from the
    // window's root), for the word check.
    function visibleTexts(parent) {
        const out = []
        const walk = (o, depth) => {
            if (!o || depth > 100 || o.visible === false || o.opacity === 0)
                return
            if (isText(o))
                out.push(o)
            const kids = o.children
            for (let i = 0; kids && i < kids.length; ++i)
                walk(kids[i], depth + 1)
        }
        walk(parent, 0)
        return out
    }

    function isText(o) {
        return typeof o.truncated === "boolean" && typeof o.lineCount === "number" && o.wrapMode !== undefined
    }

    function isRow(o) {
        const type = String(o)
        return type.startsWith("QQuickRowLayout") || type.startsWith("QQuickRow(")
            || (o.flow !== undefined && o.columns === undefined && o.spacing !== undefined)
    }

    // A control's own label (Button, MenuItem, TabButton): no elide, no truncated.
    function isIconLabel(o) {
        return String(o).startsWith("QQuickIconLabel") && typeof o.text === "string"
    }

    function isColumn(o) {
        return String(o).startsWith("QQuickColumnLayout")
    }

    function rect(o) {
        return o.mapToItem(null, 0, 0, o.width, o.height)
    }

    function overlaps(a, b) {
        const r = rect(a), s = rect(b)
        return r.x < s.x + s.width - 1 && s.x < r.x + r.width - 1
            && r.y < s.y + s.height - 1 && s.y < r.y + r.height - 1
    }

    function check(page) {
        settle()
        const problems = []
        const objects = visibleObjects(shell)
        for (const o of objects) {
            if (isText(o) && o.text.length > 0 && o.width > 0) {
                if (o.truncated)
                    problems.push("truncated: " + describe(o))
                else if (o.wrapMode === Text.NoWrap && o.elide === Text.ElideNone && o.implicitWidth > o.width + 1)
                    problems.push("wider than its box (" + Math.round(o.implicitWidth) + " > "
                                  + Math.round(o.width) + "): " + describe(o))
                else if (o.wrapMode !== Text.NoWrap && o.contentHeight > o.height + 1 && o.clip)
                    problems.push("cut at the bottom: " + describe(o))
            }
            if (isIconLabel(o) && o.text.length > 0 && o.width > 0 && o.implicitWidth > o.width + 1)
                problems.push("label cut (" + Math.round(o.implicitWidth) + " > " + Math.round(o.width) + "): "
                              + describe(o))
            // Past the edge of its column: out of the card's padding, or off the page.
            if (o.children !== undefined && isColumn(o) && o.width > 0) {
                for (let i = 0; i < o.children.length; ++i) {
                    const k = o.children[i]
                    if (k.visible && k.width > 0 && k.height > 0 && (k.x < -1 || k.x + k.width > o.width + 1))
                        problems.push("past its column (" + Math.round(k.x + k.width) + " > " + Math.round(o.width)
                                      + "): " + describe(k))
                }
            }
            if (o.children !== undefined && isRow(o)) {
                const kids = []
                for (let i = 0; i < o.children.length; ++i) {
                    const k = o.children[i]
                    if (k.visible && k.width > 0 && k.height > 0)
                        kids.push(k)
                }
                for (let i = 0; i < kids.length; ++i) {
                    for (let j = i + 1; j < kids.length; ++j) {
                        if (overlaps(kids[i], kids[j]))
                            problems.push("overlap: " + describe(kids[i]) + " / " + describe(kids[j]))
                    }
                }
            }
        }
        for (const o of visibleTexts(testCase.Window.window.contentItem.parent || testCase.Window.window.contentItem)) {
            const word = o.text.length > 0 && o.width > 0 ? brokenWord(o) : ""
            if (word.length > 0)
                problems.push("breaks inside \"" + word + "\" (" + Math.round(o.width) + " px): " + describe(o))
        }
        grabImage(shell).save(testServer.screenshotDir + "/" + testServer.language + "-layout-" + page + ".png")
        verify(problems.length === 0, page + " (" + testServer.language + "):\n  " + problems.join("\n  "))
    }

    function clearValue(token) {
        token.reveal()
        const value = token.shownToken
        token.hide()
        return value
    }

    function signInWithTokens() {
        signIn("admin", "admin-demo")
        const account = AppController.current
        if (!account.legacyTokensEnabled) {
            const before = account.enableState.runs
            account.enable()
            finished(account.enableState, before, "enabled")
        }
        tryVerify(() => account.readOnly.hasSecret, netTimeout, "Read-Only token held")
        return account
    }

    // A tokens-only account holding the signed-in account's Read-Only token.
    function addPastedAccount(signedIn) {
        addTokensAccount("Demo Agency tokens", TokenKind.ReadOnly, signedIn.readOnly.accountSid,
                         clearValue(signedIn.readOnly))
        verify(!AppController.addAccountState.failed, AppController.addAccountState.message)
        tryVerify(() => ready(), netTimeout)
        settle()
    }

    // The card's ⋮ menu: each item's whole text readable (not elided, not cut
    // by the menu's width, not clipped at the bottom), the menu inside the
    // window, and the two items telling their tokens apart.
    function checkMenu(page) {
        click("moreButton")
        const menu = item("moreMenu")
        tryVerify(() => menu.opened, 5000, "menu open")
        waitForLayouts()
        const problems = []
        const texts = []
        const window = rect(shell)
        const box = rect(menu.contentItem)
        if (box.x < window.x - 1 || box.x + box.width > window.x + window.width + 1)
            problems.push("menu outside the window: " + Math.round(box.x) + " … " + Math.round(box.x + box.width))
        for (let i = 0; i < menu.count; ++i) {
            const entry = menu.itemAt(i)
            if (!entry || !entry.visible)
                continue
            const label = entry.contentItem
            texts.push(entry.text)
            if (isText(label)) {
                if (label.truncated)
                    problems.push("elided: " + describe(entry))
                if (label.wrapMode === Text.NoWrap && label.implicitWidth > label.width + 1)
                    problems.push("cut: " + describe(entry))
                if (label.contentHeight > label.height + 1)
                    problems.push("cut at the bottom: " + describe(entry))
            } else if (label.implicitWidth > label.width + 1) {
                problems.push("cut (" + Math.round(label.implicitWidth) + " > " + Math.round(label.width) + "): "
                              + describe(entry))
            }
            const r = rect(entry)
            if (r.x < box.x - 1 || r.x + r.width > box.x + box.width + 1)
                problems.push("item past the menu: " + describe(entry))
        }
        grabImage(shell).save(testServer.screenshotDir + "/" + testServer.language + "-layout-" + page + ".png")
        // The two tokens' items, then Move to scoped tokens….
        compare(texts.length, 3, "three items")
        verify(texts[0] !== texts[1], "the two items read the same: " + texts[0])
        compare(menu.itemAt(2).objectName, "moveToScopedItem")
        verify(problems.length === 0, page + " (" + testServer.language + "):\n  " + problems.join("\n  "))
        menu.close()
        tryVerify(() => !menu.visible, 5000, "menu closed")
    }

    function test_menu_data() {
        return sizes
    }

    // Issue 24 item 5: the ⋮ menu of a signed-in and of a tokens-only account.
    // Issue 24 item 7: Settings › Accounts shows both names whole.
    function test_menu(data) {
        createShell(data)
        signOutIfNeeded()
        const signedIn = signInWithTokens()
        openRestWebServices()
        item("legacyTokensCard")
        checkMenu("menu-signedin-" + data.tag)
        addPastedAccount(signedIn)
        openRestWebServices()
        item("legacyTokensCard")
        checkMenu("menu-tokensonly-" + data.tag)
        check("rest-tokensonly-" + data.tag)
        if (!shell.wide)
            backToTop()
        click(shell.wide ? "navSettings" : "drawerButton")
        if (!shell.wide) {
            tryVerify(() => item("navDrawer").opened)
            click("drawerSettings")
            tryVerify(() => absent("navDrawer"))
        }
        compare(currentPage().pageName, "settings")
        const card = item("accountsCard")
        scrollIntoView(card)
        check("accounts-" + data.tag)
        for (const name of ["accountName", "accountDetail"]) {
            const labels = findAll(card, name, [], 0).filter(o => o.visible)
            compare(labels.length, 2, name + " of both accounts")
            for (const label of labels)
                verify(!label.truncated && label.implicitWidth <= label.width + 1, "cut: " + label.text)
        }
    }

    function test_scoped_data() {
        return sizes
    }

    // Issue 21: the scoped tokens' part of the REST page and its menu, Create
    // Access Token's steps and the value shown once, a scoped token's pages,
    // Move to scoped tokens…, Add scoped token and Check all.
    function test_scoped(data) {
        createShell(data)
        signOutIfNeeded()
        const account = signInWithTokens()
        openRestWebServices()
        scrollIntoView(item("scopedTokensSection"))
        check("scoped-rest-" + data.tag)
        click("scopedMoreButton", item("scopedTokenCard_Compliance checker"))
        item("scopedDeleteItem")
        check("scoped-menu-" + data.tag)
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("scopedMoreMenu"))
        click("moreButton")
        click("moveToScopedItem")
        item("moveDialog")
        check("move-" + data.tag)
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("moveDialog"))

        click("createAccessTokenButton")
        compare(currentPage().pageName, "create")
        click("createNextButton")
        item("createProblem")
        check("create-1-" + data.tag)
        const name = "Layout " + data.tag + " " + testServer.language
        item("createNameFieldInput").text = name
        click("createNextButton")
        item("createContactFieldInput").text = "ops@example.com"
        check("create-2-" + data.tag)
        click("createNextButton")
        tryVerify(() => account.scopeCategories.length >= 5, netTimeout, "the catalogue")
        click("categorySwitch_Compliance")
        click("scopeCheck_account.companyInformation.read")
        check("create-3-" + data.tag)
        const runs = account.createState.runs
        click("createNextButton")
        finished(account.createState, runs, "created")
        verify(!account.createState.failed, account.createState.message)
        item("shownOnceNote")
        check("create-done-" + data.tag)
        const created = account.createdToken
        click("createOpenTokenButton")
        compare(currentPage().pageName, "scoped")
        check("scoped-overview-" + data.tag)
        for (const tab of ["scopedOverviewTabButton", "scopedCredentialsTabButton", "scopedScopesTabButton"]) {
            const button = item(tab)
            verify(button.contentItem.lineCount <= 2 && !button.contentItem.truncated, "tab cut: " + button.text)
        }
        click("scopedCredentialsTabButton")
        item("scopedResetButton")
        check("scoped-credentials-" + data.tag)
        const scopesTab = click("scopedScopesTabButton")
        // In French at phone size the first press on this partly scrolled tab bar does not
        // select the tab (cause not found: the bar is at rest by then); a user taps again.
        if (!scopesTab.checked)
            mouseClick(scopesTab)
        item("scopeEditor")
        check("scoped-scopes-" + data.tag)
        compare(testServer.deleteScopedToken(created.accountSid), 204)

        // Check all, with its results.
        backToTop()
        if (shell.wide)
            click("navHome")
        compare(currentPage().pageName, "home")
        const checks = AppController.checkAllRun.state.runs
        click("homeCheckAll")
        finished(AppController.checkAllRun.state, checks, "checked all")
        check("check-all-" + data.tag)

        // A tokens-only account: Add scoped token.
        addPastedAccount(account)
        openRestWebServices()
        click("addScopedTokenButton")
        item("addScopedDialog")
        check("add-scoped-" + data.tag)
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("addScopedDialog"))
    }

    function test_columns_data() {
        return sizes
    }

    // Issue 24 item 11: the two token rows of the REST card share their
    // columns: "API version" and "Last reset" start at the same x in both.
    function test_columns(data) {
        createShell(data)
        signOutIfNeeded()
        signInWithTokens()
        openRestWebServices()
        const rows = [item("tokenSummary" + TokenKind.ReadWrite), item("tokenSummary" + TokenKind.ReadOnly)]
        for (const name of ["apiVersionFact", "lastResetFact"]) {
            const facts = rows.map(row => item(name, row))
            compare(Math.round(rect(facts[0]).x), Math.round(rect(facts[1]).x), name + " at the same x")
            compare(Math.round(facts[0].width), Math.round(facts[1].width), name + " as wide")
        }
        check("rest-columns-" + data.tag)
    }

    // Issue 24 item 12: a message says its title once. The body goes when it
    // only repeats the title, and a first sentence that does goes from the body.
    function test_titleOnce() {
        createShell(sizes[0])
        signOutIfNeeded()
        shell.showInfo("success", qsTranslate("AppShell", "Token saved in the keychain"),
                       qsTranslate("AgencyTokens::AccountView", "Saved in the keychain."))
        const bar = item("infoBar")
        const title = item("infoBarTitle", bar)
        compare(title.text, qsTranslate("AppShell", "Token saved in the keychain"))
        verify(absent("infoBarMessage", bar), "the body repeats the title: " + bar.message)

        const full = qsTranslate("AgencyTokens::AccountView", "Legacy tokens are on. Reset both tokens now: until "
                                 + "then, anyone who saw them while they were being set up could still use them.")
        shell.showInfo("success", qsTranslate("AppShell", "Legacy tokens are on"), full)
        const body = item("infoBarMessage", bar).text
        verify(body.length > 0 && full.endsWith(body) && body.length < full.length, "body: " + body)
        bar.dismiss()
    }

    function test_phone() {
        createShell(sizes[0])
        signOutIfNeeded()
        click("tokensTab")
        item("addTokensForm")
        check("add-tokens")
        click("signInTab")
        item("signInPage")
        check("signin")

        signIn("admin", "admin-demo")
        const account = AppController.current
        if (!account.legacyTokensEnabled) {
            const before = account.enableState.runs
            account.enable()
            finished(account.enableState, before, "enabled")
        }
        check("home")
        click("drawerButton")
        tryVerify(() => item("navDrawer").opened)
        check("drawer")
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("navDrawer"))
        openRestWebServices()
        item("legacyTokensCard")
        check("rest")
        click("moreButton")
        item("resetReadOnlyItem")
        check("more-menu")
        click("resetReadOnlyItem")
        item("resetDialog")
        check("reset-dialog")
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent("resetDialog"))
        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        check("overview")
        click("credentialsTabButton")
        check("credentials")
        // Issue 24 item 9: after a copy, the bar says when the clipboard is cleared.
        click("copyButton", item("accountSidRow", item("tokenCredentials" + TokenKind.ReadOnly)))
        const status = item("clipboardStatus")
        tryVerify(() => AppServices.clipboard.remainingSeconds > 0)
        verify(status.text.indexOf(String(AppServices.clipboard.remainingSeconds)) >= 0, status.text)
        verify(!status.truncated && status.contentHeight <= status.height + 1, "clipboard bar cut: " + status.text)
        check("credentials-copied")
        AppServices.clipboard.clearNow()
        backToTop()
        click("drawerButton")
        tryVerify(() => item("navDrawer").opened)
        click("drawerSettings")
        tryVerify(() => absent("navDrawer"))
        check("settings")
        click("securityTipsLink")
        check("tips")
    }

    // Issue 22 at phone size: the Integrations tab and its dialog, a reset's
    // confirmation naming what breaks and its checklist, Home's attention
    // card, the Activity page. The categories ticked in the user's language
    // are kept by the platform's names.
    function test_usage() {
        createShell(sizes[0])
        signOutIfNeeded()
        const account = signInWithTokens()
        const usage = account.readWrite.usage
        verify(usage.addIntegration("Warehouse sync", "Dana Whitfield", "Nightly on the BI server.", ["Reports"]))
        verify(account.readOnly.usage.setRotateEveryDays(30))
        verify(testServer.ageToken(account.id, "readOnly", 45))
        openRestWebServices()
        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        click("integrationsTabButton")
        const card = item("integrationsCard_" + account.readWrite.title)
        click("addIntegrationButton", card)
        const dialog = item("integrationDialog")
        item("integrationNameFieldInput", dialog).text = "CRM export"
        click("integrationUses_Advertisers", dialog)
        click("integrationUses_Account", dialog)
        check("integration-dialog")
        click("integrationSaveButton", dialog)
        tryVerify(() => absent("integrationDialog"))
        const added = usage.integrations.find(r => r.name === "CRM export")
        compare(Array.from(added.uses).sort(), ["Account", "Advertisers"])
        item("integrationRow_CRM export", card)
        check("integrations")

        click(shell.wide ? "crumb3" : "backButton")
        compare(currentPage().pageName, "rest")
        click("moreButton")
        click("resetReadWriteItem")
        const reset = item("resetDialog")
        item("resetBreaks", reset)
        check("reset-breaks")
        click("resetConfirmButton")
        tryCompare(reset, "stage", "done", netTimeout)
        item("integrationChecklist", reset)
        check("reset-checklist")
        click("resetDoneButton")
        tryVerify(() => absent("resetDialog"))

        backToTop()
        item("attentionCard")
        check("home-attention")
        click("homeOpenActivity")
        compare(currentPage().pageName, "activity")
        item("allActivity")
        check("activity")
    }
}
