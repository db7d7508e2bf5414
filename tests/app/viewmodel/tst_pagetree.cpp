// SPDX-License-Identifier: MIT
// PageTree: the one page hierarchy the page stack, the sidebar and the drawer read.
#include "PageTree.h"

#include <QTest>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

class tst_PageTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parents()
    {
        QCOMPARE(PageTree::parentOf(u"home"_s), QString());
        QCOMPARE(PageTree::parentOf(u"settings"_s), QString());
        QCOMPARE(PageTree::parentOf(u"rest"_s), u"settings"_s);
        QCOMPARE(PageTree::parentOf(u"details"_s), u"rest"_s);
        QCOMPARE(PageTree::parentOf(u"tips"_s), u"settings"_s);
        QCOMPARE(PageTree::parentOf(u"scoped"_s), u"rest"_s);
        QCOMPARE(PageTree::parentOf(u"create"_s), u"rest"_s);
        QCOMPARE(PageTree::parentOf(u"checkall"_s), u"home"_s);
        QCOMPARE(PageTree::parentOf(u"nowhere"_s), QString());
    }

    void pathsRunFromTheTop()
    {
        QCOMPARE(PageTree::pathTo(u"details"_s), (QStringList{u"settings"_s, u"rest"_s, u"details"_s}));
        QCOMPARE(PageTree::pathTo(u"tips"_s), (QStringList{u"settings"_s, u"tips"_s}));
        QCOMPARE(PageTree::pathTo(u"home"_s), QStringList{u"home"_s});
        QVERIFY(PageTree::pathTo(u"nowhere"_s).isEmpty());
        // Every page's path ends at it and starts at a top-level page.
        for (const QString &page : PageTree::pages()) {
            const QStringList path = PageTree::pathTo(page);
            QCOMPARE(path.constLast(), page);
            QCOMPARE(PageTree::parentOf(path.constFirst()), QString());
        }
    }

    void within()
    {
        QVERIFY(PageTree::isWithin(u"details"_s, u"settings"_s));
        QVERIFY(PageTree::isWithin(u"details"_s, u"details"_s));
        QVERIFY(PageTree::isWithin(u"tips"_s, u"settings"_s));
        QVERIFY(!PageTree::isWithin(u"home"_s, u"settings"_s));
        QVERIFY(!PageTree::isWithin(u"rest"_s, u"details"_s));
        QVERIFY(!PageTree::isWithin(u"rest"_s, QString()));
    }

    void theNearestEntryShowsWhereTheUserIs()
    {
        // The sidebar lists Platform REST Web Services; the drawer does not.
        const QStringList sidebar{u"home"_s, u"settings"_s, u"rest"_s, u"tips"_s};
        const QStringList drawer{u"home"_s, u"settings"_s, u"tips"_s};
        QCOMPARE(PageTree::nearestOf(u"details"_s, sidebar), u"rest"_s);
        QCOMPARE(PageTree::nearestOf(u"details"_s, drawer), u"settings"_s);
        QCOMPARE(PageTree::nearestOf(u"tips"_s, sidebar), u"tips"_s);
        QCOMPARE(PageTree::nearestOf(u"tips"_s, drawer), u"tips"_s);
        QCOMPARE(PageTree::nearestOf(u"settings"_s, drawer), u"settings"_s);
        QCOMPARE(PageTree::nearestOf(u"home"_s, drawer), u"home"_s);
        QCOMPARE(PageTree::nearestOf(u"nowhere"_s, drawer), QString());
        // A scoped token's pages and Create Access Token lie under the REST page; Check all under Home.
        QCOMPARE(PageTree::nearestOf(u"scoped"_s, sidebar), u"rest"_s);
        QCOMPARE(PageTree::nearestOf(u"create"_s, drawer), u"settings"_s);
        QCOMPARE(PageTree::nearestOf(u"checkall"_s, sidebar), u"home"_s);
    }
};

QTEST_GUILESS_MAIN(tst_PageTree)
#include "tst_pagetree.moc"
