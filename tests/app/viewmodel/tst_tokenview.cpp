// SPDX-License-Identifier: MIT
// TokenView: a token's capabilities (offered, and why not) and how it gets a
// new value, for a pasted token and for a signed-in account's, with the real
// keychain and, for the signed-in account, the reference server on loopback.
#include "AccountView.h"
#include "HttpClient.h"
#include "KeyringControl.h"
#include "AppController.h"
#include "AppServices.h"
#include "ServerProcess.h"
#include "TokenView.h"
#include "ViewModelFixture.h"
#include "accounts/AccountList.h"
#include "keychain/KeychainKeys.h"
#include "keychain/SecretStore.h"

#include <QTest>

#include <memory>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString Sid = u"IR"_s + QString(32, u'A');
const QString Token = u"abcdefghijklmnopqrstuvwxyz012345"_s;
/// A keychain that takes every operation and never answers (one hung on a
/// prompt that nobody sees): a fault the real one cannot make on demand.
class UnansweredStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, QObject *, ReadDone) override { take(); }
    void write(const QString &, const Secret &, QObject *, Done) override { take(); }
    void remove(const QString &, QObject *, Done) override { take(); }
    void removeAll(QObject *, Done) override { take(); }
    void removeUnder(const QString &, QObject *, Done) override { take(); }
    [[nodiscard]] int pendingOperations() const override { return m_taken; }

private:
    void take()
    {
        ++m_taken;
        Q_EMIT pendingChanged();
    }
    int m_taken = 0;
};
} // namespace

/// The reference server with its demo data, the app's services on it, and the
/// demo administrator signed in with legacy tokens enabled.
struct DemoSignedIn
{
    ServerProcess server;
    std::unique_ptr<AppServices> services;
    AccountView *account = nullptr;

    /// False when the server did not start, or signing in or enabling failed.
    bool start()
    {
        if (!server.start({u"--demo"_s}))
            return false;
        services = std::make_unique<AppServices>(AppServices::Options{server.url(), {}});
        AppController *accounts = services->accounts();
        accounts->start();
        if (!runToEnd(accounts->signInState(),
                      [&] { accounts->signIn(server.url().toString(), u"admin"_s, u"admin-demo"_s); }))
            return false;
        account = accounts->current();
        return account && runToEnd(account->enableState(), [this] { account->enable(); });
    }

    /// The status the platform answers a call with these credentials: 200, or 401 once reset.
    [[nodiscard]] int companyInfo(const QString &sid, const QString &authToken) const
    {
        return HttpClient(server.url())
            .get(u"/Agencies/%1/CompanyInformation"_s.arg(sid), HttpClient::basic(sid, authToken))
            .status;
    }
};

class tst_TokenView : public QObject
{
    Q_OBJECT

    /// The token's Account SID and Auth Token (revealed, then hidden again).
    static std::pair<QString, QString> valueOf(TokenView *token)
    {
        token->reveal();
        std::pair<QString, QString> value{token->accountSid(), token->shownToken()};
        token->hide();
        return value;
    }

private Q_SLOTS:

