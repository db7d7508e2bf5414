// SPDX-License-Identifier: MIT
// TokenService against the real reference server on loopback and the real
// keychain (gnome-keyring in the test's private D-Bus session).
#include "FailingStore.h"
#include "HttpClient.h"
#include "OutcomeRun.h"
#include "ServerProcess.h"
#include "StoreWaiter.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"
#include "service/TokenService.h"

#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
constexpr int Wait = 20000;

/// One app instance: the real store (optionally behind the fault injector), client, API, service.
/// Every App of a test is the same account, so a restart finds its entries.
const QString AccountId = u"test-account"_s;

struct App
{
    explicit App(const QUrl &address = {}) : service({AccountId, u"Test"_s, AccountKind::SignedIn, address, {}}, &store, &client) {}

    KeychainStore keychain;
    FailingStore store{&keychain};
    RestClient client;
    TokenService service;

    VerifyResult verify(const Credential &credential, std::optional<int> version = std::nullopt)
    {
        std::optional<VerifyResult> out;
        service.api().verify(credential, version, &service, [&](const HttpError &e, const VerifyResult &r) {
            QVERIFY2(e.ok(), qPrintable(e.message));
            out = r;
        });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, Wait))
            qWarning("verify gave no answer in time");
        return out.value_or(VerifyResult{});
    }
};

QString keychainValue(const QString &key)
{
    KeychainStore store;
    const auto read = StoreWaiter::read(store, key);
    return read && read->first.ok() ? read->second : QString();
}
} // namespace

