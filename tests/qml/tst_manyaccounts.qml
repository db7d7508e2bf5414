import QtQuick
import QtTest
import AgencyTokens

// Many accounts, at desktop and phone size: a filter by name in the sidebar
// (and the drawer) once there are more than a handful; the shown account
// always stays in the list.
ShellTestCase {
    id: testCase

    name: "ManyAccounts"

    function test_filter_data() {
        return testCase.sizes
    }

    function test_filter(data) {
        createShell(data)
        removeAllAccounts()
        signIn("admin", "admin-demo")
        const shown = AppController.current.name
        const names = ["Acme Media", "Beta Partners", "Gamma Deals", "Delta Coupons", "Acme Labs"]
        for (const name of names)
            testServer.addListedAccount(name)
        tryCompare(AppController.accounts, "length", names.length + 1, netTimeout, "the app follows the list")
        if (!shell.wide) {
            click("drawerButton")
            tryVerify(() => item("navDrawer").opened, 5000, "drawer open")
        }
        const filter = item("accountFilter")
        filter.text = "acme"
        settle()
        item("accountItem_Acme Media")
        item("accountItem_Acme Labs")
        verify(absent("accountItem_Beta Partners"))
        verify(absent("accountItem_Delta Coupons"))
        item("accountItem_" + shown) // the shown account stays
        grabImage(shell).save(testServer.screenshotDir + "/many-accounts-" + data.tag + ".png")
        filter.forceActiveFocus()
        keyClick(Qt.Key_Escape) // Esc empties it
        compare(filter.text, "")
        item("accountItem_Beta Partners")
        if (!shell.wide) {
            keyClick(Qt.Key_Escape)
            tryVerify(() => absent("navDrawer"), 5000, "drawer closed")
        }

        // Reordered in Settings: the list (sidebar, drawer, CLI) follows.
        navigateSettings()
        verify(!item("moveUpAccount_" + shown).enabled, "the first cannot move up")
        click("moveDownAccount_" + shown)
        compare(AppController.accounts[1].name, shown)
        click("moveUpAccount_Acme Labs")
        compare(AppController.accounts[names.length - 1].name, "Acme Labs")
        grabImage(shell).save(testServer.screenshotDir + "/many-accounts-settings-" + data.tag + ".png")
        removeAllAccounts()
    }
}
