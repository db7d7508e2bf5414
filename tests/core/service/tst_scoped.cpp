// SPDX-License-Identifier: MIT
// Scoped access tokens in the services, against the real reference server on
// loopback and the real keychain (gnome-keyring in the test's private D-Bus
// session): create, probe, edit, reset and delete for a signed-in account;
// pasted scoped tokens for a tokens-only account (a 403 on the check is kept
// with its note, a 401 keeps nothing).
#include "OutcomeRun.h"
#include "ServerProcess.h"
#include "StoreWaiter.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"
#include "service/TokenService.h"
#include "service/TokensOnlyService.h"

#include <QFile>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
constexpr int Wait = 20000;

QString keychainValue(const QString &key)
{
    KeychainStore store;
    const auto read = StoreWaiter::read(store, key);
    return read && read->first.ok() ? read->second : QString();
}

struct SignedIn
{
    explicit SignedIn(const QString &id = u"scoped-signed-in"_s, const QUrl &address = {})
        : service({id, u"Signed in"_s, AccountKind::SignedIn, address, {}}, &store, &client)
    {
    }
    KeychainStore store;
    RestClient client;
    TokenService service;

    std::optional<AccountSid> create(const QString &name, const QStringList &scopes)
    {
        AccessTokenDraft draft;
        draft.name = name;
        draft.primaryContact = u"ops@example.com"_s;
        draft.scopes = scopes;
        std::optional<Outcome> out;
        AccountSid sid;
        service.createAccessToken(draft, [&](const Outcome &o, const AccountSid &s) {
            out = o;
            sid = s;
        });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, Wait) || !out->ok) {
            qWarning("create failed: %s", out ? qPrintable(out->message) : "no answer");
            return std::nullopt;
        }
        return sid;
    }

    VerifyResult verify(const Credential &credential)
    {
        std::optional<VerifyResult> out;
        service.api().verify(credential, std::nullopt, &service, [&](const HttpError &, const VerifyResult &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, Wait))
            qWarning("verify gave no answer in time");
        return out.value_or(VerifyResult{});
    }
};

ProbeResult probe(AccountService &service, const TokenRef &ref, Outcome *outcome = nullptr)
{
    std::optional<ProbeResult> out;
    service.probe(ref, [&](const Outcome &o, const ProbeResult &r) {
        if (outcome)
            *outcome = o;
        out = r;
    });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, Wait))
        qWarning("probe gave no answer in time");
    return out.value_or(ProbeResult{});
}

ProbeRow::Reach reachOf(const ProbeResult &result, const QString &category)
{
    for (const ProbeRow &row : result.rows) {
        if (row.category == category)
            return row.reach;
    }
    return ProbeRow::Reach::Unknown;
}
} // namespace