class TestService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        KeychainStore store;
        QVERIFY(StoreWaiter::removeAll(store)->ok());
    }

    void wholeFlow()
    {
        ServerProcess server;
        QVERIFY(server.start({u"--demo"_s, u"--legacy-api-version"_s, u"2"_s}));
        App app;
        const QString host = KeychainKeys::accountPart(server.url(), AccountId);

        auto o = run([&](OutcomeDone d) { app.service.signIn(server.url(), u"admin"_s, u"admin-demo"_s, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(app.service.phase(), TokenService::Phase::Ready);
        QCOMPARE(app.service.snapshot().agencyName, u"Demo Agency"_s);
        QVERIFY(!keychainValue(KeychainKeys::sessionKey(host)).isEmpty());
        QVERIFY(!app.service.snapshot().state.legacyTokensEnabled);

        // Enable: both credentials fetched and confirmed in the keychain.
        o = run([&](OutcomeDone d) { app.service.enable(d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(app.service.snapshot().state.legacyTokensEnabled);
        for (TokenKind kind : LegacyTokenKinds) {
            const auto c = app.service.credential(kind);
            QVERIFY(c && c->isValid());
            QVERIFY(!app.service.isUnsaved(kind));
            QCOMPARE(keychainValue(KeychainKeys::tokenKey(host, c->accountSid, kind)), c->authToken.revealClearValue());
        }

        // Reset: the keychain holds the new value, the old one fails verify, the new one passes.
        const Credential before = *app.service.credential(TokenKind::ReadWrite);
        o = run([&](OutcomeDone d) { app.service.reset(TokenKind::ReadWrite, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        const Credential after = *app.service.credential(TokenKind::ReadWrite);
        QVERIFY(after.authToken != before.authToken);
        QVERIFY(app.service.tokenInfo(TokenKind::ReadWrite)->lastResetAt.isValid());
        QCOMPARE(keychainValue(KeychainKeys::tokenKey(host, after.accountSid, TokenKind::ReadWrite)),
                 after.authToken.revealClearValue());
        QVERIFY(!app.verify(before).authorized);
        QVERIFY(app.verify(after).authorized);
        std::optional<VerifyResult> viaService;
        QCOMPARE(app.verify(after).companyName, u"Demo Agency"_s); // the platform's CompanyName
        QVERIFY(!app.verify(after).versionTried); // no IR-Version: the token's own version
        app.service.verify(TokenKind::ReadWrite, 3, [&](const Outcome &vo, const VerifyResult &r) {
            QVERIFY(vo.ok);
            viaService = r;
        });
        QTRY_VERIFY(viaService.has_value());
        QVERIFY(viaService->authorized);
        QCOMPARE(viaService->versionTried, 3); // version 3 accepted the call through IR-Version, before upgrading

        // Upgrade 2 -> 3; then the current version is accepted, a downgrade refused before and by the server.
        QCOMPARE(app.service.tokenInfo(TokenKind::ReadOnly)->apiVersion, 2);
        o = run([&](OutcomeDone d) { app.service.upgrade(TokenKind::ReadOnly, 3, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(app.service.tokenInfo(TokenKind::ReadOnly)->apiVersion, 3);
        const Credential readOnly = *app.service.credential(TokenKind::ReadOnly);
        QVERIFY(app.verify(readOnly).authorized); // still passes after the upgrade
        const int current = app.service.tokenInfo(TokenKind::ReadOnly)->apiVersion;
        o = run([&](OutcomeDone d) { app.service.upgrade(TokenKind::ReadOnly, current, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        o = run([&](OutcomeDone d) { app.service.upgrade(TokenKind::ReadOnly, current - 1, d); });
        QVERIFY(!o.ok);
        QCOMPARE(o.message, HttpError::messageForCode(u"downgrade_not_allowed"_s));
        std::optional<HttpError> serverSays;
        app.service.api().setApiVersion(TokenKind::ReadOnly, current - 1, &app.service, [&](const HttpError &e, const TokenInfo &) { serverSays = e; });
        QTRY_VERIFY(serverSays.has_value());
        QCOMPARE(serverSays->code, u"downgrade_not_allowed"_s);

        // A restart reads everything back from the keychain, then from the server.
        App restarted{server.url()};
        o = run([&](OutcomeDone d) { restarted.service.restore(d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(restarted.service.phase(), TokenService::Phase::Ready);
        QCOMPARE(restarted.service.credential(TokenKind::ReadWrite)->authToken, after.authToken);

        // Offline start: the server is gone; the keychain's tokens are still there.
        server.stop();
        App offline{server.url()};
        o = run([&](OutcomeDone d) { offline.service.restore(d); });
        QVERIFY(!o.ok);
        QCOMPARE(o.apiError.kind, HttpError::Kind::Unreachable);
        QCOMPARE(offline.service.phase(), TokenService::Phase::Ready);
        QVERIFY(!offline.service.isOnline());
        QVERIFY(!offline.service.offlineReason().isEmpty());
        QCOMPARE(offline.service.credential(TokenKind::ReadWrite)->authToken, after.authToken);
        QVERIFY(offline.service.credential(TokenKind::ReadOnly).has_value());
        // An action that needs the server fails with its reason and changes nothing.
        o = run([&](OutcomeDone d) { offline.service.reset(TokenKind::ReadOnly, d); });
        QVERIFY(!o.ok);
        QVERIFY(o.apiError.isOffline());
        QCOMPARE(offline.service.credential(TokenKind::ReadWrite)->authToken, after.authToken);

        // Sign-out (even offline) wipes everything the app wrote.
        o = run([&](OutcomeDone d) { offline.service.signOut(d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(offline.service.phase(), TokenService::Phase::SignedOut);
        QVERIFY(keychainValue(KeychainKeys::sessionKey(host)).isEmpty());
        QVERIFY(keychainValue(KeychainKeys::tokenKey(host, after.accountSid, TokenKind::ReadWrite)).isEmpty());
        QVERIFY(keychainValue(KeychainKeys::indexKey()).isEmpty());
    }

    void keychainWriteFailsAfterReset()
    {
        ServerProcess server;
        QVERIFY(server.start());
        App app;
        const QString host = KeychainKeys::accountPart(server.url(), AccountId);
        QVERIFY(run([&](OutcomeDone d) { app.service.signIn(server.url(), u"admin"_s, u"admin-demo"_s, d); }).ok);
        QVERIFY(run([&](OutcomeDone d) { app.service.enable(d); }).ok);
        const Credential before = *app.service.credential(TokenKind::ReadOnly);

        app.store.setFailWrites(SecretStore::Error::Locked);
        auto o = run([&](OutcomeDone d) { app.service.reset(TokenKind::ReadOnly, d); });
        // The platform reset it: the reset is done (a second one would throw the
        // new token away). The new token is not lost: in memory, shown, marked
        // unsaved; the keychain still has the old one.
        QVERIFY2(o.ok, qPrintable(o.message));
        const Credential fresh = *app.service.credential(TokenKind::ReadOnly);
        QVERIFY(fresh.authToken != before.authToken);
        QVERIFY(app.service.isUnsaved(TokenKind::ReadOnly));
        QVERIFY(app.verify(fresh).authorized);
        QCOMPARE(keychainValue(KeychainKeys::tokenKey(host, before.accountSid, TokenKind::ReadOnly)),
                 before.authToken.revealClearValue());

        // A later start re-fetches the truth from the server.
        App later{server.url()};
        QVERIFY(run([&](OutcomeDone d) { later.service.restore(d); }).ok);
        QCOMPARE(later.service.credential(TokenKind::ReadOnly)->authToken, fresh.authToken);
        QCOMPARE(keychainValue(KeychainKeys::tokenKey(host, fresh.accountSid, TokenKind::ReadOnly)),
                 fresh.authToken.revealClearValue());

        // And retrying in the first instance once the keychain is back works too.
        app.store.setFailWrites(SecretStore::Error::None);
        o = run([&](OutcomeDone d) { app.service.retrySave(d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(!app.service.isUnsaved(TokenKind::ReadOnly));
    }

    void sessionExpires()
    {
        ServerProcess server;
        QVERIFY(server.start({u"--demo"_s, u"--session-ttl"_s, u"1"_s}));
        App app;
        QVERIFY(run([&](OutcomeDone d) { app.service.signIn(server.url(), u"admin"_s, u"admin-demo"_s, d); }).ok);
        QVERIFY(run([&](OutcomeDone d) { app.service.enable(d); }).ok);
        const Credential kept = *app.service.credential(TokenKind::ReadWrite);
        const QString host = KeychainKeys::accountPart(server.url(), AccountId);
        // Wait for the condition itself: the server no longer takes this session.
        const QString session = keychainValue(KeychainKeys::sessionKey(host));
        QVERIFY(!session.isEmpty());
        HttpClient http(server.url());
        QTRY_COMPARE_WITH_TIMEOUT(http.get(u"/api/v1/platform-rest-web-services"_s, HttpClient::bearer(session)).status,
                                  401, 10000);
        const auto o = run([&](OutcomeDone d) { app.service.refresh(d); });
        QVERIFY(!o.ok);
        QCOMPARE(o.apiError.code, u"session_expired"_s);
        QCOMPARE(o.message, HttpError::messageForCode(u"session_expired"_s));
        QCOMPARE(app.service.phase(), TokenService::Phase::SignedOut);
        // Nothing cached is lost; only the dead session is gone from the keychain.
        QTRY_VERIFY(keychainValue(KeychainKeys::sessionKey(host)).isEmpty());
        QCOMPARE(keychainValue(KeychainKeys::tokenKey(host, kept.accountSid, TokenKind::ReadWrite)),
                 kept.authToken.revealClearValue());
    }

    void refusalsInPlainWords()
    {
        ServerProcess server;
        QVERIFY(server.start());
        App app;
        auto o = run([&](OutcomeDone d) { app.service.signIn(server.url(), u"admin"_s, u"wrong"_s, d); });
        QVERIFY(!o.ok);
        QCOMPARE(o.apiError.code, u"invalid_credentials"_s);
        QCOMPARE(app.service.phase(), TokenService::Phase::Starting);

        o = run([&](OutcomeDone d) { app.service.signIn(QUrl(u"http://platform.example"_s), u"admin"_s, u"x"_s, d); });
        QCOMPARE(o.apiError.kind, HttpError::Kind::InsecureAddress);

        QVERIFY(run([&](OutcomeDone d) { app.service.signIn(server.url(), u"viewer"_s, u"viewer-demo"_s, d); }).ok);
        QVERIFY(!app.service.snapshot().state.canManage);
        o = run([&](OutcomeDone d) { app.service.enable(d); });
        QVERIFY(!o.ok);
        QCOMPARE(o.apiError.code, u"forbidden"_s);
        QVERIFY(run([&](OutcomeDone d) { app.service.signOut(d); }).ok);
    }

    void cleanupTestCase()
    {
        KeychainStore store;
        QVERIFY(StoreWaiter::removeAll(store)->ok());
    }
};

QTEST_GUILESS_MAIN(TestService)
#include "tst_service.moc"
