// SPDX-License-Identifier: MIT
// CredentialVault against the real keychain (gnome-keyring in the test's
// private D-Bus session): what it keeps in memory, what it writes where, what
// it reads back after a restart, and that a write the keychain refuses leaves
// the token shown and "unsaved" until retry() saves it. The keychain is read
// directly (secret-tool) to see what was really written. Faults come from the
// real keyring (locked) or, where one write must fail on its own, from
// FailingStore in front of it.
#include "FailingStore.h"
#include "KeyringControl.h"
#include "OutcomeRun.h"
#include "StoreWaiter.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"
#include "service/CredentialVault.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;
using Error = SecretStore::Error;

namespace {
const QString KeyPart = KeychainKeys::accountPart(QUrl(u"https://platform.example"_s), u"vault-test"_s);
const AccountSid SidA = *AccountSid::parse(u"IR"_s + QString(32, u'7'));
const AccountSid SidB = *AccountSid::parse(u"IR"_s + QString(32, u'8'));

/// A credential whose token is 32 times \a c (a letter, digit or . _ ~ -).
Credential credential(TokenKind kind, QChar c, const AccountSid &sid = SidA)
{
    return {kind, sid, *AuthToken::parse(QString(32, c))};
}

QString keyOf(const Credential &c)
{
    return KeychainKeys::tokenKey(KeyPart, c.accountSid, c.kind);
}

TokenInfo infoOf(const Credential &c)
{
    TokenInfo info;
    info.kind = c.kind;
    info.accountSid = c.accountSid;
    return info;
}

/// A vault of the test's account.
struct Vault : CredentialVault
{
    explicit Vault(SecretStore *store) : CredentialVault(store) { setKeyPart(KeyPart); }
};

/// The vault's credential of \a kind equals \a expected.
bool holds(const CredentialVault &vault, const Credential &expected)
{
    const auto held = vault.credential(expected.kind);
    return held && held->accountSid == expected.accountSid && held->authToken == expected.authToken;
}

/// retry() with nothing unsaved: a success without a single keychain job.
bool retryDoesNothing(CredentialVault &vault, const KeychainStore &keychain)
{
    const int jobs = keychain.jobsStarted();
    return run([&](OutcomeDone d) { vault.retry(d); }).ok && keychain.jobsStarted() == jobs;
}
} // namespace

class TestCredentialVault : public QObject
{
    Q_OBJECT