    void aPastedTokenIsAddedThenReplacedNeverReset()
    {
        AppServices services({});
        // Nobody listens there: the check cannot reach the platform.
        const AccountInfo info = AccountList().create(AccountKind::TokensOnly, u"Pasted"_s, QUrl(u"http://127.0.0.1:9"_s));
        AccountView account(info, services.store(), services.client(), &services);
        TokenView *token = account.readWrite();
        QCOMPARE(token->kind(), TokenKind::ReadWrite);
        QCOMPARE(account.token(TokenKind::ReadOnly), account.readOnly());

        // Not held yet: Add is its change; copy has nothing; reset is the web app's.
        QCOMPARE(token->change(), TokenView::Change::Add);
        QCOMPARE(token->changeText(), u"Add the Read/Write token…"_s);
        QCOMPARE(token->changeState(), token->addState());
        QVERIFY(token->addState()->allowed());
        QVERIFY(!token->resetState()->offered());
        QVERIFY(token->resetState()->blockedReason().contains(u"web app"_s));
        QVERIFY(!token->upgradeState()->offered());
        QVERIFY(token->replaceState()->offered());
        QVERIFY(!token->replaceState()->allowed());
        QVERIFY(!token->copyState()->allowed());
        QVERIFY(!token->copyState()->blockedReason().isEmpty());
        QVERIFY(token->verifyState()->offered());
        // No management contract to ask and no version known: nothing to pick, nothing "newer".
        QVERIFY(!token->apiVersionKnown());
        QCOMPARE(token->upgradeVersions(), QVariantList());
        QCOMPARE(token->createdLabel(), u"Added to this device"_s);

        // Checked first: offline, so refused; then kept unchecked, as asked.
        QVERIFY(!runToEnd(token->addState(), [&] { token->add(Sid, Token); }));
        QVERIFY(token->addState()->offline());
        QVERIFY(!token->present());
        bool told = false;
        QVERIFY(runToEnd(token->addState(), [&] {
            token->add(Sid, Token, true, [&](const Outcome &o) { told = o.ok; });
        }));
        QVERIFY(told);
        QVERIFY(token->present());
        QVERIFY(token->hasSecret());
        QCOMPARE(token->accountSid(), Sid);
        // What the app cannot know is said as not known, not made up.
        QVERIFY(!token->apiVersionKnown());
        QCOMPARE(token->upgradeVersions(), QVariantList());
        QCOMPARE(token->apiVersionText(), u"Not known (chosen in the web app)"_s);
        QCOMPARE(token->lastResetText(), u"Not known (reset in the web app)"_s);
        QVERIFY(token->createdText() != u"—"_s);

        // Held: Replace is its change; Add is no more; copy works; reset still is the web app's.
        QCOMPARE(token->change(), TokenView::Change::Replace);
        QCOMPARE(token->changeText(), u"Replace token (Read/Write)…"_s);
        QCOMPARE(token->changeState(), token->replaceState());
        QVERIFY(!token->addState()->offered());
        QVERIFY(token->copyState()->allowed());
        QVERIFY(!token->resetState()->offered());
        // The other token is still to add.
        QCOMPARE(account.readOnly()->change(), TokenView::Change::Add);

        // Revealed on request, hidden on request.
        QVERIFY(!token->shownToken().contains(Token));
        token->reveal();
        QVERIFY(token->revealed());
        QCOMPARE(token->shownToken(), Token);
        token->hide();
        QVERIFY(!token->shownToken().contains(Token));

        QVERIFY(runToEnd(account.signOutState(), [&] { account.signOut(); }));
    }

    void aSignedInAccountsTokenIsResetNeverReplaced()
    {
        DemoSignedIn demo;
        QVERIFY(demo.start());
        TokenView *token = demo.account->readOnly();
        QVERIFY(token->present());

        QCOMPARE(token->change(), TokenView::Change::Reset);
        QCOMPARE(token->changeText(), u"Reset (Read-Only)"_s);
        QCOMPARE(token->changeState(), token->resetState());
        QVERIFY(token->resetState()->allowed());
        QVERIFY(token->upgradeState()->offered());
        QVERIFY(!token->replaceState()->offered());
        QVERIFY(!token->replaceState()->blockedReason().isEmpty());
        QVERIFY(!token->addState()->offered());
        QVERIFY(token->copyState()->allowed());

        // While one runs, the others wait, and say why.
        const QString before = token->accountSid();
        token->reset();
        QVERIFY(token->resetState()->busy());
        QVERIFY(!token->verifyState()->allowed());
        QVERIFY(!token->verifyState()->blockedReason().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!token->resetState()->busy(), 20000);
        QVERIFY2(!token->resetState()->failed(), qPrintable(token->resetState()->message()));
        QCOMPARE(token->accountSid(), before);
        QVERIFY(token->verifyState()->allowed());

        // Offline: saved tokens can still be copied; nothing that needs the platform can start.
        demo.server.stop();
        QVERIFY(!runToEnd(token->verifyState(), [&] { token->verify(); }));
        QVERIFY(!demo.account->online());
        QVERIFY(token->copyState()->allowed());
        QVERIFY(!token->resetState()->allowed());
        QVERIFY(token->resetState()->offered());
        QVERIFY(token->resetState()->blockedReason().contains(u"Offline"_s));
    }

    void aResetStillInFlightWhenTheWindowClosesIsSaved()
    {
        DemoSignedIn demo;
        QVERIFY(demo.start());
        TokenView *token = demo.account->readWrite();
        const auto [sid, old] = valueOf(token);
        const auto info = AccountList().lookup(demo.account->id());
        QVERIFY(info);
        const QString key = KeychainKeys::tokenKey(info->keyPart(), *AccountSid::parse(sid), TokenKind::ReadWrite);
        QCOMPARE(KeyringControl::appValue(key), old);

        // The last window closes right after Reset: main() runs the event loop only
        // in finishPending() from here. The platform's new value must not go with it.
        token->reset();
        QVERIFY(token->resetState()->busy());
        QVERIFY(demo.services->finishPending(QDeadlineTimer(20000)));
        QVERIFY(demo.services->idle());
        QVERIFY(!token->resetState()->busy());
        QVERIFY2(!token->resetState()->failed(), qPrintable(token->resetState()->message()));
        const QString saved = KeyringControl::appValue(key);
        QVERIFY(!saved.isEmpty() && saved != old);
        QCOMPARE(demo.companyInfo(sid, saved), 200);
        QCOMPARE(demo.companyInfo(sid, old), 401);

        // Nothing pending: it returns at once.
        QVERIFY(demo.services->finishPending(QDeadlineTimer(0)));
    }

