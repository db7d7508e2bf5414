// SPDX-License-Identifier: MIT
// UsageView (issue 22): a token's integrations, the checklist a reset makes of
// them (surviving a restart), the reset's warning, rotation, the activity it
// shows, and what another process writes to the shared store, against the
// reference server on loopback and the real keychain.
#include "AccountView.h"
#include "AppController.h"
#include "AppServices.h"
#include "ServerProcess.h"
#include "TokenView.h"
#include "UsageOverview.h"
#include "UsageView.h"
#include "ViewModelFixture.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
QStringList actions(const QVariantList &rows)
{
    QStringList out;
    for (const QVariant &row : rows)
        out.append(row.toMap().value(u"action"_s).toString());
    return out;
}

QString idOf(const UsageView *usage, const QString &name)
{
    for (const QVariant &row : usage->integrations()) {
        if (row.toMap().value(u"name"_s).toString() == name)
            return row.toMap().value(u"id"_s).toString();
    }
    return {};
}
} // namespace

class tst_UsageView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start({u"--demo"_s})); }

    void aResetMakesAChecklistThatSurvivesARestart()
    {
        QString accountId;
        {
            AppServices services({m_server.url(), {}});
            AppController *app = services.accounts();
            app->start();
            QVERIFY(runToEnd(app->signInState(),
                             [&] { app->signIn(m_server.url().toString(), u"admin"_s, u"admin-demo"_s); }));
            AccountView *account = app->current();
            QVERIFY(runToEnd(account->enableState(), [&] { account->enable(); }));
            accountId = account->id();
            TokenView *token = account->readWrite();
            UsageView *usage = token->usage();
            QCOMPARE(usage->count(), 0);
            QVERIFY(usage->breaksText().isEmpty());

            QVERIFY(usage->addIntegration(u"Warehouse sync"_s, u"Dana"_s, u"nightly"_s, {u"Reports"_s}));
            QVERIFY(usage->addIntegration(u"Dashboard"_s, u"Lee"_s, {}, {u"Account"_s, u"Reports"_s}));
            QVERIFY(usage->addIntegration(u"CRM"_s, {}, {}, {}));
            QVERIFY(!usage->addIntegration(u"crm"_s, {}, {}, {})); // names are unique per token
            QVERIFY(usage->problem().contains(u"crm"_s, Qt::CaseInsensitive));
            QVERIFY(!usage->addIntegration(u"  "_s, {}, {}, {}));
            QCOMPARE(usage->count(), 3);
            QCOMPARE(usage->pendingCount(), 0);
            QVERIFY(usage->checklistText().isEmpty());
            QVERIFY(usage->breaksText().contains(u"Warehouse sync"_s));
            QVERIFY(usage->breaksText().contains(u"Dashboard"_s));
            QVERIFY(usage->removeIntegration(idOf(usage, u"CRM"_s)));
            QCOMPARE(usage->count(), 2);

            // Moving to scoped tokens: one per integration, with the scopes of the categories it calls.
            const QVariantList moves = account->moveSuggestions(TokenKind::ReadWrite);
            QCOMPARE(moves.size(), 2);
            const QVariantMap warehouse = moves.at(0).toMap();
            QCOMPARE(warehouse.value(u"name"_s).toString(), u"Warehouse sync"_s);
            const QStringList scopes = warehouse.value(u"scopes"_s).toStringList();
            QVERIFY(scopes.contains(u"reports.list"_s));
            QVERIFY(std::all_of(scopes.cbegin(), scopes.cend(), [](const QString &s) { return s.startsWith(u"reports."_s); }));
            QVERIFY(moves.at(1).toMap().value(u"scopes"_s).toStringList().contains(u"account.companyInformation.read"_s));

            // The reset: both integrations hold the old value now.
            QVERIFY(runToEnd(token->resetState(), [&] { token->reset(); }));
            QCOMPARE(usage->pendingCount(), 2);
            QCOMPARE(usage->checklistText(), u"2 of 2 integrations still have the old token"_s);

            // Copy for one, tick it.
            usage->copyFor(idOf(usage, u"Dashboard"_s));
            QCOMPARE(QGuiApplication::clipboard()->text().size(), 32);
            QVERIFY(usage->markUpdated(idOf(usage, u"Dashboard"_s)));
            QCOMPARE(usage->pendingCount(), 1);
            QCOMPARE(usage->checklistText(), u"1 of 2 integrations still have the old token"_s);

            const QStringList logged = actions(usage->activity());
            QCOMPARE(logged.mid(0, 3), (QStringList{u"updated"_s, u"copy"_s, u"reset"_s}));
            QCOMPARE(usage->activity().at(1).toMap().value(u"actionText"_s).toString(),
                     u"Copied for “Dashboard”"_s);
        }
        // A restart: the checklist is where it was.
        {
            AppServices services({m_server.url(), {}});
            AppController *app = services.accounts();
            app->start();
            AccountView *account = app->current();
            QVERIFY(account);
            QCOMPARE(account->id(), accountId);
            UsageView *usage = account->readWrite()->usage();
            QCOMPARE(usage->pendingCount(), 1);
            QCOMPARE(usage->count(), 2);

            // Another process (the CLI) ticks the other row: seen here without a poll.
            const QString warehouse = idOf(usage, u"Warehouse sync"_s);
            QVERIFY(UsageStore()
                        .update(accountId, u"readWrite"_s,
                                [&](TokenUsage &u) {
                                    for (Integration &each : u.integrations)
                                        each.pending = false;
                                })
                        .ok);
            QTRY_COMPARE_WITH_TIMEOUT(usage->pendingCount(), 0, 10000);
            QVERIFY(usage->checklistText().isEmpty());
            QVERIFY(!warehouse.isEmpty());
        }
    }

    void rotationSaysWhenATokenIsDue()
    {
        AppServices services({m_server.url(), {}});
        AppController *app = services.accounts();
        app->start();
        AccountView *account = app->current();
        QVERIFY(account);
        QTRY_COMPARE_WITH_TIMEOUT(account->phase(), AccountView::Ready, 20000);
        UsageView *usage = account->readOnly()->usage();
        QVERIFY(usage->setRotateEveryDays(90));
        QCOMPARE(usage->rotateEveryDays(), 90);
        QVERIFY(!usage->due());
        QVERIFY(usage->ageDays() >= 0);
        QVERIFY(UsageStore()
                    .update(account->id(), u"readOnly"_s,
                            [](TokenUsage &u) { u.since = QDateTime::currentDateTimeUtc().addDays(-120); })
                    .ok);
        QTRY_VERIFY_WITH_TIMEOUT(usage->due(), 10000);
        QCOMPARE(usage->ageDays(), 120);
        QVERIFY(usage->ageText().startsWith(u"Due for rotation"_s));

        // Home: the due token, the most overdue first; an open checklist.
        UsageOverview overview(app);
        QCOMPARE(overview.dueCount(), 1);
        QCOMPARE(overview.dueTokens().constFirst().toMap().value(u"token"_s).toString(), u"Read-Only"_s);
        QVERIFY(UsageStore()
                    .update(account->id(), u"readWrite"_s,
                            [](TokenUsage &u) {
                                u.rotateEveryDays = 30;
                                u.since = QDateTime::currentDateTimeUtc().addDays(-200);
                                u.startChecklist(QDateTime::currentDateTimeUtc().addDays(-200));
                            })
                    .ok);
        QTRY_COMPARE_WITH_TIMEOUT(overview.dueCount(), 2, 10000);
        QCOMPARE(overview.dueTokens().constFirst().toMap().value(u"token"_s).toString(), u"Read/Write"_s);
        QCOMPARE(overview.openChecklists(), 1);
        QCOMPARE(overview.checklists().constFirst().toMap().value(u"checklistText"_s).toString(),
                 u"2 of 2 integrations still have the old token"_s);
        QVERIFY(actions(overview.activity()).contains(u"reset"_s));
        QVERIFY(UsageStore().update(account->id(), u"readWrite"_s, [](TokenUsage &u) { u.rotateEveryDays = 0; }).ok);
        QTRY_COMPARE_WITH_TIMEOUT(overview.dueCount(), 1, 10000);
        QVERIFY(usage->setRotateEveryDays(0));
        QVERIFY(!usage->due());
        QCOMPARE(usage->ageText(), u"120 days old"_s);
    }

private:
    ServerProcess m_server;
};

QTEST_MAIN(tst_UsageView)
#include "tst_usageview.moc"