class TestScoped : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        KeychainStore store;
        QVERIFY(StoreWaiter::removeAll(store)->ok());
    }

    void signedInCreateProbeEditResetDelete()
    {
        ServerProcess server;
        QVERIFY(server.start());
        SignedIn app;
        auto o = run([&](OutcomeDone d) { app.service.signIn(server.url(), u"admin"_s, u"admin-demo"_s, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        const QString part = KeychainKeys::accountPart(server.url(), u"scoped-signed-in"_s);

        // The demo's two scoped tokens are listed; the platform never shows their values again.
        QVERIFY(app.service.snapshot().state.accessTokensOffered);
        QCOMPARE(app.service.scopedTokens().size(), 2);
        QVERIFY(app.service.scopedToken(u"Reporting sync"_s));
        QVERIFY(!app.service.credential(TokenRef::scoped(app.service.scopedToken(u"Reporting sync"_s)->accountSid)));

        // Create: the value is kept at once, in memory and in the keychain, with the token's fingerprint.
        const auto sid = app.create(u"Warehouse export"_s, {u"reports.list"_s, u"jobs.status"_s});
        QVERIFY(sid);
        const TokenRef ref = TokenRef::scoped(*sid);
        const auto created = app.service.credential(ref);
        QVERIFY(created);
        QVERIFY(!app.service.isUnsaved(ref));
        QCOMPARE(keychainValue(KeychainKeys::tokenKey(part, *sid, TokenKind::Scoped)),
                 created->authToken.revealClearValue());
        QVERIFY(!app.service.tokenInfo(ref)->fingerprint.isEmpty());
        QCOMPARE(app.service.tokenInfo(ref)->scopes, (QStringList{u"reports.list"_s, u"jobs.status"_s}));

        // Its check: genuine, but may not read company information (403), kept as a note.
        std::optional<VerifyResult> checked;
        app.service.verify(ref, std::nullopt, [&](const Outcome &vo, const VerifyResult &r) {
            QVERIFY2(vo.ok, qPrintable(vo.message));
            checked = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(checked.has_value(), Wait);
        QCOMPARE(checked->answer, CheckAnswer::NotPermitted);
        QVERIFY(checked->authorized);
        QVERIFY(checked->budget.known());
        QCOMPARE(app.service.tokenInfo(ref)->lastCheck, CheckAnswer::NotPermitted);

        // The probe: at most 8 requests (the server's access log counts them), and its real scopes.
        const int before = server.platformRequests();
        Outcome probed;
        const ProbeResult reach = probe(app.service, ref, &probed);
        QVERIFY2(probed.ok, qPrintable(probed.message));
        QTRY_COMPARE_WITH_TIMEOUT(server.platformRequests() - before, reach.requestsSent, Wait);
        QVERIFY(reach.requestsSent <= 8);
        QCOMPARE(reach.answer, CheckAnswer::Passed);
        QCOMPARE(reachOf(reach, u"Reports"_s), ProbeRow::Reach::Allowed);
        QCOMPARE(reachOf(reach, u"Jobs"_s), ProbeRow::Reach::Allowed);
        QCOMPARE(reachOf(reach, u"Account"_s), ProbeRow::Reach::Denied);
        QCOMPARE(reachOf(reach, u"Advertisers"_s), ProbeRow::Reach::Denied);
        QCOMPARE(reachOf(reach, u"Compliance"_s), ProbeRow::Reach::Denied);
        QCOMPARE(app.service.tokenInfo(ref)->reachable, (QStringList{u"Reports"_s, u"Jobs"_s}));

        // Edit: company information added; the check now passes.
        AccessTokenChange change;
        change.scopes = QStringList{u"reports.list"_s, u"jobs.status"_s, u"account.companyInformation.read"_s};
        o = run([&](OutcomeDone d) { app.service.editAccessToken(*sid, change, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(app.service.tokenInfo(ref)->scopes.contains(u"account.companyInformation.read"_s));
        QCOMPARE(app.verify(*created).answer, CheckAnswer::Passed);

        // Reset: a new value saved; the old one is refused at once.
        o = run([&](OutcomeDone d) { app.service.reset(ref, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        const auto fresh = app.service.credential(ref);
        QVERIFY(fresh && fresh->authToken != created->authToken);
        QCOMPARE(keychainValue(KeychainKeys::tokenKey(part, *sid, TokenKind::Scoped)), fresh->authToken.revealClearValue());
        QCOMPARE(app.verify(*created).answer, CheckAnswer::Refused);
        QCOMPARE(app.verify(*fresh).answer, CheckAnswer::Passed);

        // A restart reads it back from the keychain; a refresh with nothing changed keeps it.
        SignedIn restarted(u"scoped-signed-in"_s, server.url());
        o = run([&](OutcomeDone d) { restarted.service.restore(d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(restarted.service.credential(ref));
        QCOMPARE(restarted.service.credential(ref)->authToken, fresh->authToken);

        // Reset elsewhere (the first app): the restarted one's value no longer works and goes at its refresh.
        o = run([&](OutcomeDone d) { app.service.reset(ref, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        o = run([&](OutcomeDone d) { restarted.service.refresh(d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(!restarted.service.credential(ref));
        QVERIFY(restarted.service.tokenInfo(ref));

        // Delete: gone from the platform (its SID refused), from the list and from the keychain.
        const Credential last = *app.service.credential(ref);
        o = run([&](OutcomeDone d) { app.service.deleteAccessToken(*sid, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(!app.service.tokenInfo(ref));
        QVERIFY(!app.service.credential(ref));
        QVERIFY(keychainValue(KeychainKeys::tokenKey(part, *sid, TokenKind::Scoped)).isEmpty());
        QCOMPARE(app.verify(last).answer, CheckAnswer::Refused);
    }

    void tokensOnlyKeepsGenuineScopedTokens()
    {
        ServerProcess server;
        QVERIFY(server.start());
        SignedIn admin(u"issuer"_s);
        auto o = run([&](OutcomeDone d) { admin.service.signIn(server.url(), u"admin"_s, u"admin-demo"_s, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        const auto noCompany = admin.create(u"Compliance only"_s, {u"compliance.status"_s});
        const auto withCompany = admin.create(u"Company reader"_s, {u"account.companyInformation.read"_s});
        QVERIFY(noCompany && withCompany);
        const Credential denied = *admin.service.credential(TokenRef::scoped(*noCompany));
        const Credential reader = *admin.service.credential(TokenRef::scoped(*withCompany));

        KeychainStore store;
        RestClient client;
        TokensOnlyService pasted({u"pasted"_s, u"Pasted"_s, AccountKind::TokensOnly, server.url(), {}}, &store, &client);
        const QString part = KeychainKeys::accountPart(server.url(), u"pasted"_s);

        // 401: a wrong Auth Token keeps nothing.
        const QString wrong = QString(32, u'x');
        o = run([&](OutcomeDone d) { pasted.addScoped(u"Wrong"_s, denied.accountSid.toString(), wrong, false, d); });
        QVERIFY(!o.ok);
        QVERIFY(pasted.scopedTokens().isEmpty());
        QVERIFY(keychainValue(KeychainKeys::tokenKey(part, denied.accountSid, TokenKind::Scoped)).isEmpty());

        // 403 on the check: genuine, saved with its note.
        o = run([&](OutcomeDone d) {
            pasted.addScoped(u"Compliance only"_s, denied.accountSid.toString(), denied.authToken.revealClearValue(), false, d);
        });
        QVERIFY2(o.ok, qPrintable(o.message));
        const TokenRef deniedRef = TokenRef::scoped(denied.accountSid);
        QCOMPARE(pasted.tokenInfo(deniedRef)->lastCheck, CheckAnswer::NotPermitted);
        QCOMPARE(pasted.tokenInfo(deniedRef)->name, u"Compliance only"_s);
        QCOMPARE(keychainValue(KeychainKeys::tokenKey(part, denied.accountSid, TokenKind::Scoped)),
                 denied.authToken.revealClearValue());

        // A second token under the same name is refused; another name is fine and names the agency.
        o = run([&](OutcomeDone d) {
            pasted.addScoped(u"Compliance only"_s, reader.accountSid.toString(), reader.authToken.revealClearValue(), false, d);
        });
        QVERIFY(!o.ok);
        o = run([&](OutcomeDone d) {
            pasted.addScoped(u"Company reader"_s, reader.accountSid.toString(), reader.authToken.revealClearValue(), false, d);
        });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(pasted.tokenInfo(TokenRef::scoped(reader.accountSid))->lastCheck, CheckAnswer::Passed);
        QCOMPARE(pasted.snapshot().agencyName, u"Demo Agency"_s);

        // The probe of a pasted token tells what it can reach.
        const ProbeResult reach = probe(pasted, deniedRef);
        QCOMPARE(reachOf(reach, u"Compliance"_s), ProbeRow::Reach::Allowed);
        QCOMPARE(reachOf(reach, u"Account"_s), ProbeRow::Reach::Denied);

        // Reset in the web app (here: by the admin), then Replace: the new one passes, the old one fails.
        o = run([&](OutcomeDone d) { admin.service.reset(deniedRef, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        const Credential newValue = *admin.service.credential(deniedRef);
        o = run([&](OutcomeDone d) { pasted.replaceToken(deniedRef, newValue.authToken.revealClearValue(), d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(pasted.credential(deniedRef)->authToken, newValue.authToken);
        QCOMPARE(keychainValue(KeychainKeys::tokenKey(part, denied.accountSid, TokenKind::Scoped)),
                 newValue.authToken.revealClearValue());

        // A restart reads both back, with the note.
        KeychainStore store2;
        RestClient client2;
        TokensOnlyService again({u"pasted"_s, u"Pasted"_s, AccountKind::TokensOnly, server.url(), {}}, &store2, &client2);
        o = run([&](OutcomeDone d) { again.loadStored(d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(again.scopedTokens().size(), 2);
        QVERIFY(again.tokenInfo(deniedRef) && again.credential(deniedRef));
        QCOMPARE(again.tokenInfo(deniedRef)->lastCheck, CheckAnswer::NotPermitted);
        QCOMPARE(again.credential(deniedRef)->authToken, newValue.authToken);

        // Forget: off the list and out of the keychain, the other token untouched.
        o = run([&](OutcomeDone d) { pasted.forgetScoped(denied.accountSid, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(!pasted.tokenInfo(deniedRef));
        QVERIFY(keychainValue(KeychainKeys::tokenKey(part, denied.accountSid, TokenKind::Scoped)).isEmpty());
        QVERIFY(!keychainValue(KeychainKeys::tokenKey(part, reader.accountSid, TokenKind::Scoped)).isEmpty());
    }

    void resetAndReplaceTurnIntegrationsIntoAChecklist()
    {
        ServerProcess server;
        QVERIFY(server.start());
        SignedIn admin(u"usage-issuer"_s);
        auto o = run([&](OutcomeDone d) { admin.service.signIn(server.url(), u"admin"_s, u"admin-demo"_s, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        const auto sid = admin.create(u"Sync"_s, {u"reports.list"_s});
        QVERIFY(sid);
        const TokenRef ref = TokenRef::scoped(*sid);
        UsageStore &usage = admin.service.usage();
        QVERIFY(admin.service.usageOf(ref).since.isValid()); // created: its age counts from now
        QVERIFY(usage.update(u"usage-issuer"_s, ref.key(), [](TokenUsage &u) {
            Integration a;
            a.id = u"a"_s;
            a.name = u"Warehouse"_s;
            Integration b = a;
            b.id = u"b"_s;
            b.name = u"Dashboard"_s;
            u.integrations = {a, b};
            u.since = QDateTime::currentDateTimeUtc().addDays(-120);
            u.rotateEveryDays = 90;
        }).ok);
        QVERIFY(admin.service.usageOf(ref).due());

        // A reset (signed in): both integrations now hold the old value, and the age starts again.
        o = run([&](OutcomeDone d) { admin.service.reset(ref, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(admin.service.usageOf(ref).pendingCount(), 2);
        QVERIFY(!admin.service.usageOf(ref).due());
        // Another process reads the same.
        QCOMPARE(UsageStore(usage.path()).usage(u"usage-issuer"_s, ref.key()).pendingCount(), 2);

        // A replace (tokens only) does the same for the pasted copy.
        const Credential first = *admin.service.credential(ref);
        KeychainStore store;
        RestClient client;
        TokensOnlyService pasted({u"usage-pasted"_s, u"Pasted"_s, AccountKind::TokensOnly, server.url(), {}}, &store, &client);
        o = run([&](OutcomeDone d) {
            pasted.addScoped(u"Sync"_s, first.accountSid.toString(), first.authToken.revealClearValue(), false, d);
        });
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(pasted.usageOf(ref).since.isValid());
        QVERIFY(usage.update(u"usage-pasted"_s, ref.key(), [](TokenUsage &u) {
            Integration a;
            a.id = u"a"_s;
            a.name = u"Warehouse"_s;
            Integration b = a;
            b.id = u"b"_s;
            b.name = u"Dashboard"_s;
            u.integrations = {a, b};
        }).ok);
        o = run([&](OutcomeDone d) { admin.service.reset(ref, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        o = run([&](OutcomeDone d) {
            pasted.replaceToken(ref, admin.service.credential(ref)->authToken.revealClearValue(), d);
        });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(pasted.usageOf(ref).pendingCount(), 2);

        // Verify and probe are logged with their result; the log names the token, never its value.
        o = run([&](OutcomeDone d) {
            pasted.verify(ref, std::nullopt, [d](const Outcome &out, const VerifyResult &) { d(out); });
        });
        QVERIFY2(o.ok, qPrintable(o.message));
        probe(pasted, ref);
        const QList<ActivityEntry> log = usage.activity(u"usage-pasted"_s);
        QStringList actions;
        for (const ActivityEntry &entry : log)
            actions.prepend(entry.action);
        QCOMPARE(actions, (QStringList{u"add"_s, u"replace"_s, u"verify"_s, u"probe"_s}));
        QCOMPARE(log.at(1).detail, u"notPermitted"_s); // its scopes leave CompanyInformation out
        QCOMPARE(log.at(1).tokenTitle, u"Sync"_s);
        QCOMPARE(log.at(1).by, Actor::App);
        QStringList issuerActions;
        for (const ActivityEntry &entry : usage.activity(u"usage-issuer"_s))
            issuerActions.prepend(entry.action);
        QCOMPARE(issuerActions, (QStringList{u"create"_s, u"reset"_s, u"reset"_s}));

        // Removing the account forgets its records and logs the removal.
        pasted.setOwnedByList(false);
        o = run([&](OutcomeDone d) { pasted.removeAccount(d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(usage.tokens(u"usage-pasted"_s).isEmpty());
        QCOMPARE(usage.activity(u"usage-pasted"_s).first().action, u"remove"_s);

        // Nothing secret in the store.
        QFile file(usage.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(first.authToken.revealClearValue().toUtf8()));
        QVERIFY(!content.contains(admin.service.credential(ref)->authToken.revealClearValue().toUtf8()));
    }

    void cleanupTestCase()
    {
        KeychainStore store;
        QVERIFY(StoreWaiter::removeAll(store)->ok());
    }
};

QTEST_GUILESS_MAIN(TestScoped)
#include "tst_scoped.moc"