    void aKeychainThatNeverAnswersIsGivenUpAtTheDeadline()
    {
        UnansweredStore unanswered;
        AppServices services({{}, {}, &unanswered});
        unanswered.write(u"some key"_s, Secret::fromClearValue(Token), &services, [](const SecretStore::Result &) {});
        QVERIFY(!services.idle());
        // Said with counts only, never what the operation carries.
        QTest::ignoreMessage(QtWarningMsg, "quitting with 1 keychain operations and 0 requests unfinished");
        QVERIFY(!services.finishPending(QDeadlineTimer(200)));
        QCOMPARE(unanswered.pendingOperations(), 1);
    }

    void aVerifyResultGoesWithTheValueAndTheOutageItSpokeOf()
    {
        DemoSignedIn demo;
        QVERIFY(demo.start());
        TokenView *token = demo.account->readWrite();
        QCOMPARE(token->createdLabel(), u"Created"_s);
        QVERIFY(token->apiVersionKnown());

        // Reset: the answer about the old value goes.
        QVERIFY(runToEnd(token->verifyState(), [&] { token->verify(); }));
        QVERIFY(token->verifyState()->message().contains(u"Passes"_s));
        QVERIFY(runToEnd(token->resetState(), [&] { token->reset(); }));
        QCOMPARE(token->verifyState()->message(), QString());
        QVERIFY(!token->verifyState()->failed());

        // Offline: the failed check goes once the platform answers again.
        const QString port = QString::number(demo.server.url().port());
        demo.server.stop();
        QVERIFY(!runToEnd(token->verifyState(), [&] { token->verify(); }));
        QVERIFY(token->verifyState()->offline());
        QVERIFY(!demo.account->online());
        QVERIFY(demo.server.start({u"--demo"_s, u"--port"_s, port}));
        QVERIFY(runToEnd(demo.account->refreshState(), [&] { demo.account->refresh(); }));
        QVERIFY(demo.account->online());
        QCOMPARE(token->verifyState()->message(), QString());
        QVERIFY(!token->verifyState()->failed());
    }

    void aResetWhileTheKeychainIsLockedIsDoneOnceAndKeptUnsaved()
    {
        DemoSignedIn demo;
        QVERIFY(demo.start());
        TokenView *token = demo.account->readWrite();
        const auto [sid, old] = valueOf(token);
        const auto companyInfo = [&](const QString &authToken) { return demo.companyInfo(sid, authToken); };
        QCOMPARE(companyInfo(old), 200);

        QCOMPARE(KeyringControl::lockDefault(), QString());
        auto unlock = qScopeGuard([] { (void)KeyringControl::unlockDefault(); });
        const int runs = token->resetState()->runs();
        // The platform resets it; the keychain cannot store the new value. The
        // reset is done (the old token fails at once), not "not reset".
        QVERIFY2(runToEnd(token->resetState(), [&] { token->reset(); }), qPrintable(token->resetState()->message()));
        QCOMPARE(token->resetState()->runs(), runs + 1);
        QVERIFY(token->unsaved());
        QVERIFY2(token->resetState()->message().contains(u"not saved on this device yet"_s),
                 qPrintable(token->resetState()->message()));
        QCOMPARE(companyInfo(old), 401);
        token->reveal();
        const QString fresh = token->shownToken();
        token->hide();
        QVERIFY(fresh != old);
        QCOMPARE(companyInfo(fresh), 200);

        // Unlocked: Retry saving stores the value shown, the one that works.
        QCOMPARE(KeyringControl::unlockDefault(), QString());
        unlock.dismiss();
        QVERIFY(runToEnd(demo.account->retrySaveState(), [&] { demo.account->retrySave(); }));
        QVERIFY(!token->unsaved());
        const QStringList entries = KeyringControl::appEntries();
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                            [&](const QString &key) { return KeyringControl::appValue(key) == fresh; }));
    }
};

QTEST_MAIN(tst_TokenView)
#include "tst_tokenview.moc"
