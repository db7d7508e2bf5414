// SPDX-License-Identifier: MIT
// AppController::checkAll() and its CheckAllRun against the real reference
// server on loopback and the real keychain: every token this device holds, of
// every account (legacy and scoped, signed in and tokens only), checked with
// exactly one request each (counted in the server's access log), each with its
// result: passes, refused (reset behind the app's back), not permitted (403),
// rate limited (429) and no answer (the server gone).
#include "AccountView.h"
#include "AppController.h"
#include "AppServices.h"
#include "CheckAllRun.h"
#include "HttpClient.h"
#include "ServerProcess.h"
#include "StoreWaiter.h"
#include "TokenView.h"
#include "ViewModelFixture.h"
#include "accounts/AccountList.h"
#include "keychain/KeychainStore.h"

#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
constexpr int Wait = 20000;

QString clearValue(TokenView *token)
{
    token->reveal();
    const QString value = token->shownToken();
    token->hide();
    return value;
}

using Result = CheckAllRun::Result;
using Expected = QList<std::tuple<QString, QString, Result>>;

Expected rowsOf(const CheckAllRun *run)
{
    Expected out;
    for (const CheckAllRun::Row &row : run->rows())
        out.append({row.accountName, row.tokenTitle, row.result});
    return out;
}
} // namespace