    KeychainStore m_keychain;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KeyringControl::servicePid() > 0,
                 "no Secret Service on the session bus: run through ctest (scripts/lib/keyring-session.sh)");
    }

    void init()
    {
        const auto wiped = StoreWaiter::removeAll(m_keychain);
        QVERIFY(wiped && wiped->ok());
        QCOMPARE(KeyringControl::appEntries(), QStringList());
    }

    void keepHoldsInMemoryUnsavedUntilStoreConfirms()
    {
        Vault vault(&m_keychain);
        QSignalSpy changed(&vault, &CredentialVault::changed);
        const Credential rw = credential(TokenKind::ReadWrite, u'a');

        vault.keep(rw);
        QVERIFY(holds(vault, rw));
        QVERIFY(vault.isUnsaved(TokenKind::ReadWrite));
        QVERIFY(vault.hasUnsaved());
        QVERIFY(!vault.credential(TokenKind::ReadOnly));
        QVERIFY(!vault.isUnsaved(TokenKind::ReadOnly));
        QCOMPARE(changed.size(), 1);
        // keep() writes nothing.
        QCOMPARE(KeyringControl::appEntries(KeyPart), QStringList());

        const Outcome stored = run([&](OutcomeDone d) { vault.store({rw}, d); });
        QVERIFY2(stored.ok, qPrintable(stored.message));
        QVERIFY(!vault.isUnsaved(TokenKind::ReadWrite));
        QVERIFY(!vault.hasUnsaved());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(KeyringControl::appValue(keyOf(rw)), QString(32, u'a'));
        QCOMPARE(KeyringControl::appEntries(KeyPart), QStringList{keyOf(rw)});
    }

    void storeWritesEachCredentialUnderItsOwnKey()
    {
        Vault vault(&m_keychain);
        const Credential rw = credential(TokenKind::ReadWrite, u'b');
        const Credential ro = credential(TokenKind::ReadOnly, u'c', SidB);
        vault.keep(rw);
        vault.keep(ro);

        const Outcome stored = run([&](OutcomeDone d) { vault.store({rw, ro}, d); });
        QVERIFY2(stored.ok, qPrintable(stored.message));
        QVERIFY(!vault.hasUnsaved());
        QCOMPARE(keyOf(rw), KeyPart + u'/' + SidA.toString() + u"/read-write"_s);
        QCOMPARE(keyOf(ro), KeyPart + u'/' + SidB.toString() + u"/read-only"_s);
        QCOMPARE(KeyringControl::appValue(keyOf(rw)), QString(32, u'b'));
        QCOMPARE(KeyringControl::appValue(keyOf(ro)), QString(32, u'c'));
        QStringList entries = KeyringControl::appEntries(KeyPart);
        entries.sort();
        QStringList expected{keyOf(rw), keyOf(ro)};
        expected.sort();
        QCOMPARE(entries, expected);
        // Nothing to store is a success at once.
        QVERIFY(run([&](OutcomeDone d) { vault.store({}, d); }).ok);
    }

    void loadReadsWhatAnEarlierRunStored()
    {
        const Credential rw = credential(TokenKind::ReadWrite, u'd');
        const Credential ro = credential(TokenKind::ReadOnly, u'e', SidB);
        {
            Vault first(&m_keychain);
            first.keep(rw);
            first.keep(ro);
            QVERIFY(run([&](OutcomeDone d) { first.store({rw, ro}, d); }).ok);
        }

        // A restart: a new store and vault, nothing in memory.
        KeychainStore restarted;
        Vault vault(&restarted);
        QSignalSpy changed(&vault, &CredentialVault::changed);
        const Outcome loaded = run([&](OutcomeDone d) { vault.load({infoOf(rw), infoOf(ro)}, d); });
        QVERIFY2(loaded.ok, qPrintable(loaded.message));
        QVERIFY(holds(vault, rw));
        QVERIFY(holds(vault, ro));
        QVERIFY(!vault.hasUnsaved());
        QCOMPARE(changed.size(), 1);
        // What it holds as loaded counts as saved.
        QCOMPARE(vault.changedFrom({rw, ro}).size(), 0);

        // A token the keychain does not hold is simply not there.
        CredentialVault other(&restarted);
        other.setKeyPart(KeychainKeys::accountPart(QUrl(u"https://platform.example"_s), u"another"_s));
        QVERIFY(run([&](OutcomeDone d) { other.load({infoOf(rw)}, d); }).ok);
        QVERIFY(!other.credential(TokenKind::ReadWrite));
        // Nothing to load is a success at once.
        QVERIFY(run([&](OutcomeDone d) { other.load({}, d); }).ok);
    }

    void loadKeepsANewerValueThatArrivedMeanwhile()
    {
        const Credential old = credential(TokenKind::ReadWrite, u'f');
        QVERIFY(StoreWaiter::write(m_keychain, keyOf(old), old.authToken.revealClearValue())->ok());

        Vault vault(&m_keychain);
        const Credential fresh = credential(TokenKind::ReadWrite, u'g'); // a reset answered first
        vault.keep(fresh);
        QVERIFY(run([&](OutcomeDone d) { vault.load({infoOf(old)}, d); }).ok);
        QVERIFY(holds(vault, fresh));
        QVERIFY(vault.isUnsaved(TokenKind::ReadWrite));
    }

    void loadFromALockedKeyringFailsAndKeepsWhatIsHeld()
    {
        const Credential rw = credential(TokenKind::ReadWrite, u'h');
        QVERIFY(StoreWaiter::write(m_keychain, keyOf(rw), rw.authToken.revealClearValue())->ok());
        QCOMPARE(KeyringControl::lockDefault(), QString());
        auto unlock = qScopeGuard([] { (void)KeyringControl::unlockDefault(); });

        KeychainStore afterLock;
        Vault vault(&afterLock);
        const Credential held = credential(TokenKind::ReadOnly, u'i');
        vault.keep(held);
        // A locked collection reads as empty under libsecret: not "nothing stored".
        const Outcome loaded = run([&](OutcomeDone d) { vault.load({infoOf(rw)}, d); });
        QVERIFY(!loaded.ok);
        QCOMPARE(loaded.source, Outcome::Source::Keychain);
        QCOMPARE(loaded.storeError, Error::Locked);
        QCOMPARE(loaded.message, SecretStore::messageFor(Error::Locked));
        QVERIFY(!vault.credential(TokenKind::ReadWrite));
        QVERIFY(holds(vault, held));
    }

    void aFailedWriteStaysUnsavedInMemoryAndRetrySavesIt()
    {
        FailingStore store(&m_keychain);
        Vault vault(&store);
        const Credential rw = credential(TokenKind::ReadWrite, u'j');
        vault.keep(rw);

        store.setFailWrites(Error::DeniedByUser);
        const Outcome failed = run([&](OutcomeDone d) { vault.store({rw}, d); });
        QVERIFY(!failed.ok);
        QCOMPARE(failed.source, Outcome::Source::Keychain);
        QCOMPARE(failed.storeError, Error::DeniedByUser);
        QVERIFY(failed.message.startsWith(u"The token is shown, but it could not be saved in the keychain:"_s));
        QVERIFY(failed.message.endsWith(SecretStore::messageFor(Error::DeniedByUser)));
        // Shown and copyable, marked unsaved, and really not in the keychain.
        QVERIFY(holds(vault, rw));
        QVERIFY(vault.isUnsaved(TokenKind::ReadWrite));
        QVERIFY(vault.hasUnsaved());
        QCOMPARE(vault.changedFrom({rw}).size(), 1);
        QCOMPARE(KeyringControl::appEntries(KeyPart), QStringList());

        // Still refused: still unsaved.
        QVERIFY(!run([&](OutcomeDone d) { vault.retry(d); }).ok);
        QVERIFY(vault.isUnsaved(TokenKind::ReadWrite));

        store.setFailWrites(Error::None);
        QSignalSpy changed(&vault, &CredentialVault::changed);
        const Outcome retried = run([&](OutcomeDone d) { vault.retry(d); });
        QVERIFY2(retried.ok, qPrintable(retried.message));
        QVERIFY(!vault.hasUnsaved());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(KeyringControl::appValue(keyOf(rw)), QString(32, u'j'));

        QVERIFY(retryDoesNothing(vault, m_keychain));
    }

    void aLockedKeyringStopsTheFirstWriteAndRetrySavesBoth()
    {
        Vault vault(&m_keychain);
        const Credential rw = credential(TokenKind::ReadWrite, u'k');
        const Credential ro = credential(TokenKind::ReadOnly, u'l');
        vault.keep(rw);
        vault.keep(ro);

        QCOMPARE(KeyringControl::lockDefault(), QString());
        auto unlock = qScopeGuard([] { (void)KeyringControl::unlockDefault(); });
        int answers = 0;
        std::optional<Outcome> out;
        vault.store({rw, ro}, [&](const Outcome &o) {
            ++answers;
            out = o;
        });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        QVERIFY(!out->ok);
        QCOMPARE(out->storeError, Error::Locked);
        // Stopped at the first failure: one answer, the second write never tried.
        QTest::qWait(200);
        QCOMPARE(answers, 1);
        QVERIFY(vault.isUnsaved(TokenKind::ReadWrite));
        QVERIFY(vault.isUnsaved(TokenKind::ReadOnly));

        QCOMPARE(KeyringControl::unlockDefault(), QString());
        unlock.dismiss();
        const Outcome retried = run([&](OutcomeDone d) { vault.retry(d); });
        QVERIFY2(retried.ok, qPrintable(retried.message));
        QVERIFY(!vault.hasUnsaved());
        QCOMPARE(KeyringControl::appValue(keyOf(rw)), QString(32, u'k'));
        QCOMPARE(KeyringControl::appValue(keyOf(ro)), QString(32, u'l'));
    }

    void aNewerValueKeptDuringAWriteStaysUnsaved()
    {
        Vault vault(&m_keychain);
        const Credential first = credential(TokenKind::ReadWrite, u'm');
        const Credential second = credential(TokenKind::ReadWrite, u'n');
        vault.keep(first);
        std::optional<Outcome> out;
        vault.store({first}, [&](const Outcome &o) { out = o; });
        vault.keep(second); // arrives while the first is being written
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 20000);
        QVERIFY(out->ok);
        QVERIFY(holds(vault, second));
        QVERIFY(vault.isUnsaved(TokenKind::ReadWrite));
        QCOMPARE(KeyringControl::appValue(keyOf(first)), QString(32, u'm'));

        QVERIFY(run([&](OutcomeDone d) { vault.retry(d); }).ok);
        QVERIFY(!vault.hasUnsaved());
        QCOMPARE(KeyringControl::appValue(keyOf(second)), QString(32, u'n'));
    }

    void changedFromListsWhatTheKeychainDoesNotHold()
    {
        Vault vault(&m_keychain);
        const Credential rw = credential(TokenKind::ReadWrite, u'o');
        const Credential ro = credential(TokenKind::ReadOnly, u'p');
        // Nothing held: everything is new.
        QCOMPARE(vault.changedFrom({rw, ro}).size(), 2);
        vault.keep(rw);
        vault.keep(ro);
        QVERIFY(run([&](OutcomeDone d) { vault.store({rw, ro}, d); }).ok);
        QCOMPARE(vault.changedFrom({rw, ro}).size(), 0);

        const Credential newToken = credential(TokenKind::ReadWrite, u'q');
        const Credential newSid = credential(TokenKind::ReadOnly, u'p', SidB);
        const QList<Credential> changed = vault.changedFrom({newToken, newSid});
        QCOMPARE(changed.size(), 2);
        QVERIFY(changed.at(0).authToken == newToken.authToken);
        QVERIFY(changed.at(1).accountSid == SidB);

        // Held but unsaved: not in the keychain, so listed even when equal.
        vault.keep(newToken);
        QCOMPARE(vault.changedFrom({newToken}).size(), 1);
    }

    void dropUnlessKeepsOnlyTheListedSid()
    {
        Vault vault(&m_keychain);
        QSignalSpy changed(&vault, &CredentialVault::changed);
        vault.dropUnless(TokenKind::ReadWrite, SidB); // nothing held: nothing happens
        QCOMPARE(changed.size(), 0);

        const Credential rw = credential(TokenKind::ReadWrite, u'r');
        const Credential ro = credential(TokenKind::ReadOnly, u's');
        vault.keep(rw);
        vault.keep(ro);
        QCOMPARE(changed.size(), 2);

        vault.dropUnless(TokenKind::ReadWrite, SidA); // still listed
        QVERIFY(holds(vault, rw));
        QCOMPARE(changed.size(), 2);

        vault.dropUnless(TokenKind::ReadWrite, SidB); // the platform lists another SID now
        QVERIFY(!vault.credential(TokenKind::ReadWrite));
        QVERIFY(!vault.isUnsaved(TokenKind::ReadWrite));
        QCOMPARE(changed.size(), 3);
        QVERIFY(holds(vault, ro));

        vault.dropUnless(TokenKind::ReadOnly, std::nullopt); // no such token any more
        QVERIFY(!vault.credential(TokenKind::ReadOnly));
        QVERIFY(!vault.hasUnsaved());
        QCOMPARE(changed.size(), 4);
    }

    void clearForgetsTheMemoryNotTheKeychain()
    {
        Vault vault(&m_keychain);
        const Credential rw = credential(TokenKind::ReadWrite, u't');
        vault.keep(rw);
        QVERIFY(run([&](OutcomeDone d) { vault.store({rw}, d); }).ok);
        vault.keep(credential(TokenKind::ReadOnly, u'u'));
        QSignalSpy changed(&vault, &CredentialVault::changed);

        vault.clear();
        QVERIFY(!vault.credential(TokenKind::ReadWrite));
        QVERIFY(!vault.credential(TokenKind::ReadOnly));
        QVERIFY(!vault.hasUnsaved());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(KeyringControl::appValue(keyOf(rw)), QString(32, u't'));
        QVERIFY(retryDoesNothing(vault, m_keychain));
    }
};

QTEST_GUILESS_MAIN(TestCredentialVault)
#include "tst_credentialvault.moc"
