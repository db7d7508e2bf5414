import QtQuick
import QtTest
import AgencyTokens

// Every page and dialog at phone and desktop size: each control a user can
// operate (buttons, list items, menu items, tabs, text fields, combo boxes)
// that is visible has an Accessible.name with words in it, not just a glyph.
ShellTestCase {
    id: testCase

    name: "Accessibility"

    property var checked: []

    function test_names_data() {
        return testCase.sizes
    }

    function cleanup() {
        AppServices.clipboard.clearNow()
        signOutIfNeeded()
    }

    // Fails with the list of unnamed controls on screen now, and saves the screen.
    function check(where) {
        settle()
        const unnamed = visibleObjects(shell).filter(o => isInteractive(o))
            .filter(o => !/[A-Za-z0-9\u00C0-\u024F]/.test(o.Accessible.name || ""))
            .map(o => describe(o))
        if (unnamed.length > 0)
            grabImage(shell).save(testServer.screenshotDir + "/failure-a11y-" + where + ".png")
        verify(unnamed.length === 0, where + ": no Accessible.name on " + unnamed.join(", "))
        checked.push(where)
    }

    function dialog(name, where) {
        item(name)
        check(where)
        keyClick(Qt.Key_Escape)
        tryVerify(() => absent(name), 5000, name + " closed by Esc")
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
            check("drawer")
            click(name === "tips" ? "drawerTips" : "drawerSettings")
            tryVerify(() => absent("navDrawer"))
        }
        compare(currentPage().pageName, name)
    }

    function test_names(data) {
        createShell(data)
        signOutIfNeeded()
        click("tokensTab")
        item("addTokensForm")
        check(data.tag + " add account, tokens")
        click("signInTab")
        item("signInPage")
        check(data.tag + " add account, sign in")

        signIn("admin", "admin-demo")
        const account = AppController.current
        check(data.tag + " home")
        navigate("settings")
        check(data.tag + " settings")
        click("signOutButton", currentPage())
        dialog("signOutDialog", data.tag + " sign-out dialog")
        click("restWebServicesLink")
        check(data.tag + " rest")
        if (!account.legacyTokensEnabled) {
            click("enableLegacyTokensButton")
            dialog("enableDialog", data.tag + " enable dialog")
            const before = account.enableState.runs
            account.enable()
            finished(account.enableState, before, "enabled")
        }
        item("legacyTokensCard")
        check(data.tag + " rest, tokens on")
        click("moreButton")
        item("resetReadOnlyItem")
        check(data.tag + " more menu")
        click("resetReadOnlyItem")
        dialog("resetDialog", data.tag + " reset dialog")

        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        check(data.tag + " overview")
        const combo = item("apiVersionCombo" + TokenKind.ReadOnly)
        if (combo.count > 1 && combo.currentIndex < combo.count - 1) {
            combo.currentIndex = combo.count - 1
            combo.activated(combo.currentIndex)
            dialog("upgradeDialog", data.tag + " upgrade dialog")
        }
        click("credentialsTabButton")
        check(data.tag + " credentials")

        // Scoped access tokens: the REST page's part, a card's menu and dialogs, the token's pages.
        openRestWebServices()
        scrollIntoView(item("scopedTokensSection"))
        check(data.tag + " scoped tokens")
        const card = item("scopedTokenCard_Reporting sync")
        click("scopedMoreButton", card)
        item("scopedDeleteItem")
        check(data.tag + " scoped menu")
        click("scopedDeleteItem")
        dialog("deleteTokenDialog", data.tag + " delete dialog")
        click("moreButton")
        click("moveToScopedItem")
        dialog("moveDialog", data.tag + " move dialog")
        mouseClick(card, 30, 20)
        compare(currentPage().pageName, "scoped")
        check(data.tag + " scoped overview")
        click("editTokenButton")
        dialog("editTokenDialog", data.tag + " edit dialog")
        click("scopedCredentialsTabButton")
        item("scopedResetButton")
        check(data.tag + " scoped credentials")
        click("scopedScopesTabButton")
        item("scopeEditor")
        check(data.tag + " scoped scopes")
        openRestWebServices()
        click("createAccessTokenButton")
        item("createNameFieldInput").text = "Accessible " + data.tag
        check(data.tag + " create, step 1")
        click("createNextButton")
        item("createContactFieldInput").text = "ops@example.com"
        check(data.tag + " create, step 2")
        click("createNextButton")
        item("createScopeEditor")
        check(data.tag + " create, step 3")
        backToTop()
        if (shell.wide)
            click("navHome")
        click("homeCheckAll")
        compare(currentPage().pageName, "checkall")
        finished(AppController.checkAllRun.state, AppController.checkAllRun.state.runs - 1, "checked all")
        check(data.tag + " check all")
        navigate("tips")
        check(data.tag + " tips")

        // A tokens-only account: Replace token, Rename and Remove.
        tryVerify(() => account.readOnly.hasSecret, netTimeout)
        account.readOnly.reveal()
        const token = account.readOnly.shownToken
        account.readOnly.hide()
        addTokensAccount("Pasted", TokenKind.ReadOnly, account.readOnly.accountSid, token)
        verify(!AppController.addAccountState.failed, AppController.addAccountState.message)
        tryVerify(() => ready(), netTimeout)
        openRestWebServices()
        check(data.tag + " rest, tokens only")
        click("moreButton")
        click("replaceReadOnlyItem")
        dialog("replaceDialog", data.tag + " replace token dialog")
        click("addScopedTokenButton")
        dialog("addScopedDialog", data.tag + " add scoped token dialog")
        navigate("settings")
        click("renameAccount_Pasted")
        dialog("renameDialog", data.tag + " rename dialog")
        click("removeAccount_Pasted")
        dialog("removeAccountDialog", data.tag + " remove dialog")
        verify(checked.length >= 16, checked.join(", "))
    }
}
