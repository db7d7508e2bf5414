// SPDX-License-Identifier: MIT
// Issue 20, item 8: the keychain entries of the versions before accounts
// ("agency-tokens/<host>/session", ".../state", ".../<sid>/<kind>") are moved
// into the account of their host, or removed, at the first start after an
// upgrade, once; against the real gnome-keyring of the test's session.
#include "KeyringControl.h"
#include "StoreWaiter.h"
#include "accounts/AccountList.h"
#include "accounts/PreAccountUpgrade.h"
#include "keychain/IndexLock.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"
#include "keychain/PreAccountEntry.h"
#include "network/RestClient.h"
#include "service/StateSnapshot.h"
#include "service/TokenService.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;
using Error = SecretStore::Error;
using Status = PreAccountUpgrade::Status;

namespace {

TokenInfo legacyInfo(TokenKind kind, const AccountSid &sid, int apiVersion, const QDateTime &createdAt)
{
    TokenInfo info;
    info.kind = kind;
    info.accountSid = sid;
    info.apiVersion = apiVersion;
    info.createdAt = createdAt;
    return info;
}
// Two hosts as the old app wrote them: the last one signed in to over plain
// http on loopback (its scheme only the settings know), and another one.
const QString HostA = u"127.0.0.1:8443"_s;
const QString HostB = u"platform.example"_s;
const QString SidRw = u"IRaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1"_s;
const QString SidRo = u"IRbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2"_s;
const QString SidOld = u"IRccccccccccccccccccccccccccccccc3"_s; // an earlier Read/Write SID, no longer listed
const QString SidB = u"IRddddddddddddddddddddddddddddddd4"_s;

QString oldKey(const QString &host, const QString &rest)
{
    return u"agency-tokens/"_s + host + u'/' + rest;
}

QString oldState()
{
    StateSnapshot s;
    s.username = u"admin"_s;
    s.agencyName = u"Demo Agency"_s;
    s.state.legacyTokensEnabled = true;
    s.state.canManage = true;
    s.state.apiVersions = {2, 3};
    s.state.tokens = {legacyInfo(TokenKind::ReadWrite, *AccountSid::parse(SidRw), 2, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC)),
                      legacyInfo(TokenKind::ReadOnly, *AccountSid::parse(SidRo), 3, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC))};
    return s.toJson();
}

QSettings settings()
{
    return QSettings(u"AgencyTokens"_s, u"agency-tokens"_s);
}

