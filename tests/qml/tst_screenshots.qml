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

    function cleanup() {
        AppServices.clipboard.clearNow()
    }

    function shot(data, page) {
        settle()
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
}
