pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import AgencyTokens

// The page stack both shells share. open(name) shows a page with its parents
// below it (Settings › Platform REST Web Services › Legacy Account Tokens),
// reusing the pages already on the stack, so Back always goes one level up.
QQC2.StackView {
    id: root

    /// Kept at the bottom of the stack (the phone's home page); "" for none.
    property string rootName
    // Which page lies under which: PageTree.
    readonly property var components: ({ home: homePage, settings: settingsPage, tips: tipsPage,
                                         rest: restPage, details: detailsPage, scoped: scopedPage,
                                         create: createPage, checkall: checkAllPage,
                                         activity: activityPage })
    readonly property ScrollPage page: currentItem as ScrollPage
    readonly property string currentName: page ? page.pageName : ""
    /// Breadcrumbs of the whole stack: [{text, depth, section}], depth = index to
    /// pop to. A crumb given as {text, section} names a section of the page below.
    readonly property var trail: {
        const result = []
        for (let i = 0; i < depth; ++i) {
            const item = get(i, QQC2.StackView.DontLoad) as ScrollPage
            if (item)
                item.crumbs.forEach(crumb => result.push(typeof crumb === "string"
                                                         ? { text: crumb, depth: i, section: "" }
                                                         : { text: crumb.text, depth: Math.max(0, i - 1),
                                                             section: crumb.section }))
        }
        return result
    }

    function pageAt(index: int): ScrollPage {
        return get(index, QQC2.StackView.DontLoad) as ScrollPage
    }

    /// Opens a page, or one of its tabs as "page#tab" ("details#integrations").
    function open(target: string) {
        const [name, tab] = target.split("#")
        openPage(name)
        const shown = root.page as QtObject
        if (tab && shown && typeof shown.openTab === "function")
            shown.openTab(tab)
    }

    function openPage(name: string) {
        const wanted = Array.from(PageTree.pathTo(name))
        if (rootName.length > 0 && wanted[0] !== rootName)
            wanted.unshift(rootName)
        let keep = 0
        while (keep < depth && keep < wanted.length && pageAt(keep).pageName === wanted[keep])
            ++keep
        if (keep === wanted.length && keep === depth)
            return
        if (keep === 0)
            clear()
        else if (keep < depth)
            pop(get(keep - 1), keep === wanted.length ? QQC2.StackView.PopTransition : QQC2.StackView.Immediate)
        for (let i = keep; i < wanted.length; ++i) {
            const last = i === wanted.length - 1
            const item = push(components[wanted[i]], {}, last && keep > 0 ? QQC2.StackView.PushTransition
                                                                          : QQC2.StackView.Immediate) as ScrollPage
            item.openPage.connect(root.open)
        }
    }

    function back() {
        if (depth > 1)
            pop()
    }

    function popTo(index: int) {
        if (index < depth - 1)
            pop(get(index))
    }

    /// Back to the page at `index`, scrolled to its `section` ("" for its top).
    function showSection(index: int, section: string) {
        popTo(index)
        const page = pageAt(index)
        if (page && section.length > 0)
            page.showSection(section)
    }

    Component {
        id: homePage
        HomePage {}
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
    Component {
        id: tipsPage
        SecurityTipsPage {}
    }
    Component {
        id: restPage
        RestWebServicesPage {}
    }
    Component {
        id: detailsPage
        TokenDetailsPage {}
    }
    Component {
        id: scopedPage
        ScopedTokenPage {}
    }
    Component {
        id: createPage
        CreateTokenPage {}
    }
    Component {
        id: checkAllPage
        CheckAllPage {}
    }
    Component {
        id: activityPage
        ActivityPage {}
    }
}
