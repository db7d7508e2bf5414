// SPDX-License-Identifier: MIT
// Accounts against the real reference server and the real keychain:
// tokens-only accounts (checked before anything is saved, Replace token),
// several accounts side by side, each wiping exactly its own entries, and a
// restart opening the last account with its tokens.
#include "FaultServer.h"
#include "HttpClient.h"
#include "OutcomeRun.h"
#include "ServerProcess.h"
#include "StoreWaiter.h"
#include "accounts/AccountList.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"
#include "service/TokenService.h"
#include "service/TokensOnlyService.h"

#include <QJsonArray>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
/// What the keychain holds under a key, read directly; empty when nothing.
QString keychainValue(const QString &key)
{
    KeychainStore store;
    const auto read = StoreWaiter::read(store, key);
    return read && read->first.ok() ? read->second : QString();
}

/// The demo agency on a reference server of its own, its legacy tokens enabled
/// through the management API: their credentials, and resets.
struct DemoAgency
{
    ServerProcess server;
    std::unique_ptr<HttpClient> http;
    QString session;

    bool start()
    {
        if (!server.start())
            return false;
        http = std::make_unique<HttpClient>(server.url());
        session = http->signInAndEnable();
        return !session.isEmpty();
    }
    std::pair<QString, QString> credential(const QString &kind)
    {
        for (const QJsonValue &t : http->legacyTokens(session)) {
            if (t[u"kind"_s].toString() == kind)
                return {t[u"accountSid"_s].toString(), t[u"authToken"_s].toString()};
        }
        return {};
    }
    QString reset(const QString &kind)
    {
        return http->post(u"/api/v1/legacy-tokens/%1/reset"_s.arg(kind), {}, HttpClient::bearer(session))
            .json().value(u"authToken"_s).toString();
    }
};
} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

    KeychainStore m_keychain;
    RestClient m_client;

