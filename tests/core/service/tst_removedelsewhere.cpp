// SPDX-License-Identifier: MIT
// An answer that arrives for an account another process removed meanwhile
// (issue 25, item 8): the real reference server behind a relay that holds
// its answer back, the real agency-tokens-cli removing the account while the
// answer is held, the real keychain. Once the answer arrives, nothing of the
// account may be in the keychain again: no state entry, no token, no session.
#include "DelayProxy.h"
#include "HttpClient.h"
#include "KeyringControl.h"
#include "OutcomeRun.h"
#include "ProgramRun.h"
#include "ServerProcess.h"
#include "StoreWaiter.h"
#include "accounts/AccountList.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"
#include "service/TokenService.h"
#include "service/TokensOnlyService.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
constexpr int Wait = 20000;
const QString Cli = QStringLiteral(AGENCYTOKENS_CLI_BINARY);

/// What the keychain's own index lists under `prefix`, read through a store of its own.
QStringList indexedUnder(const QString &prefix)
{
    KeychainStore store;
    std::optional<QStringList> keys;
    QObject context;
    store.listKeys(&context, [&](const SecretStore::Result &r, const QStringList &listed) {
        keys = r.ok() || r.error == SecretStore::Error::NotFound ? listed : QStringList{u"<error>"_s};
    });
    if (!QTest::qWaitFor([&] { return keys.has_value(); }, Wait))
        return {u"<no answer>"_s};
    return keys->filter(QRegularExpression(u"^"_s + QRegularExpression::escape(prefix + u'/')));
}

/// Both the keyring itself and the index: the account's entries.
QStringList entriesOf(const AccountInfo &info)
{
    return KeyringControl::appEntries(info.keyPart() + u'/') + indexedUnder(info.keyPart());
}

bool listed(const QString &id)
{
    return AccountList().find(id).has_value();
}

/// The real CLI removes the account, to its end (this process's event loop waits meanwhile).
ProgramRun cliRemove(const AccountInfo &info)
{
    return runProgram(Cli, {u"remove"_s, u"--account"_s, info.id});
}

/// Waits until the relay holds an answer of the server's, with the event loop running.
bool answerHeld(const DelayProxy &proxy)
{
    return QTest::qWaitFor([&proxy] { return proxy.heldBytes() > 0; }, Wait);
}

/// With the server's answer held by the relay and this process's keychain idle, the
/// real CLI removes the account (entries and list entry); then the answer goes on.
bool removedWhileHeld(DelayProxy &proxy, const SecretStore &store, const AccountInfo &info)
{
    if (!answerHeld(proxy) || !StoreWaiter::idle(store))
        return false;
    const ProgramRun removed = cliRemove(info);
    if (removed.code != 0 || listed(info.id) || !entriesOf(info).isEmpty()) {
        qWarning() << "remove ended" << removed.code << removed.err << entriesOf(info);
        return false;
    }
    proxy.release();
    return true;
}
} // namespace

