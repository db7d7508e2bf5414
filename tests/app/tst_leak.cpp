// SPDX-License-Identifier: MIT
// No secret left behind: the whole flow (sign in, enable, reveal, copy,
// reset; a tokens-only account with pasted tokens, Replace token, remove;
// sign out) through the app's own view model, with debug logging on
// for every category, against the real server and the real keychain. Then
// every file under the throwaway HOME (the keyring's encrypted store aside)
// and everything the app and the server printed is searched for each secret.
#include "AppController.h"
#include "AppServices.h"
#include "KeyringControl.h"
#include "ServerProcess.h"
#include "StoreWaiter.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"
#include "usage/UsageStore.h"

#include <QClipboard>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
QMutex g_lock;
QByteArray g_printed;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker locker(&g_lock);
    g_printed += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

/// Runs `action` and waits until `state` has finished one more run; true when it succeeded.
bool run(ActionState *state, const std::function<void()> &action)
{
    const int before = state->runs();
    action();
    if (!QTest::qWaitFor([&] { return state->runs() > before; }, 20000)) {
        qWarning("gave up waiting for an action");
        return false;
    }
    if (state->failed())
        qWarning() << "action failed:" << state->message();
    return !state->failed();
}
} // namespace

class TestLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeFlowLeavesNoSecretBehind()
    {
        const QString home = QDir::homePath();
        QVERIFY2(home.startsWith(QDir::tempPath()), "run through scripts/test: HOME must be a throwaway folder");
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        qInstallMessageHandler(capture);

        ServerProcess server;
        QVERIFY(server.start());
        QStringList secrets{u"admin-demo"_s};

        {
            AppServices services({server.url(), {}});
            AppController &app = *services.accounts();
            app.start();
            QVERIFY(app.started());
            QVERIFY(run(app.signInState(), [&] { app.signIn(server.url().toString(), u"admin"_s, u"admin-demo"_s); }));
            AccountView *account = app.current();
            QVERIFY(account);
            QVERIFY(run(account->enableState(), [&] { account->enable(); }));

            for (TokenView *token : {account->readWrite(), account->readOnly()}) {
                token->reveal();
                QCOMPARE(token->shownToken().size(), 32);
                secrets << token->shownToken();
                token->hide();
            }
            account->readWrite()->copyToken();
            QCOMPARE(QGuiApplication::clipboard()->text(), secrets.at(1));
            account->readOnly()->copyAsCurl();
            QVERIFY(QGuiApplication::clipboard()->text().contains(secrets.at(2)));
            account->readWrite()->copyAsEnvironment();
            QVERIFY(QGuiApplication::clipboard()->text().contains(u"export AGENCY_AUTH_TOKEN='"_s + secrets.at(1) + u"'"_s));

            QVERIFY(run(account->readWrite()->resetState(), [&] { account->readWrite()->reset(); }));
            account->readWrite()->reveal();
            const QString fresh = account->readWrite()->shownToken();
            QVERIFY(fresh != secrets.at(1) && fresh.size() == 32);
            secrets << fresh;
            account->readWrite()->copyToken();

            // A scoped access token: created (its Auth Token shown once), copied,
            // probed, its scopes edited, reset.
            QVERIFY(run(account->catalogueState(), [&] { account->loadCatalogue(); }));
            QVERIFY(run(account->createState(), [&] {
                account->createAccessToken(u"Leak check"_s, u"Nightly reports"_s, 0, u"ops@example.com"_s,
                                           {u"dev@example.com"_s}, {u"reports.list"_s});
            }));
            TokenView *scoped = account->createdToken();
            QVERIFY(scoped);
            scoped->reveal();
            const QString scopedToken = scoped->shownToken();
            QVERIFY(!scopedToken.isEmpty());
            secrets << scopedToken;
            scoped->copyToken();
            scoped->copyAsCurl();
            QVERIFY(run(scoped->probeState(), [&] { scoped->probe(); }));
            QVERIFY(run(scoped->editState(), [&] { scoped->updateScopes({u"reports.list"_s, u"advertisers.list"_s}); }));
            QVERIFY(run(scoped->resetState(), [&] { scoped->reset(); }));
            scoped->reveal();
            const QString scopedFresh = scoped->shownToken();
            QVERIFY(scopedFresh != scopedToken && !scopedFresh.isEmpty());
            secrets << scopedFresh;
            const QString scopedSid = scoped->accountSid();

            // The session token too, read where it lives.
            KeychainStore store;
            const QString part = KeychainKeys::accountPart(server.url(), account->id());
            const auto session = StoreWaiter::read(store, KeychainKeys::sessionKey(part));
            QVERIFY(session && session->first.ok());
            secrets << session->second;
            QVERIFY(!KeyringControl::appEntries().isEmpty()); // the search below can see entries

            // Tokens you already have: the Read-Only token pasted into a second account…
            const QString readOnlySid = account->readOnly()->accountSid();
            QVERIFY(run(app.addAccountState(), [&] {
                app.addTokensAccount(u"Pasted"_s, server.url().toString(), TokenKind::ReadOnly,
                                     u"  "_s + readOnlySid + u"\n"_s, secrets.at(2) + u" "_s);
            }));
            AccountView *pasted = app.current();
            QVERIFY(pasted && pasted->isTokensOnly());
            // …then reset on the platform and replaced: the new one passes, the old one fails.
            QVERIFY(run(account->readOnly()->resetState(), [&] { account->readOnly()->reset(); }));
            account->readOnly()->reveal();
            const QString freshReadOnly = account->readOnly()->shownToken();
            secrets << freshReadOnly;
            QVERIFY(run(pasted->readOnly()->replaceState(), [&] { pasted->readOnly()->replace(freshReadOnly); }));
            pasted->readOnly()->copyAsEnvironment();
            // The scoped token pasted too: checked, kept, probed, copied.
            QVERIFY(run(pasted->addScopedState(), [&] {
                pasted->addScopedToken(u"Leak check"_s, scopedSid, scopedFresh + u"\n"_s);
            }));
            TokenView *pastedScoped = pasted->scopedToken(u"Leak check"_s);
            QVERIFY(pastedScoped && pastedScoped->hasSecret());
            QVERIFY(run(pastedScoped->probeState(), [&] { pastedScoped->probe(); }));
            pastedScoped->copyToken();
            // Deleted: its view goes once the delete has finished.
            QPointer<TokenView> deleted(scoped);
            scoped->deleteToken();
            QTRY_VERIFY_WITH_TIMEOUT(deleted.isNull(), 20000);
            QVERIFY(!account->scopedToken(u"Leak check"_s));
            QVERIFY(run(app.removeState(), [&] { app.removeAccount(pasted->id()); }));

            app.switchTo(account->id());
            QVERIFY(run(account->signOutState(), [&] { account->signOut(); }));
            for (const QString &secret : std::as_const(secrets))
                QVERIFY(!QGuiApplication::clipboard()->text().contains(secret));
        }
        qInstallMessageHandler(nullptr);

        // This device's activity log: one entry per action of the flows above, by the app.
        QMap<QString, int> logged;
        QStringList copies;
        for (const ActivityEntry &entry : UsageStore().activity()) {
            QCOMPARE(entry.by, Actor::App);
            ++logged[entry.action];
            if (entry.action == u"copy")
                copies << entry.detail;
        }
        QCOMPARE(logged.value(u"reset"_s), 3);
        QCOMPARE(logged.value(u"create"_s), 1);
        QCOMPARE(logged.value(u"delete"_s), 1);
        QCOMPARE(logged.value(u"replace"_s), 1);
        QCOMPARE(logged.value(u"probe"_s), 2);
        QVERIFY(logged.value(u"reveal"_s) > 0);
        QCOMPARE(logged.value(u"copy"_s), 8);
        QVERIFY2(copies.join(u' ').contains(u"curl"_s), qPrintable(copies.join(u", "_s)));
        QVERIFY(logged.value(u"remove"_s) > 0);

        // After sign-out the keychain holds no entry the app wrote.
        QCOMPARE(KeyringControl::appEntries(), QStringList());

        QVERIFY(g_printed.contains("agencytokens.")); // debug logging was really on
        const QByteArray serverOutput = server.output();
        QStringList searched;
        QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/keyrings/"_s)) // the keyring's own encrypted store
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            searched << path;
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(u"a secret in "_s + path));
        }
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY2(!g_printed.contains(secret.toUtf8()), "a secret in the app's log output");
            QVERIFY2(!serverOutput.contains(secret.toUtf8()), "a secret in the server's output");
        }
        qInfo() << "searched" << searched.size() << "files under HOME," << g_printed.size() << "bytes of app log,"
                << serverOutput.size() << "bytes of server output for" << secrets.size() << "secrets";
    }
};

QTEST_MAIN(TestLeak)
#include "tst_leak.moc"
