import QtQuick
import QtQuick.Controls.Material
import QtTest
import AgencyTokens

// Shared by the QML tests: builds an AppShell at a phone or desktop size and
// drives it through the real controls (found by objectName).
TestCase {
    id: root

    property AppShell shell: null
    readonly property var sizes: [
        { tag: "phone", width: 390, height: 844 },
        { tag: "desktop", width: 1280, height: 800 }
    ]
    readonly property int netTimeout: 15000

    when: windowShown
    visible: true
    width: 1280
    height: 844

    Component {
        id: shellComponent
        AppShell {}
    }

    function createShell(size, theme) {
        // Popups centre in the window and the drawer spans it: make it the shell's size.
        root.Window.window.width = size.width
        root.Window.window.height = size.height
        root.width = size.width
        root.height = size.height
        shell = createTemporaryObject(shellComponent, root, {
            x: 0, y: 0, width: size.width, height: size.height,
            wide: size.width >= 720, theme: theme === undefined ? Material.Light : theme
        })
        verify(shell, "AppShell created")
        AppController.start()
        tryVerify(() => AppController.started, netTimeout, "start() finished")
        return shell
    }

    // Every object named `name` under `parent`, through items, popups and menus.
    function findAll(parent, name, out, depth) {
        if (!parent || depth > 80)
            return out
        if (parent.objectName === name)
            out.push(parent)
        const kids = parent.data !== undefined ? parent.data
                   : parent.contentData !== undefined ? parent.contentData : []
        for (let i = 0; i < kids.length; ++i)
            findAll(kids[i], name, out, depth + 1)
        return out
    }

    // The first visible object named `name`; waits for it. On failure the
    // screen is saved as failure-<name>.png next to the screenshots.
    function item(name, parent, timeout) {
        let found = null
        const lookup = () => {
            found = findAll(parent || shell, name, [], 0).find(o => o.visible) || null
            if (!found) {
                const child = findChild(parent || shell, name)
                found = child && child.visible ? child : null
            }
            return found !== null
        }
        if (!lookup()) {
            try {
                tryVerify(lookup, timeout || 5000, "visible item " + name)
            } catch (error) {
                grabImage(shell).save(testServer.screenshotDir + "/failure-" + name.replace(/[^A-Za-z0-9_-]/g, "_") + ".png")
                throw error
            }
        }
        return found
    }

    function absent(name, parent) {
        return findAll(parent || shell, name, [], 0).every(o => !o.visible)
    }

    // Every visible object under `parent`: items, the open popups, menus and
    // dialogs (with their header and footer), each once.
    function visibleObjects(parent) {
        const out = []
        const seen = new Set()
        const walk = (o, depth) => {
            if (!o || depth > 100 || seen.has(o) || o.visible === false || o.opacity === 0)
                return
            seen.add(o)
            out.push(o)
            // QML lists are not arrays: concat() would add each list as one
            // element, and the walk would stop at the shell.
            const kids = []
            for (const list of [o.children, o.contentData, o.data]) {
                for (let i = 0; list && i < list.length; ++i)
                    kids.push(list[i])
            }
            if (o.header)
                kids.push(o.header)
            if (o.footer)
                kids.push(o.footer)
            for (let i = 0; i < kids.length; ++i)
                walk(kids[i], depth + 1)
        }
        walk(parent || shell, 0)
        return out
    }

    // A control a user operates: buttons of every kind (ItemDelegate, NavItem,
    // MenuItem, TabButton), text fields and combo boxes.
    function isInteractive(o) {
        const button = typeof o.checkable === "boolean" && typeof o.autoExclusive === "boolean"
                     && o.pressed !== undefined
        // A drop-down's own text box is part of the drop-down, named by it.
        const inCombo = o.parent && o.parent.contentItem === o && o.parent.popup !== undefined
        const field = typeof o.placeholderText === "string" && o.echoMode !== undefined && !inCombo
        const combo = typeof o.displayText === "string" && o.popup !== undefined && o.currentIndex !== undefined
        return (button || field || combo) && o.width > 0 && o.height > 0
    }

    function describe(o) {
        const text = o.text !== undefined ? " \"" + o.text + "\"" : ""
        return (o.objectName.length > 0 ? o.objectName : String(o).replace(/\(0x.*$/, "")) + text
    }

    // The focus ring drawn for keyboard focus: a visible 2 px "focusRing".
    function showsFocus(o) {
        return findAll(o, "focusRing", [], 0).some(r => r.visible && r.border.width >= 2)
    }

    // Tab (or Shift+Tab) until `name` has the keyboard focus.
    function tabTo(name, backwards) {
        // Back on a page, the focus is where it was left (a page keeps its
        // focused control), shown once the keyboard moves: as a user would, move on and back.
        const already = shell.Window.activeFocusItem
        if (already && already.objectName === name && already.visible && !showsFocus(already)) {
            keyClick(Qt.Key_Tab)
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
        }
        for (let i = 0; i < 80; ++i) {
            const focused = shell.Window.activeFocusItem
            if (focused && focused.objectName === name && focused.visible)
                return focused
            if (backwards)
                keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
            else
                keyClick(Qt.Key_Tab)
        }
        grabImage(shell).save(testServer.screenshotDir + "/failure-tab-" + name + ".png")
        fail("Tab never reached " + name + "; focus is on "
             + (shell.Window.activeFocusItem ? describe(shell.Window.activeFocusItem) : "nothing"))
    }

    // Scrolls the pages (Flickables) around `target` so that it is on screen.
    // A sideways one (a tab bar whose tabs do not fit) is swiped as a user would.
    function scrollIntoView(target) {
        for (let p = target.parent; p; p = p.parent) {
            if (p.contentX !== undefined && p.flicking !== undefined && p.contentWidth > p.width + 1) {
                // A tab bar still sliding to its current tab (250 ms) would undo the swipe.
                wait(300)
                const left = target.mapToItem(p.contentItem, 0, 0).x
                if (left < p.contentX)
                    p.contentX = Math.max(0, left)
                else if (left + target.width > p.contentX + p.width)
                    p.contentX = Math.min(p.contentWidth - p.width, left + target.width - p.width)
                // A press on a moving view only stops it: click once it rests.
                tryVerify(() => !p.moving && !p.flicking, 2000, "tab bar at rest")
                wait(50)
            }
            if (p.contentY === undefined || p.flicking === undefined || p.contentHeight <= p.height)
                continue
            const top = target.mapToItem(p.contentItem, 0, 0).y - 24
            const bottom = top + target.height + 48
            if (top < p.contentY)
                p.contentY = Math.max(0, top)
            else if (bottom > p.contentY + p.height)
                p.contentY = Math.min(p.contentHeight - p.height, bottom - p.height)
        }
    }

    function click(name, parent) {
        const target = item(name, parent)
        tryVerify(() => target.enabled, netTimeout, name + " enabled")
        // A user would close the floating message before pressing what it covers.
        const bar = findAll(shell, "infoBar", [], 0)[0]
        if (bar && bar.shown)
            bar.dismiss()
        waitForLayouts() // measure only after the layouts are polished
        scrollIntoView(target)
        waitForLayouts()
        mouseClick(target)
        return target
    }

    function settle() {
        const stacks = findAll(shell, "pageStack", [], 0)
        tryVerify(() => stacks.every(s => !s.busy), 5000, "page transitions finished")
        tryVerify(() => AppController.current === null || !AppController.current.busy, netTimeout, "account idle")
        waitForLayouts()
    }

    // True while any item under `root` still waits for its polish (layouts).
    function polishPending(root) {
        if (!root.visible)
            return false
        if (isPolishScheduled(root))
            return true
        for (let i = 0; i < root.children.length; ++i) {
            if (polishPending(root.children[i]))
                return true
        }
        return false
    }

    function waitForLayouts() {
        tryVerify(() => !polishPending(root.Window.window.contentItem), 5000, "layouts polished")
    }

    function currentPage() {
        settle()
        return item("pageStack").currentItem
    }

    // Phone: Back until the top page, where the tool bar offers the menu.
    function backToTop() {
        while (!absent("backButton"))
            click("backButton")
        // A page the drawer leads to (Settings) shows ☰, not Back; the phone's
        // Back key (Esc here) still leads Home.
        for (let i = 0; i < 5 && !shell.wide && currentPage().pageName !== "home"; ++i) {
            keyClick(Qt.Key_Escape)
            settle()
        }
        settle()
    }

    // The shown account is ready: its shell is on screen.
    function ready() {
        return AppController.current !== null && !AppController.adding
            && AppController.current.phase === AccountView.Ready
    }

    // Waits until `state` has finished one more run than `before`.
    function finished(state, before, what) {
        tryVerify(() => state.runs > before && !state.busy, netTimeout, what)
    }

    // No account left: removing each wipes its keychain entries.
    function removeAllAccounts() {
        while (AppController.accounts.length > 0) {
            const before = AppController.removeState.runs
            AppController.removeAccount(AppController.accounts[0].id)
            finished(AppController.removeState, before, "account removed")
            verify(!AppController.removeState.failed, AppController.removeState.message)
        }
        tryVerify(() => AppController.adding, 5000, "the add-account page is up")
    }

    function signOutIfNeeded() {
        removeAllAccounts()
    }

    // Signs in as a new account, from the add-account page.
    function signIn(user, password) {
        if (!AppController.adding)
            AppController.beginAdding()
        click("signInTab")
        item("signInPage")
        item("userFieldInput").text = user
        const passwordInput = item("passwordFieldInput")
        passwordInput.text = password
        passwordInput.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryVerify(() => ready(), netTimeout, "signed in")
        settle()
    }

    // A tokens-only account from pasted credentials, checked against the platform.
    // `into`: the name of a tokens-only account at the server's address that the
    // token joins (the form offers it); otherwise a new account named `name`.
    function addTokensAccount(name, kind, sid, token, into) {
        if (!AppController.adding)
            AppController.beginAdding()
        click("tokensTab")
        const form = item("addTokensForm")
        // Prefilled with --server (the app was started with the test server's), not the platform's.
        compare(item("apiFieldInput").text, testServer.url())
        const existing = AppController.tokensAccountsAt(testServer.url())
        if (existing.length > 0) {
            const select = item("addToSelect")
            const names = existing.map(account => account.name)
            // The one account already here is offered first.
            compare(select.currentIndex, existing.length === 1 ? 1 : 0)
            select.currentIndex = into === undefined ? 0 : names.indexOf(into) + 1
            verify(select.currentIndex >= 0, "no account " + into + " to add to")
        } else {
            verify(absent("addToSelect"))
        }
        if (into === undefined)
            item("accountNameInputInput").text = name
        item("tokenKindSelect").currentIndex = kind
        item("sidFieldInput").text = sid
        item("tokenFieldInput").text = token
        // Masked, and shown on request to check the paste.
        const input = item("tokenFieldInput")
        compare(input.echoMode, TextInput.Password)
        click("tokenFieldReveal")
        compare(input.echoMode, TextInput.Normal)
        click("tokenFieldReveal")
        compare(input.echoMode, TextInput.Password)
        const before = AppController.addAccountState.runs
        click("addTokensButton")
        finished(AppController.addAccountState, before, "token checked")
    }

    // Menu → Settings (the sidebar, or the drawer on a phone).
    function navigateSettings() {
        if (shell.wide) {
            if (absent("navSettings"))
                click("menuButton")
            click("navSettings")
        } else {
            backToTop()
            click("drawerButton")
            tryVerify(() => item("navDrawer").opened)
            click("drawerSettings")
            tryVerify(() => absent("navDrawer"))
            // A page of the drawer: its menu button, not Back.
            item("drawerButton")
            verify(absent("backButton"))
        }
        compare(currentPage().pageName, "settings")
    }

    // Menu → Settings → Account › Technical → Platform REST Web Services.
    function openRestWebServices() {
        navigateSettings()
        item("technicalSection")
        click("restWebServicesLink")
        compare(currentPage().pageName, "rest")
    }
}
