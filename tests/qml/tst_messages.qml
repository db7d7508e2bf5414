import QtQuick
import QtTest
import AgencyTokens

// Issue 24 item 12: the message bar (InfoBar) never covers what the user acts
// on (the REST card's token rows, the Copy as… buttons, the clipboard bar),
// at phone and desktop size, wherever the page is scrolled.
ShellTestCase {
    id: testCase

    name: "Messages"

    function cleanup() {
        AppServices.clipboard.clearNow()
    }

    function rect(o) {
        return o.mapToItem(null, 0, 0, o.width, o.height)
    }

    function intersection(r, s) {
        const x = Math.max(r.x, s.x), y = Math.max(r.y, s.y)
        return Qt.rect(x, y, Math.max(0, Math.min(r.x + r.width, s.x + s.width) - x),
                       Math.max(0, Math.min(r.y + r.height, s.y + s.height) - y))
    }

    // The part of `o` on screen: within every clipping ancestor (the page's Flickable).
    function shownRect(o) {
        let r = rect(o)
        for (let p = o.parent; p; p = p.parent) {
            if (p.clip)
                r = intersection(r, rect(p))
        }
        return r
    }

    function shownBar() {
        const shown = () => findAll(shell, "infoBar", [], 0).filter(o => o.visible && o.shown)
        tryVerify(() => shown().length === 1, 2000, "one message bar on screen")
        return shown()[0]
    }

    // Scrolls `target` to the bottom edge of its page, where a bar at the
    // bottom would cover it, then checks the bar does not.
    function verifyUncovered(target) {
        for (let p = target.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.flicking !== undefined) {
                const bottom = target.mapToItem(p.contentItem, 0, target.height).y
                p.contentY = Math.max(0, Math.min(p.contentHeight - p.height, bottom - p.height))
                break
            }
        }
        waitForLayouts()
        const bar = shownBar()
        tryVerify(() => bar.opacity === 1, 2000, "bar shown")
        const covered = intersection(rect(bar), shownRect(target))
        verify(covered.width < 1 || covered.height < 1,
               describe(target) + " covered by the message bar (" + Math.round(covered.width) + "×"
               + Math.round(covered.height) + " px)")
    }

    function longMessage() {
        shell.showInfo("success", "Read-Only token: API version upgraded",
                       "Requests without an IR-Version header now use the new version.")
    }

    function test_placement_data() {
        return sizes
    }

    function test_placement(data) {
        createShell(data)
        signOutIfNeeded()
        signIn("admin", "admin-demo")
        const account = AppController.current
        if (!account.legacyTokensEnabled) {
            const before = account.enableState.runs
            account.enable()
            finished(account.enableState, before, "enabled")
        }
        tryVerify(() => account.readOnly.hasSecret, netTimeout)
        openRestWebServices()
        item("legacyTokensCard")
        // A real message where one is due (the first run upgrades), the same words otherwise.
        const versions = account.readOnly.upgradeVersions
        if (account.readOnly.upgradeState.allowed && versions.length > 1) {
            const before = account.readOnly.upgradeState.runs
            account.readOnly.upgrade(versions[versions.length - 1])
            finished(account.readOnly.upgradeState, before, "upgraded")
        } else {
            longMessage()
        }
        for (const kind of [TokenKind.ReadWrite, TokenKind.ReadOnly])
            verifyUncovered(item("tokenSummary" + kind))
        // Nothing of the page's area: the bar takes its own place.
        const page = item("pageStack")
        const overPage = intersection(rect(shownBar()), rect(page))
        verify(overPage.width < 1 || overPage.height < 1, "the message bar lies over the page")
        grabImage(shell).save(testServer.screenshotDir + "/messages-rest-" + data.tag + ".png")
        shownBar().dismiss()

        // The Credentials tab after a copy: the Copy as… buttons and the clipboard bar stay clear.
        mouseClick(item("legacyTokensCard"), 40, 20)
        compare(currentPage().pageName, "details")
        click("credentialsTabButton")
        click("copyButton", item("accountSidRow", item("tokenCredentials" + TokenKind.ReadWrite)))
        item("clipboardBar")
        longMessage()
        for (const name of ["copyCurlButton", "copyEnvButton", "verifyButton"]) {
            const buttons = findAll(shell, name, [], 0).filter(o => o.visible)
            compare(buttons.length, 2, name + " of both tokens")
            for (const button of buttons)
                verifyUncovered(button)
        }
        verifyUncovered(item("clipboardBar"))
        const overCredentials = intersection(rect(shownBar()), rect(page))
        verify(overCredentials.width < 1 || overCredentials.height < 1, "the message bar lies over the page")
        grabImage(shell).save(testServer.screenshotDir + "/messages-credentials-" + data.tag + ".png")
    }
}