private Q_SLOTS:
    void init()
    {
        QVERIFY(StoreWaiter::removeAll(m_keychain)->ok());
        AccountList list;
        for (const AccountInfo &info : list.accounts())
            list.remove(info.id);
    }

    void tokensOnlyAccountAddedOnlyAfterTokenPasses()
    {
        DemoAgency agency;
        QVERIFY(agency.start());
        const auto [sid, token] = agency.credential(u"readOnly"_s);
        AccountList list;
        const AccountInfo info = list.create(AccountKind::TokensOnly, u"Pasted"_s, agency.server.url());
        TokensOnlyService account(info, &m_keychain, &m_client);
        const AccountSid accountSid = *AccountSid::parse(sid);
        const QString key = KeychainKeys::tokenKey(info.keyPart(), accountSid, TokenKind::ReadOnly);

        // A wrong token (401): refused, nothing saved.
        Outcome o = run([&](OutcomeDone d) {
            account.addToken(TokenKind::ReadOnly, sid, u"abcdefghijklmnopqrstuvwxyz012345"_s, false, d);
        });
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(u"refused"_s), qPrintable(o.message));
        QVERIFY(!account.credential(TokenKind::ReadOnly));
        QVERIFY(keychainValue(key).isEmpty());
        QVERIFY(keychainValue(KeychainKeys::stateKey(info.keyPart())).isEmpty());
        // "Save without checking" is refused while the platform answers.
        o = run([&](OutcomeDone d) { account.addToken(TokenKind::ReadOnly, sid, u"abcdefghijklmnopqrstuvwxyz012345"_s, true, d); });
        QVERIFY(!o.ok);
        QVERIFY(keychainValue(key).isEmpty());

        // The right one, pasted with spaces around it: checked, then saved.
        o = run([&](OutcomeDone d) { account.addToken(TokenKind::ReadOnly, u" "_s + sid + u"\n"_s, token + u"  "_s, false, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(keychainValue(key), token);
        QCOMPARE(account.snapshot().agencyName, u"Demo Agency"_s);
        QVERIFY(!account.isUnsaved(TokenKind::ReadOnly));
    }

    void replaceTokenAccountOnlyWhenNewPassesAndOldFails()
    {
        DemoAgency agency;
        QVERIFY(agency.start());
        const auto [sid, token] = agency.credential(u"readWrite"_s);
        const AccountInfo info = AccountList().create(AccountKind::TokensOnly, u"R"_s, agency.server.url());
        TokensOnlyService account(info, &m_keychain, &m_client);
        QVERIFY(run([&](OutcomeDone d) { account.addToken(TokenKind::ReadWrite, sid, token, false, d); }).ok);
        const QString key = KeychainKeys::tokenKey(info.keyPart(), *AccountSid::parse(sid), TokenKind::ReadWrite);

        // Not reset yet: the same token, or one that does not pass, changes nothing.
        Outcome o = run([&](OutcomeDone d) { account.replaceToken(TokenKind::ReadWrite, token, d); });
        QVERIFY(!o.ok);
        o = run([&](OutcomeDone d) { account.replaceToken(TokenKind::ReadWrite, u"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"_s, d); });
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(u"does not pass"_s), qPrintable(o.message));
        QCOMPARE(keychainValue(key), token);

        // Reset in the "web app": the new one passes, the old one fails, only then replaced.
        const QString fresh = agency.reset(u"readWrite"_s);
        QCOMPARE(fresh.size(), 32);
        o = run([&](OutcomeDone d) { account.replaceToken(TokenKind::ReadWrite, fresh, d); });
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(keychainValue(key), fresh);
        QCOMPARE(account.credential(TokenKind::ReadWrite)->authToken.revealClearValue(), fresh);
        QVERIFY(account.tokenInfo(TokenKind::ReadWrite)->lastResetAt.isValid());
    }

    void replaceRefusedWhileOldTokenStillPassesAccount()
    {
        // A platform where every token passes (FaultServer: the real one cannot have two working
        // tokens for one SID): the old one still passes, so the reset did not happen; nothing replaced.
        FaultServer fake;
        fake.setAnswer(FaultServer::response(200, R"({"CompanyName":"Fake Agency"})"));
        const AccountInfo info = AccountList().create(AccountKind::TokensOnly, u"F"_s, fake.url());
        TokensOnlyService account(info, &m_keychain, &m_client);
        const QString sid = u"IR"_s + QString(32, u'A');
        const QString old = QString(32, u'o');
        QVERIFY(run([&](OutcomeDone d) { account.addToken(TokenKind::ReadWrite, sid, old, false, d); }).ok);
        const Outcome o = run([&](OutcomeDone d) { account.replaceToken(TokenKind::ReadWrite, QString(32, u'n'), d); });
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(u"old token still passes"_s), qPrintable(o.message));
        QCOMPARE(keychainValue(KeychainKeys::tokenKey(info.keyPart(), *AccountSid::parse(sid), TokenKind::ReadWrite)), old);
        QCOMPARE(fake.requests().size(), 3); // add: one check; replace: the new, then the old
    }

    void replaceWithTheOldValueAfterAResetRefusedAccount()
    {
        DemoAgency agency;
        QVERIFY(agency.start());
        const auto [sid, token] = agency.credential(u"readOnly"_s);
        const AccountInfo info = AccountList().create(AccountKind::TokensOnly, u"O"_s, agency.server.url());
        TokensOnlyService account(info, &m_keychain, &m_client);
        QVERIFY(run([&](OutcomeDone d) { account.addToken(TokenKind::ReadOnly, sid, token, false, d); }).ok);
        const QString fresh = agency.reset(u"readOnly"_s);
        QVERIFY(run([&](OutcomeDone d) { account.replaceToken(TokenKind::ReadOnly, fresh, d); }).ok);
        const Outcome back = run([&](OutcomeDone d) { account.replaceToken(TokenKind::ReadOnly, token, d); });
        QVERIFY(!back.ok); // the old value no longer passes: never saved over the working one
        QCOMPARE(account.credential(TokenKind::ReadOnly)->authToken.revealClearValue(), fresh);
    }

    void restartOpensLastAccountWithItsTokens()
    {
        DemoAgency agency;
        QVERIFY(agency.start());
        const auto [sid, token] = agency.credential(u"readOnly"_s);
        AccountList list;
        AccountInfo info = list.create(AccountKind::TokensOnly, u"Kept"_s, agency.server.url());
        {
            TokensOnlyService account(info, &m_keychain, &m_client);
            QVERIFY(run([&](OutcomeDone d) { account.addToken(TokenKind::ReadOnly, sid, token, false, d); }).ok);
            list.insert(info);
            list.setLastUsed(info.id);
        }
        // A new process reads the same list and keychain.
        AccountList again;
        const auto last = again.find(again.lastUsed());
        QVERIFY(last);
        QCOMPARE(last->name, u"Kept"_s);
        agency.server.stop(); // offline: what the keychain holds is enough
        TokensOnlyService restored(*last, &m_keychain, &m_client);
        run([&](OutcomeDone d) { restored.restore(d); });
        QVERIFY(restored.credential(TokenKind::ReadOnly));
        QCOMPARE(restored.credential(TokenKind::ReadOnly)->authToken.revealClearValue(), token);
        QCOMPARE(restored.snapshot().agencyName, u"Demo Agency"_s);
        QVERIFY(!restored.isOnline());
    }

    void twoAccountsSideBySideRemovingOneKeepsTheOther()
    {
        DemoAgency agency;
        QVERIFY(agency.start());
        AccountList list;
        // One signed in…
        const AccountInfo signedInInfo = list.add(AccountKind::SignedIn, u"Signed"_s, agency.server.url());
        TokenService signedIn(signedInInfo, &m_keychain, &m_client);
        QVERIFY(run([&](OutcomeDone d) { signedIn.signIn(agency.server.url(), u"admin"_s, u"admin-demo"_s, d); }).ok);
        const Credential rw = *signedIn.credential(TokenKind::ReadWrite);
        // …and one of tokens only, on the same platform.
        const auto [sid, token] = agency.credential(u"readOnly"_s);
        const AccountInfo pastedInfo = list.add(AccountKind::TokensOnly, u"Pasted"_s, agency.server.url());
        TokensOnlyService pasted(pastedInfo, &m_keychain, &m_client);
        QVERIFY(run([&](OutcomeDone d) { pasted.addToken(TokenKind::ReadOnly, sid, token, false, d); }).ok);

        const QString signedInToken = KeychainKeys::tokenKey(signedInInfo.keyPart(), rw.accountSid, TokenKind::ReadWrite);
        const QString signedInSession = KeychainKeys::sessionKey(signedInInfo.keyPart());
        const QString pastedToken = KeychainKeys::tokenKey(pastedInfo.keyPart(), *AccountSid::parse(sid), TokenKind::ReadOnly);
        QCOMPARE(keychainValue(signedInToken), rw.authToken.revealClearValue());
        QVERIFY(!keychainValue(signedInSession).isEmpty());
        QCOMPARE(keychainValue(pastedToken), token);

        // Removing the tokens-only account wipes its entries and none of the other's.
        QVERIFY(run([&](OutcomeDone d) { pasted.removeEverything(d); }).ok);
        list.remove(pastedInfo.id);
        QVERIFY(keychainValue(pastedToken).isEmpty());
        QVERIFY(keychainValue(KeychainKeys::stateKey(pastedInfo.keyPart())).isEmpty());
        QCOMPARE(keychainValue(signedInToken), rw.authToken.revealClearValue());
        QVERIFY(!keychainValue(signedInSession).isEmpty());
        QVERIFY(!keychainValue(KeychainKeys::stateKey(signedInInfo.keyPart())).isEmpty());

        // Signing out of the other wipes its own, and then nothing of the app is left.
        QVERIFY(run([&](OutcomeDone d) { signedIn.signOut(d); }).ok);
        QVERIFY(keychainValue(signedInToken).isEmpty());
        QVERIFY(keychainValue(signedInSession).isEmpty());
        QVERIFY(keychainValue(KeychainKeys::indexKey()).isEmpty());
        QCOMPARE(list.accounts().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