class tst_CheckAllRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        AccountList list;
        for (const AccountInfo &info : list.accounts())
            list.remove(info.id);
        KeychainStore store;
        QVERIFY(StoreWaiter::removeAll(store)->ok());
    }

    void everyHeldTokenOnceWithItsResult()
    {
        ServerProcess server;
        QVERIFY(server.start());
        {
            AppServices services({server.url(), {}});
            AppController *accounts = services.accounts();
            accounts->start();
            QVERIFY(runToEnd(accounts->signInState(),
                             [&] { accounts->signIn(server.url().toString(), u"admin"_s, u"admin-demo"_s); }));
            AccountView *account = accounts->current();
            QVERIFY(account->offersCreate());
            QVERIFY(runToEnd(account->enableState(), [&] { account->enable(); }));
            QTRY_VERIFY_WITH_TIMEOUT(account->readWrite()->hasSecret() && account->readOnly()->hasSecret(), Wait);
            // One scoped token that may read company information, one that may not.
            const auto create = [&](const QString &name, const QString &scope) {
                return runToEnd(account->createState(), [&] {
                    account->createAccessToken(name, {}, 0, u"ops@example.com"_s, {}, {scope});
                });
            };
            QVERIFY(create(u"Company reader"_s, u"account.companyInformation.read"_s));
            QVERIFY(create(u"Reports only"_s, u"reports.list"_s));
            QVERIFY(account->scopedToken(u"Reports only"_s)->hasSecret());
            // The Read/Write token pasted into a tokens-only account too.
            QVERIFY(runToEnd(accounts->addAccountState(), [&] {
                accounts->addTokensAccount(u"Pasted"_s, server.url().toString(), TokenKind::ReadWrite,
                                           account->readWrite()->accountSid(), clearValue(account->readWrite()));
            }));
            QCOMPARE(accounts->current()->name(), u"Pasted"_s);
        }

        // Behind the app's back: the Read-Only token is reset on the platform.
        HttpClient platform(server.url());
        const QString session = platform.signIn();
        QVERIFY(!session.isEmpty());
        QCOMPARE(platform.post(u"/api/v1/legacy-tokens/readOnly/reset"_s, {}, HttpClient::bearer(session)).status, 200);

        // The next start shows Pasted; the signed-in account's keychain is read by the check itself.
        AppServices services({server.url(), {}});
        AppController *accounts = services.accounts();
        accounts->start();
        QCOMPARE(accounts->accounts().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(accounts->current()->isRestored(), Wait);
        AccountView *signedIn = accounts->accounts().constFirst();
        QVERIFY(!signedIn->isRestored());
        QTest::qWait(200); // the start's own requests (the shown account's refresh) are in the log
        const int before = server.platformRequests();

        CheckAllRun *run = accounts->checkAllRun();
        QVERIFY(runToEnd(run->state(), [&] { accounts->checkAll(); }));
        const QString name = signedIn->name();
        // The demo's own scoped tokens are listed, but their values are not on this device: not checked.
        QCOMPARE(rowsOf(run), (Expected{{name, u"Read/Write"_s, Result::Ok},
                                        {name, u"Read-Only"_s, Result::Refused},
                                        {name, u"Company reader"_s, Result::Ok},
                                        {name, u"Reports only"_s, Result::NotPermitted},
                                        {u"Pasted"_s, u"Read/Write"_s, Result::Ok}}));
        QCOMPARE(run->total(), 5);
        QCOMPARE(run->checked(), 5);
        // One request each, no more (no refresh, no session call on the platform's API).
        QTRY_COMPARE_WITH_TIMEOUT(server.platformRequests() - before, 5, Wait);
        QTest::qWait(300);
        QCOMPARE(server.platformRequests() - before, 5);
        // Each row says it in words; QML gets the same rows.
        for (const CheckAllRun::Row &row : run->rows())
            QVERIFY2(!row.sentence.isEmpty(), qPrintable(row.tokenTitle));
        QVERIFY(run->rows().at(1).sentence.contains(u"reset"_s));
        QVERIFY(run->rows().at(0).sentence.contains(u"Demo Agency"_s));
        QCOMPARE(run->resultRows().size(), 5);
        QCOMPARE(run->resultRows().at(3).toMap().value(u"result"_s).toInt(), int(Result::NotPermitted));
        QVERIFY(run->state()->message().contains(u"Tokens checked: 5"_s));
        QVERIFY(!run->finishedText().isEmpty());
        // The 403 is kept with the token: its card says it.
        QTRY_VERIFY_WITH_TIMEOUT(signedIn->scopedToken(u"Reports only"_s)
                                     && !signedIn->scopedToken(u"Reports only"_s)->checkNote().isEmpty(), Wait);
    }

    void rateLimitedThenNoAnswer()
    {
        ServerProcess server;
        // One request an hour per Account SID: the paste's own check uses it.
        QVERIFY(server.start({u"--demo"_s, u"--rate-limit"_s, u"1"_s}));
        HttpClient platform(server.url());
        const QString session = platform.signInAndEnable();
        QVERIFY(!session.isEmpty());
        const QJsonObject readWrite = platform.legacyTokens(session).at(0).toObject();

        AppServices services({server.url(), {}});
        AppController *accounts = services.accounts();
        accounts->start();
        QVERIFY(runToEnd(accounts->addAccountState(), [&] {
            accounts->addTokensAccount(u"Limited"_s, server.url().toString(), TokenKind::ReadWrite,
                                       readWrite.value(u"accountSid"_s).toString(),
                                       readWrite.value(u"authToken"_s).toString());
        }));
        CheckAllRun *run = accounts->checkAllRun();
        const int before = server.platformRequests();
        QVERIFY(runToEnd(run->state(), [&] { accounts->checkAll(); }));
        QCOMPARE(rowsOf(run), (Expected{{u"Limited"_s, u"Read/Write"_s, Result::RateLimited}}));
        QVERIFY(run->rows().constFirst().sentence.contains(u"min"_s));
        QTRY_COMPARE_WITH_TIMEOUT(server.platformRequests() - before, 1, Wait);

        server.stop();
        QVERIFY(runToEnd(run->state(), [&] { accounts->checkAll(); }));
        QCOMPARE(rowsOf(run), (Expected{{u"Limited"_s, u"Read/Write"_s, Result::Network}}));
        QVERIFY(!run->rows().constFirst().sentence.isEmpty());
        QVERIFY(run->state()->message().contains(u"Did not pass or got no answer: 1"_s));
    }

    void nothingHeldNothingSent()
    {
        AppServices services({});
        AppController *accounts = services.accounts();
        accounts->start();
        CheckAllRun *run = accounts->checkAllRun();
        QVERIFY(runToEnd(run->state(), [&] { accounts->checkAll(); }));
        QCOMPARE(run->total(), 0);
        QVERIFY(run->rows().isEmpty());
        QVERIFY(!run->state()->message().isEmpty());
    }

    void cleanupTestCase() { init(); }
};

QTEST_MAIN(tst_CheckAllRun)
#include "tst_checkallrun.moc"
