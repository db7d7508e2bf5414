// SPDX-License-Identifier: MIT
// AccountView and AppController: the account-level rules (enable, show the
// tokens, sign in again, leave = remove or sign out) against the reference
// server on loopback and the real keychain.
#include "AccountView.h"
#include "AppController.h"
#include "AppServices.h"
#include "KeyringControl.h"
#include "ServerProcess.h"
#include "TokenView.h"
#include "ViewModelFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

class tst_AccountView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start({u"--demo"_s})); }

    void anAdministratorEnablesThenSeesTheTokens()
    {
        AppServices services({m_server.url(), {}});
        AppController *accounts = services.accounts();
        accounts->start();
        QVERIFY(accounts->adding()); // no account yet (the first test)
        QVERIFY(!accounts->signingInAgain());
        QVERIFY(runToEnd(accounts->signInState(), [&] { signIn(accounts, u"admin"_s, u"admin-demo"_s); }));
        AccountView *account = accounts->current();
        QVERIFY(account);
        QCOMPARE(account->phase(), AccountView::Ready);
        QVERIFY(!account->leavingRemoves());
        QCOMPARE(account->tokens().size(), 2);
        QCOMPARE(account->tokens().constFirst(), account->readWrite());

        // Legacy tokens off: Enable is offered; the tokens are not shown.
        QVERIFY(!account->showsTokens());
        QVERIFY(account->enableState()->offered());
        QVERIFY(account->enableState()->allowed());
        QVERIFY(account->permissionNote().isEmpty());

        QVERIFY(runToEnd(account->enableState(), [&] { account->enable(); }));
        QVERIFY(account->showsTokens());
        QVERIFY(!account->enableState()->offered());
        QVERIFY(!account->enableState()->blockedReason().isEmpty());
        QVERIFY(!account->retrySaveState()->allowed()); // every token saved
        QVERIFY(!account->hasUnsavedTokens());

        // Signed out: the next sign-in goes into this account.
        QSignalSpy again(accounts, &AppController::signingInAgainChanged);
        QVERIFY(runToEnd(account->signOutState(), [&] { accounts->leave(account); }));
        QCOMPARE(account->phase(), AccountView::SignedOut);
        QVERIFY(!again.isEmpty());
        QVERIFY(accounts->signingInAgain());
        QCOMPARE(accounts->accounts().size(), 1); // signed out, not removed
        QVERIFY(runToEnd(accounts->signInState(), [&] { signIn(accounts, u"admin"_s, u"admin-demo"_s); }));
        QCOMPARE(accounts->accounts().size(), 1);
        QCOMPARE(accounts->current(), account);
        QVERIFY(!accounts->signingInAgain());
    }

    void staffMayNotManageTokens()
    {
        AppServices services({m_server.url(), {}});
        AppController *accounts = services.accounts();
        accounts->start();
        QVERIFY(runToEnd(accounts->signInState(), [&] { signIn(accounts, u"viewer"_s, u"viewer-demo"_s); }));
        AccountView *account = accounts->current();
        QVERIFY(account);
        QVERIFY(!account->permissionNote().isEmpty());
        QVERIFY(!account->showsTokens());
        QVERIFY(!account->enableState()->offered());
        QCOMPARE(account->enableState()->blockedReason(), account->permissionNote());
        QVERIFY(!account->readWrite()->resetState()->allowed());
        QCOMPARE(account->readWrite()->resetState()->blockedReason(), account->permissionNote());
    }

    void aTokensOnlyAccountIsKeptOnceItsTokenPassesAndLeavingRemovesIt()
    {
        // The reference server answers the platform's API: its demo tokens pass.
        AppServices admin({m_server.url(), {}});
        admin.accounts()->start();
        QVERIFY(runToEnd(admin.accounts()->signInState(), [&] { signIn(admin.accounts(), u"admin"_s, u"admin-demo"_s); }));
        AccountView *signedIn = admin.accounts()->current();
        if (!signedIn->showsTokens())
            QVERIFY(runToEnd(signedIn->enableState(), [&] { signedIn->enable(); }));
        const QString sid = signedIn->readOnly()->accountSid();
        signedIn->readOnly()->reveal();
        const QString token = signedIn->readOnly()->shownToken();
        signedIn->readOnly()->hide();

        AppController *accounts = admin.accounts();
        const qsizetype before = accounts->accounts().size();
        // A wrong token: refused, nothing kept.
        QVERIFY(!runToEnd(accounts->addAccountState(), [&] {
            accounts->addTokensAccount(u"Pasted"_s, m_server.url().toString(), TokenKind::ReadOnly, sid,
                                       QString(32, u'x'));
        }));
        QCOMPARE(accounts->accounts().size(), before);

        QVERIFY(runToEnd(accounts->addAccountState(), [&] {
            accounts->addTokensAccount(u"Pasted"_s, m_server.url().toString(), TokenKind::ReadOnly, sid, token);
        }));
        QCOMPARE(accounts->accounts().size(), before + 1);
        AccountView *pasted = accounts->current();
        QCOMPARE(pasted->name(), u"Pasted"_s);
        QVERIFY(pasted->leavingRemoves());
        QVERIFY(pasted->showsTokens());
        QVERIFY(!pasted->enableState()->offered());
        QVERIFY(pasted->readOnly()->present());
        QVERIFY(!pasted->readWrite()->present());

        // The same Account SID now in two accounts: each says so, naming the other.
        QTRY_VERIFY_WITH_TIMEOUT(pasted->sharedNote().contains(signedIn->name()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(signedIn->sharedNote().contains(u"Pasted"_s), 10000);

        QVERIFY(runToEnd(accounts->removeState(), [&] { accounts->leave(pasted); }));
        QCOMPARE(accounts->accounts().size(), before);
        QVERIFY(!accounts->accounts().contains(pasted));
        // (The accounts of the tests before may hold the same tokens: only Pasted must be gone from it.)
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn->sharedNote().contains(u"Pasted"_s), 10000);
    }

    void aLockedKeychainReadsAsLockedAndIsRetried()
    {
        // Two accounts with tokens on this device: one signed in, one pasted.
        QString sid;
        QString pastedId;
        QString signedInId;
        {
            AppServices first({m_server.url(), {}});
            AppController *accounts = first.accounts();
            accounts->start();
            QVERIFY(runToEnd(accounts->signInState(), [&] { signIn(accounts, u"admin"_s, u"admin-demo"_s); }));
            AccountView *signedIn = accounts->current();
            if (!signedIn->showsTokens())
                QVERIFY(runToEnd(signedIn->enableState(), [&] { signedIn->enable(); }));
            sid = signedIn->readOnly()->accountSid();
            signedIn->readOnly()->reveal();
            const QString token = signedIn->readOnly()->shownToken();
            signedIn->readOnly()->hide();
            QVERIFY(runToEnd(accounts->addAccountState(), [&] {
                accounts->addTokensAccount(u"Locked later"_s, m_server.url().toString(), TokenKind::ReadOnly, sid, token);
            }));
            pastedId = accounts->current()->id();
            signedInId = signedIn->id();
        }

        // A later start with the keychain locked; the pasted account not opened yet.
        QCOMPARE(KeyringControl::lockDefault(), QString());
        auto unlock = qScopeGuard([] { (void)KeyringControl::unlockDefault(); });
        AppServices later({m_server.url(), {}});
        AppController *again = later.accounts();
        again->start();
        for (const QString &id : {pastedId, signedInId}) {
            again->switchTo(id);
            AccountView *account = again->current();
            QCOMPARE(account->id(), id);
            QTRY_VERIFY_WITH_TIMEOUT(!account->restoreState()->busy() && account->restoreState()->runs() > 0, 20000);
            // Locked, said as locked: not "no tokens", not "signed out", not "tokens off".
            QCOMPARE(account->keychainProblem(), SecretStore::messageFor(SecretStore::Error::Locked));
            QCOMPARE(account->keychainView(), AccountView::KeychainView::Unreadable);
            QVERIFY(!account->readOnly()->present());
        }

        // Unlocked: Try again shows each as it was, without a restart.
        QCOMPARE(KeyringControl::unlockDefault(), QString());
        unlock.dismiss();
        for (const QString &id : {signedInId, pastedId}) {
            again->switchTo(id);
            AccountView *account = again->current();
            QVERIFY(runToEnd(account->restoreState(), [&] {
                account->retryRestore();
                QCOMPARE(account->keychainView(), AccountView::KeychainView::Rereading);
            }));
            QCOMPARE(account->keychainProblem(), QString());
            QCOMPARE(account->keychainView(), AccountView::KeychainView::Readable);
            QCOMPARE(account->phase(), AccountView::Ready);
            QVERIFY(account->readOnly()->present());
            QVERIFY(account->readOnly()->hasSecret());
            QCOMPARE(account->readOnly()->accountSid(), sid);
        }
        QVERIFY(runToEnd(again->removeState(), [&] { again->leave(again->current()); }));
    }

    void anOfflineAccountComesBackByItselfAndNothingRunsWhileOnline()
    {
        // A server of its own: this test stops it.
        ServerProcess server;
        QVERIFY(server.start({u"--demo"_s}));
        AppServices services({server.url(), {}});
        AppController *accounts = services.accounts();
        accounts->start();
        QVERIFY(runToEnd(accounts->signInState(), [&] { accounts->signIn(server.url().toString(), u"admin"_s, u"admin-demo"_s); }));
        AccountView *account = accounts->current();
        QVERIFY(account->online());
        QVERIFY(!account->reconnectScheduled());

        // The server goes away: offline, and a retry is scheduled.
        server.stop();
        QVERIFY(runToEnd(account->refreshState(), [&] { account->refresh(); }));
        QVERIFY(!account->online());
        QVERIFY(account->reconnectScheduled());
        // It stays away past the first attempt (2 s): the next one is further off.
        QTRY_VERIFY_WITH_TIMEOUT(account->reconnectAttempts() >= 1 && account->reconnectScheduled(), 10000);
        QVERIFY(!account->online());

        // Back on the same port: online by itself, without Retry.
        const QString port = QString::number(QUrl(account->address()).port());
        QVERIFY(server.start({u"--demo"_s, u"--port"_s, port}));
        const int refreshes = account->refreshState()->runs();
        QTRY_VERIFY_WITH_TIMEOUT(account->online(), 15000);
        QCOMPARE(account->refreshState()->runs(), refreshes);
        QVERIFY(!account->reconnectScheduled());

        // Online: no timer, no attempt, no request.
        const int attempts = account->reconnectAttempts();
        QTRY_VERIFY_WITH_TIMEOUT(services.idle(), 10000);
        QTest::qWait(5000);
        QCOMPARE(account->reconnectAttempts(), attempts);
        QVERIFY(!account->reconnectScheduled());
        QVERIFY(services.idle());
        QVERIFY(runToEnd(accounts->removeState(), [&] { accounts->removeAccount(account->id()); }));
    }

    void aLockedKeychainIsSaidOnceWhileTheTokensAreInMemory()
    {
        AppServices services({m_server.url(), {}});
        AppController *accounts = services.accounts();
        accounts->start();
        QVERIFY(runToEnd(accounts->signInState(), [&] { signIn(accounts, u"admin"_s, u"admin-demo"_s); }));
        AccountView *account = accounts->current();
        if (!account->showsTokens())
            QVERIFY(runToEnd(account->enableState(), [&] { account->enable(); }));
        TokenView *token = account->readOnly();
        QTRY_VERIFY_WITH_TIMEOUT(token->hasSecret() && !token->unsaved() && services.idle(), 20000);
        QCOMPARE(account->keychainLockedNote(), QString());

        // Locked with gnome-keyring's own call: the Secret Service says so, no keychain operation asks.
        QCOMPARE(KeyringControl::lockDefault(), QString());
        auto unlock = qScopeGuard([] { (void)KeyringControl::unlockDefault(); });
        QTRY_VERIFY_WITH_TIMEOUT(!account->keychainLockedNote().isEmpty(), 10000);
        QVERIFY2(account->keychainLockedNote().contains(u"locked"_s), qPrintable(account->keychainLockedNote()));
        // Reveal still works, from memory.
        const QString masked = token->shownToken();
        token->reveal();
        QVERIFY(token->revealed());
        QVERIFY(token->shownToken() != masked);
        token->hide();

        // Unlocked: the note goes.
        QCOMPARE(KeyringControl::unlockDefault(), QString());
        unlock.dismiss();
        QTRY_VERIFY_WITH_TIMEOUT(account->keychainLockedNote().isEmpty(), 10000);
        QVERIFY(runToEnd(accounts->removeState(), [&] { accounts->removeAccount(account->id()); }));
    }

private:
    void signIn(AppController *accounts, const QString &user, const QString &password)
    {
        accounts->signIn(m_server.url().toString(), user, password);
    }

    ServerProcess m_server;
};

QTEST_MAIN(tst_AccountView)
#include "tst_accountview.moc"