class TestRemovedElsewhere : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        KeychainStore store;
        QVERIFY(StoreWaiter::removeAll(store)->ok());
        AccountList list;
        for (const AccountInfo &info : list.accounts())
            QVERIFY(list.remove(info.id));
    }

    // A signed-in account's refresh whose answer says a token changed: the
    // new token and the state would be written. The CLI removed the account
    // while the answer was on its way: neither is.
    void signedInRefreshWritesNothingForARemovedAccount()
    {
        ServerProcess server;
        QVERIFY(server.start({u"--demo"_s}));
        HttpClient http(server.url());
        const QString admin = http.signInAndEnable(); // the legacy tokens exist from the start
        QVERIFY(!admin.isEmpty());
        DelayProxy proxy(server.url());

        const AccountInfo info = AccountList().add(AccountKind::SignedIn, u"Signed"_s, proxy.url());
        KeychainStore store;
        RestClient client;
        TokenService service(info, &store, &client);
        service.setOwnedByList(true);
        const Outcome signedIn = run([&](OutcomeDone done) {
            service.signIn(proxy.url(), u"admin"_s, u"admin-demo"_s, done);
        });
        QVERIFY2(signedIn.ok, qPrintable(signedIn.message));
        QVERIFY(StoreWaiter::idle(store));
        const QString stateKey = KeychainKeys::stateKey(info.keyPart());
        QVERIFY2(KeyringControl::appEntries(info.keyPart() + u'/').size() == 4, // session, state, two tokens
                 qPrintable(KeyringControl::appEntries(info.keyPart()).join(u", "_s)));

        // The Read/Write token changes on the platform: the next refresh fetches and writes it.
        QCOMPARE(http.post(u"/api/v1/legacy-tokens/readWrite/reset"_s, {}, HttpClient::bearer(admin)).status, 200);
        proxy.hold();
        std::optional<Outcome> refreshed;
        service.refresh([&](const Outcome &o) { refreshed = o; });
        // Meanwhile another process removes the account; then the answer arrives: the refresh goes
        // on (it fetches the credentials) but writes nothing.
        QVERIFY(removedWhileHeld(proxy, store, info));
        QVERIFY(QTest::qWaitFor([&] { return refreshed.has_value(); }, Wait));
        QVERIFY(StoreWaiter::idle(store));
        QCOMPARE(entriesOf(info), QStringList());
        QVERIFY(!KeyringControl::appEntries().contains(stateKey));
        QVERIFY(!listed(info.id));
        QVERIFY(!refreshed->ok);
        QCOMPARE(refreshed->message, AccountService::removedMessage());
        // The new token is not lost for the user: still shown (unsaved) while the service lives.
        QVERIFY(service.isUnsaved(TokenKind::ReadWrite));
    }

    // Replace token on a tokens-only account: the new token passes, the old
    // one fails, so the new one and the state would be written — but the CLI
    // removed the account while the platform's answer was on its way.
    void replaceTokenWritesNothingForARemovedAccount()
    {
        ServerProcess server;
        QVERIFY(server.start({u"--demo"_s}));
        HttpClient http(server.url());
        const QString admin = http.signInAndEnable();
        QVERIFY(!admin.isEmpty());
        QJsonObject readWrite;
        for (const auto &token : http.legacyTokens(admin)) {
            if (token.toObject().value(u"kind"_s) == u"readWrite"_s)
                readWrite = token.toObject();
        }
        QVERIFY(!readWrite.isEmpty());
        DelayProxy proxy(server.url());

        const AccountInfo info = AccountList().add(AccountKind::TokensOnly, u"Pasted"_s, proxy.url());
        KeychainStore store;
        RestClient client;
        TokensOnlyService service(info, &store, &client);
        service.setOwnedByList(true);
        const Outcome added = run([&](OutcomeDone done) {
            service.addToken(TokenKind::ReadWrite, readWrite.value(u"accountSid"_s).toString(),
                             readWrite.value(u"authToken"_s).toString(), false, done);
        });
        QVERIFY2(added.ok, qPrintable(added.message));
        QVERIFY(StoreWaiter::idle(store));
        QCOMPARE(KeyringControl::appEntries(info.keyPart() + u'/').size(), 2); // state, token

        // Reset in the web app; the user pastes the new token.
        const HttpResponse reset = http.post(u"/api/v1/legacy-tokens/readWrite/reset"_s, {}, HttpClient::bearer(admin));
        QCOMPARE(reset.status, 200);
        const QString fresh = reset.json().value(u"authToken"_s).toString();
        proxy.hold();
        std::optional<Outcome> replaced;
        service.replaceToken(TokenKind::ReadWrite, fresh, [&](const Outcome &o) { replaced = o; });
        QVERIFY(removedWhileHeld(proxy, store, info));
        QVERIFY(QTest::qWaitFor([&] { return replaced.has_value(); }, Wait));
        QVERIFY(StoreWaiter::idle(store));
        QCOMPARE(entriesOf(info), QStringList());
        QVERIFY(!listed(info.id));
        QVERIFY(!replaced->ok);
        QCOMPARE(replaced->message, AccountService::removedMessage());
    }

    // A sign-in into an account whose session ended (the app's "sign in
    // again"): the session entry is not written once the account is gone.
    void signInAgainWritesNoSessionForARemovedAccount()
    {
        ServerProcess server;
        QVERIFY(server.start({u"--demo"_s}));
        DelayProxy proxy(server.url());
        const AccountInfo info = AccountList().add(AccountKind::SignedIn, u"Again"_s, proxy.url());
        KeychainStore store;
        RestClient client;
        TokenService service(info, &store, &client);
        service.setOwnedByList(true);
        proxy.hold();
        std::optional<Outcome> signedIn;
        service.signIn(proxy.url(), u"admin"_s, u"admin-demo"_s, [&](const Outcome &o) { signedIn = o; });
        QVERIFY(removedWhileHeld(proxy, store, info));
        QVERIFY(QTest::qWaitFor([&] { return signedIn.has_value(); }, Wait));
        QVERIFY(StoreWaiter::idle(store));
        QCOMPARE(entriesOf(info), QStringList());
        QVERIFY(!signedIn->ok);
        QVERIFY2(signedIn->message.contains(AccountService::removedMessage()), qPrintable(signedIn->message));
        QVERIFY(service.phase() != AccountService::Phase::Ready);
    }

    // The same hold of the keychain's lock covers the removal and the list:
    // a service of this process removing its account takes it off the list
    // too, and a write that another service of the same account queued after
    // it finds the account gone.
    void removalUnlistsUnderTheSameLock()
    {
        const AccountInfo info = AccountList().add(AccountKind::TokensOnly, u"Here"_s, QUrl(u"http://127.0.0.1:9"_s));
        KeychainStore store;
        RestClient client;
        TokensOnlyService remover(info, &store, &client);
        remover.setOwnedByList(true);
        TokensOnlyService writer(info, &store, &client);
        writer.setOwnedByList(true);
        QSignalSpy gone(&writer, &AccountService::removedElsewhere);
        std::optional<Outcome> removedOutcome, added;
        remover.removeAccount([&](const Outcome &o) { removedOutcome = o; });
        writer.addUnchecked(TokenKind::ReadOnly, u"IR"_s + QString(32, u'S'), u"abcdefghijklmnopqrstuvwxyz012345"_s,
                            [&](const Outcome &o) { added = o; });
        QVERIFY(QTest::qWaitFor([&] { return removedOutcome && added; }, Wait));
        QVERIFY(StoreWaiter::idle(store));
        QCOMPARE(entriesOf(info), QStringList());
        QVERIFY(removedOutcome->ok);
        QVERIFY(!listed(info.id));
        QVERIFY(!added->ok);
        QCOMPARE(added->message, AccountService::removedMessage());
        QVERIFY(!gone.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemovedElsewhere)
#include "tst_removedelsewhere.moc"