PreAccountUpgrade::Report runUpgrade(SecretStore *store)
{
    // An event loop, not qWaitFor: its 10 ms naps between turns would add up over the many keychain jobs.
    PreAccountUpgrade upgrade(store);
    std::optional<PreAccountUpgrade::Report> report;
    QEventLoop loop;
    upgrade.run([&](const PreAccountUpgrade::Report &r) {
        report = r;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!report)
        loop.exec();
    return report.value_or(PreAccountUpgrade::Report{Status::Failed, 0, 0, SecretStore::failure(Error::Timeout)});
}

std::optional<AccountInfo> accountOf(const QString &host)
{
    for (const AccountInfo &info : AccountList().accounts()) {
        if (KeychainKeys::hostPart(info.address.host(), info.address.port()) == host)
            return info;
    }
    return std::nullopt;
}

QStringList listKeys(SecretStore &store)
{
    std::optional<QStringList> keys;
    QObject ctx;
    QEventLoop loop;
    store.listKeys(&ctx, [&](const SecretStore::Result &r, const QStringList &k) {
        keys = r.ok() ? k : QStringList{u"<failed>"_s};
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!keys)
        loop.exec();
    return keys.value_or(QStringList{u"<no answer>"_s});
}
} // namespace

class TestPreAccountUpgrade : public QObject
{
    Q_OBJECT

    // Every old entry, with its value.
    QHash<QString, QString> m_old;

    void writeOld(KeychainStore &store)
    {
        m_old = {
            {oldKey(HostA, u"session"_s), u"session-token-of-host-a-0123456789abcdefghijk"_s},
            {oldKey(HostA, u"state"_s), oldState()},
            {oldKey(HostA, SidRw + u"/read-write"_s), u"rwTokenValue0123456789abcdefghij"_s},
            {oldKey(HostA, SidRo + u"/read-only"_s), u"roTokenValue0123456789abcdefghij"_s},
            {oldKey(HostA, SidOld + u"/read-write"_s), u"oldRwValue_0123456789abcdefghijk"_s},
            {oldKey(HostB, SidB + u"/read-only"_s), u"hostBReadOnly.0123456789abcdefgh"_s},
        };
        // In the order the old app wrote them: index first, then the value.
        for (const QString &key : {oldKey(HostA, u"session"_s), oldKey(HostA, u"state"_s), oldKey(HostA, SidOld + u"/read-write"_s),
                                   oldKey(HostA, SidRw + u"/read-write"_s), oldKey(HostA, SidRo + u"/read-only"_s),
                                   oldKey(HostB, SidB + u"/read-only"_s)})
            QVERIFY(StoreWaiter::write(store, key, m_old.value(key))->ok());
        settings().setValue(u"session/lastServer"_s, u"http://127.0.0.1:8443"_s);
    }

    void verifyOldAllThere(KeychainStore &store)
    {
        for (auto it = m_old.cbegin(); it != m_old.cend(); ++it) {
            const auto read = StoreWaiter::read(store, it.key());
            QVERIFY2(read && read->first.ok(), qPrintable(it.key()));
            QCOMPARE(read->second, it.value());
        }
    }

    void verifyNoOldLeft(KeychainStore &store)
    {
        for (const QString &key : m_old.keys())
            QCOMPARE(StoreWaiter::read(store, key)->first.error, Error::NotFound);
        for (const QString &key : listKeys(store))
            QVERIFY2(!PreAccountEntry::parse(key), qPrintable(key));
    }

    static QString valueOf(KeychainStore &store, const QString &key)
    {
        const auto read = StoreWaiter::read(store, key);
        return read && read->first.ok() ? read->second : u"<%1>"_s.arg(read ? int(read->first.error) : -1);
    }

private Q_SLOTS:
    void init()
    {
        AccountList list;
        for (const AccountInfo &info : list.accounts())
            list.remove(info.id);
        settings().remove(PreAccountUpgrade::MarkerKey);
        settings().remove(u"session/lastServer"_s);
        KeychainStore store;
        QVERIFY(StoreWaiter::removeAll(store)->ok());
        m_old.clear();
    }

    void oldKeyForms()
    {
        const auto session = PreAccountEntry::parse(oldKey(HostA, u"session"_s));
        QVERIFY(session && session->kind == PreAccountEntry::Kind::Session && session->host == HostA);
        const auto state = PreAccountEntry::parse(oldKey(HostB, u"state"_s));
        QVERIFY(state && state->kind == PreAccountEntry::Kind::State && state->host == HostB);
        const auto token = PreAccountEntry::parse(oldKey(HostA, SidRo + u"/read-only"_s));
        QVERIFY(token && token->kind == PreAccountEntry::Kind::Token);
        QCOMPARE(token->tokenKind, TokenKind::ReadOnly);
        QCOMPARE(token->sid, SidRo);
        QCOMPARE(token->keyIn(u"agency-tokens/h/acc"_s), u"agency-tokens/h/acc/"_s + SidRo + u"/read-only"_s);
        // Today's keys (with an account id) and the index are not from before accounts.
        const QString part = KeychainKeys::accountPart(QUrl(u"https://"_s + HostB), u"0123abcd4567"_s);
        for (const QString &key : {KeychainKeys::sessionKey(part), KeychainKeys::stateKey(part),
                                   KeychainKeys::tokenKey(part, *AccountSid::parse(SidB), TokenKind::ReadWrite),
                                   KeychainKeys::indexKey(), u"other-app/host/session"_s, u"agency-tokens/host/x/y/z"_s})
            QVERIFY2(!PreAccountEntry::parse(key), qPrintable(key));
    }

    void firstStartMovesEveryOldEntryAndTheSecondDoesNothing()
    {
        KeychainStore store;
        writeOld(store);
        // An account of today, which the upgrade must leave alone.
        AccountList list;
        const AccountInfo other = list.add(AccountKind::TokensOnly, u"Other"_s, QUrl(u"https://api.example"_s));
        const QString otherKey = KeychainKeys::tokenKey(other.keyPart(), *AccountSid::parse(SidB), TokenKind::ReadWrite);
        QVERIFY(StoreWaiter::write(store, otherKey, u"otherAccountToken_0123456789abcd"_s)->ok());

        const auto report = runUpgrade(&store);
        QCOMPARE(report.status, Status::Done);
        QCOMPARE(report.moved, 4);   // host A: both tokens and the session; host B: its token
        QCOMPARE(report.removed, 2); // the earlier Read/Write SID (the account has one) and the old state
        QVERIFY(PreAccountUpgrade::isDone());
        verifyNoOldLeft(store);

        // Host A: the account a sign-in there makes, with the scheme it had, named after the agency.
        const auto a = accountOf(HostA);
        QVERIFY(a);
        QCOMPARE(a->kind, AccountKind::SignedIn);
        QCOMPARE(a->address, QUrl(u"http://127.0.0.1:8443"_s));
        QCOMPARE(a->name, u"Demo Agency"_s);
        QCOMPARE(valueOf(store, KeychainKeys::tokenKey(a->keyPart(), *AccountSid::parse(SidRw), TokenKind::ReadWrite)),
                 m_old.value(oldKey(HostA, SidRw + u"/read-write"_s)));
        QCOMPARE(valueOf(store, KeychainKeys::tokenKey(a->keyPart(), *AccountSid::parse(SidRo), TokenKind::ReadOnly)),
                 m_old.value(oldKey(HostA, SidRo + u"/read-only"_s)));
        QCOMPARE(valueOf(store, KeychainKeys::sessionKey(a->keyPart())), m_old.value(oldKey(HostA, u"session"_s)));
        QCOMPARE(valueOf(store, KeychainKeys::stateKey(a->keyPart())), oldState());
        QCOMPARE(StoreWaiter::read(store, KeychainKeys::tokenKey(a->keyPart(), *AccountSid::parse(SidOld), TokenKind::ReadWrite))
                     ->first.error,
                 Error::NotFound);

        // Host B: https (what a sign-in makes of a bare host), a page state that lists its token.
        const auto b = accountOf(HostB);
        QVERIFY(b);
        QCOMPARE(b->kind, AccountKind::SignedIn);
        QCOMPARE(b->address, QUrl(u"https://platform.example"_s));
        QCOMPARE(valueOf(store, KeychainKeys::tokenKey(b->keyPart(), *AccountSid::parse(SidB), TokenKind::ReadOnly)),
                 m_old.value(oldKey(HostB, SidB + u"/read-only"_s)));

        // What the app and the CLI read at start (no network) finds them.
        RestClient client;
        for (const AccountInfo &info : {*a, *b}) {
            TokenService service(info, &store, &client);
            std::optional<Outcome> loaded;
            service.loadStored([&](const Outcome &o) { loaded = o; });
            QVERIFY(QTest::qWaitFor([&] { return loaded.has_value(); }, 20000));
            QVERIFY2(loaded->ok, qPrintable(loaded->message));
            const auto ro = service.credential(TokenKind::ReadOnly);
            QVERIFY(ro);
            QCOMPARE(ro->authToken.revealClearValue(),
                     m_old.value(info.id == a->id ? oldKey(HostA, SidRo + u"/read-only"_s) : oldKey(HostB, SidB + u"/read-only"_s)));
        }

        // The other account, untouched; the index lists every entry there is.
        QCOMPARE(valueOf(store, otherKey), u"otherAccountToken_0123456789abcd"_s);
        QCOMPARE(AccountList().accounts().size(), 3);
        const QStringList index = listKeys(store);
        QCOMPARE(index.size(), 7); // A: 2 tokens, session, state; B: token, state; the other account's token
        QVERIFY(index.contains(otherKey));

        // The second start: asks the keychain nothing and changes nothing.
        KeychainStore second;
        const auto again = runUpgrade(&second);
        QCOMPARE(again.status, Status::AlreadyDone);
        QCOMPARE(again.moved + again.removed, 0);
        QCOMPARE(second.jobsStarted(), 0);
        bool ranAtOnce = false;
        PreAccountUpgrade::runThen(&second, this, [&] { ranAtOnce = true; });
        QVERIFY(ranAtOnce);
        QCOMPARE(second.jobsStarted(), 0);
        QCOMPARE(AccountList().accounts().size(), 3);
        QCOMPARE(listKeys(store), index);
    }

    void anAccountsOwnTokenIsNeverOverwritten()
    {
        KeychainStore store;
        writeOld(store);
        // Signed in again since, with the new version: a newer Read/Write token and a page state.
        AccountList list;
        const AccountInfo a = list.add(AccountKind::SignedIn, u"Mine"_s, QUrl(u"http://127.0.0.1:8443"_s));
        const QString newer = KeychainKeys::tokenKey(a.keyPart(), *AccountSid::parse(SidRw), TokenKind::ReadWrite);
        QVERIFY(StoreWaiter::write(store, newer, u"newerRwValue_0123456789abcdefghi"_s)->ok());
        StateSnapshot own;
        own.agencyName = u"Mine"_s;
        own.state.tokens = {legacyInfo(TokenKind::ReadWrite, *AccountSid::parse(SidRw), 3, QDateTime::currentDateTimeUtc())};
        QVERIFY(StoreWaiter::write(store, KeychainKeys::stateKey(a.keyPart()), own.toJson())->ok());

        const auto report = runUpgrade(&store);
        QCOMPARE(report.status, Status::Done);
        verifyNoOldLeft(store);
        QCOMPARE(valueOf(store, newer), u"newerRwValue_0123456789abcdefghi"_s);
        QCOMPARE(valueOf(store, KeychainKeys::tokenKey(a.keyPart(), *AccountSid::parse(SidRo), TokenKind::ReadOnly)),
                 m_old.value(oldKey(HostA, SidRo + u"/read-only"_s)));
        QCOMPARE(valueOf(store, KeychainKeys::sessionKey(a.keyPart())), m_old.value(oldKey(HostA, u"session"_s)));
        // Its own page state stays; the Read-Only token it did not list is added.
        const auto state = StateSnapshot::fromJson(valueOf(store, KeychainKeys::stateKey(a.keyPart())));
        QVERIFY(state);
        QCOMPARE(state->agencyName, u"Mine"_s);
        QCOMPARE(state->state.tokens.size(), 2);
        QCOMPARE(state->state.tokens.at(0).apiVersion, 3);
        QCOMPARE(state->state.tokens.at(1).kind, TokenKind::ReadOnly);
        QCOMPARE(state->state.tokens.at(1).accountSid.toString(), SidRo);
        // No second account for the same host.
        QCOMPARE(AccountList().accounts().size(), 2); // A (found) and B (new)
    }

    void withoutAPageStateTheLastWrittenTokenOfAKindGoesIn()
    {
        KeychainStore store;
        const QString earlier = oldKey(HostB, SidOld + u"/read-write"_s);
        const QString later = oldKey(HostB, SidB + u"/read-write"_s);
        QVERIFY(StoreWaiter::write(store, earlier, u"earlierValue_0123456789abcdefghi"_s)->ok());
        QVERIFY(StoreWaiter::write(store, later, u"laterValue_0123456789abcdefghijk"_s)->ok());
        const auto report = runUpgrade(&store);
        QCOMPARE(report.status, Status::Done);
        QCOMPARE(report.moved, 1);
        QCOMPARE(report.removed, 1);
        const auto b = accountOf(HostB);
        QVERIFY(b);
        QCOMPARE(valueOf(store, KeychainKeys::tokenKey(b->keyPart(), *AccountSid::parse(SidB), TokenKind::ReadWrite)),
                 u"laterValue_0123456789abcdefghijk"_s);
        // A page state is made for it, so that a start without the network finds it.
        const auto state = StateSnapshot::fromJson(valueOf(store, KeychainKeys::stateKey(b->keyPart())));
        QVERIFY(state);
        QCOMPARE(state->state.tokens.size(), 1);
        QCOMPARE(state->state.tokens.at(0).accountSid.toString(), SidB);
        QCOMPARE(StoreWaiter::read(store, earlier)->first.error, Error::NotFound);
        QCOMPARE(StoreWaiter::read(store, later)->first.error, Error::NotFound);
    }

    void lockedKeychainRemovesNothingAndSetsNoMarker()
    {
        KeychainStore store;
        writeOld(store);
        QCOMPARE(KeyringControl::lockDefault(), QString());
        auto unlock = qScopeGuard([] { (void)KeyringControl::unlockDefault(); });

        KeychainStore locked; // a fresh start
        const auto report = runUpgrade(&locked);
        QCOMPARE(report.status, Status::Failed);
        QCOMPARE(report.error.error, Error::Locked);
        QCOMPARE(report.moved + report.removed, 0);
        QVERIFY(!PreAccountUpgrade::isDone());
        QVERIFY(AccountList().accounts().isEmpty());

        QCOMPARE(KeyringControl::unlockDefault(), QString());
        unlock.dismiss();
        KeychainStore unlocked;
        verifyOldAllThere(unlocked);
        // The next start does it.
        QCOMPARE(runUpgrade(&unlocked).status, Status::Done);
        verifyNoOldLeft(unlocked);
        QVERIFY(PreAccountUpgrade::isDone());
    }

    void anotherProcessAtItMeansNotNow()
    {
        KeychainStore store;
        writeOld(store);
        QLockFile held(QFileInfo(IndexLock::defaultPath()).absolutePath() + u"/agency-tokens-preaccount-upgrade.lock"_s);
        QVERIFY(held.tryLock(0));
        QCOMPARE(runUpgrade(&store).status, Status::Busy);
        QVERIFY(!PreAccountUpgrade::isDone());
        verifyOldAllThere(store);
        held.unlock();
        QCOMPARE(runUpgrade(&store).status, Status::Done);
    }

#ifdef AT_CLI_BINARY
    void theCliDoesItAtItsFirstStart()
    {
        KeychainStore store;
        writeOld(store);
        QProcess cli;
        cli.start(QStringLiteral(AT_CLI_BINARY), {u"accounts"_s, u"--json"_s});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        for (const QString &value : std::as_const(m_old))
            QVERIFY2(!out.contains(value.toUtf8()) && !err.contains(value.toUtf8()), "a secret in the output");
        const QJsonArray accounts = QJsonDocument::fromJson(out)[u"accounts"_s].toArray();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts[0][u"kind"_s].toString(), u"signedIn"_s);
        QCOMPARE(accounts[0][u"agencyName"_s].toString(), u"Demo Agency"_s);
        QCOMPARE(accounts[0][u"tokens"_s].toArray().size(), 2);
        QVERIFY(accounts[0][u"tokens"_s][0][u"held"_s].toBool());
        QVERIFY(accounts[0][u"tokens"_s][1][u"held"_s].toBool());
        QVERIFY(PreAccountUpgrade::isDone());
        verifyNoOldLeft(store);
    }
#endif
};

QTEST_GUILESS_MAIN(TestPreAccountUpgrade)
#include "tst_preaccount_upgrade.moc"
