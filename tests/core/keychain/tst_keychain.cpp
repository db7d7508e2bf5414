// SPDX-License-Identifier: MIT
// KeychainStore against the real Secret Service (gnome-keyring in a private
// D-Bus session, see scripts/lib/keyring-session.sh).
#include "KeyringControl.h"
#include "LockHolder.h"
#include "StoreWaiter.h"
#include "credentials/AuthToken.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;
using Error = SecretStore::Error;

namespace {
const QString AllTokenChars = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-"_s;
const QString Sid = u"IR"_s + QString(32, u'7');

QString key(TokenKind kind)
{
    return KeychainKeys::tokenKey(KeychainKeys::accountPart(QUrl(u"http://127.0.0.1:8080"_s), u"account1"_s),
                                  *AccountSid::parse(Sid), kind);
}

QStringList indexInKeyring()
{
    QStringList keys;
    const QJsonArray array = QJsonDocument::fromJson(KeyringControl::appValue(KeychainKeys::indexKey()).toUtf8()).array();
    for (const auto &value : array)
        keys << value.toString();
    return keys;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(KeyringControl::servicePid() > 0,
                 "no Secret Service on the session bus: run through scripts/test (or scripts/lib/keyring-session.sh)");
    }

    void init()
    {
        KeychainStore store;
        const auto wiped = StoreWaiter::removeAll(store);
        QVERIFY(wiped && wiped->ok());
    }

    void keysAreNamespaced()
    {
        QCOMPARE(key(TokenKind::ReadWrite), u"agency-tokens/127.0.0.1:8080/account1/"_s + Sid + u"/read-write"_s);
        const QString part = KeychainKeys::accountPart(QUrl(u"https://Example.com"_s), u"a2"_s);
        QCOMPARE(part, u"agency-tokens/example.com/a2"_s);
        QCOMPARE(KeychainKeys::sessionKey(part), u"agency-tokens/example.com/a2/session"_s);
        QCOMPARE(KeychainKeys::stateKey(part), u"agency-tokens/example.com/a2/state"_s);
        QCOMPARE(KeychainKeys::hostPart(u"API.Example.com"_s, 443), u"api.example.com:443"_s);
    }

    void writeReadOverwriteRemoveWipe()
    {
        KeychainStore store;
        auto result = StoreWaiter::write(store, key(TokenKind::ReadWrite), u"first-value"_s);
        QVERIFY(result && result->ok());
        auto read = StoreWaiter::read(store, key(TokenKind::ReadWrite));
        QVERIFY(read && read->first.ok());
        QCOMPARE(read->second, u"first-value"_s);

        result = StoreWaiter::write(store, key(TokenKind::ReadWrite), u"second-value"_s);
        QVERIFY(result && result->ok());
        // A second store instance (a restart) reads what the first wrote.
        KeychainStore restarted;
        read = StoreWaiter::read(restarted, key(TokenKind::ReadWrite));
        QVERIFY(read && read->first.ok());
        QCOMPARE(read->second, u"second-value"_s);

        result = StoreWaiter::remove(store, key(TokenKind::ReadWrite));
        QVERIFY(result && result->ok());
        read = StoreWaiter::read(store, key(TokenKind::ReadWrite));
        QVERIFY(read);
        QCOMPARE(read->first.error, Error::NotFound);
        QVERIFY(!read->first.message.isEmpty());
        // Removing what is not there is not an error.
        result = StoreWaiter::remove(store, key(TokenKind::ReadWrite));
        QVERIFY(result && result->ok());

        // Wipe-all removes every key written, by any instance, and the index itself.
        QVERIFY(StoreWaiter::write(store, key(TokenKind::ReadWrite), u"rw"_s)->ok());
        QVERIFY(StoreWaiter::write(restarted, key(TokenKind::ReadOnly), u"ro"_s)->ok());
        QVERIFY(StoreWaiter::write(store, KeychainKeys::sessionKey(u"h"_s), u"session"_s)->ok());
        KeychainStore fresh;
        result = StoreWaiter::removeAll(fresh);
        QVERIFY(result && result->ok());
        for (const QString &k : {key(TokenKind::ReadWrite), key(TokenKind::ReadOnly), KeychainKeys::sessionKey(u"h"_s),
                                 KeychainKeys::indexKey()}) {
            read = StoreWaiter::read(fresh, k);
            QVERIFY(read);
            QCOMPARE(read->first.error, Error::NotFound);
        }
    }

    void everyAllowedTokenCharacter()
    {
        KeychainStore store;
        for (const QString &value : {AllTokenChars, AllTokenChars.left(32), AllTokenChars.right(32)}) {
            QVERIFY(StoreWaiter::write(store, key(TokenKind::ReadOnly), value)->ok());
            const auto read = StoreWaiter::read(store, key(TokenKind::ReadOnly));
            QVERIFY(read && read->first.ok());
            QCOMPARE(read->second, value);
        }
        QVERIFY(AuthToken::parse(AllTokenChars.right(32)));
    }

    void answersAreAsynchronous()
    {
        KeychainStore store;
        bool answered = false;
        QObject ctx;
        store.write(key(TokenKind::ReadWrite), Secret::fromClearValue(u"v"_s), &ctx,
                    [&](const SecretStore::Result &) { answered = true; });
        QVERIFY(!answered); // never from inside the call
        QTRY_VERIFY(answered);
    }

    void deadContextGetsNoAnswer()
    {
        KeychainStore store;
        bool answered = false;
        {
            QObject ctx;
            store.write(key(TokenKind::ReadWrite), Secret::fromClearValue(u"v"_s), &ctx,
                        [&](const SecretStore::Result &) { answered = true; });
        }
        // The write still happens; only the answer is dropped.
        const auto read = StoreWaiter::read(store, key(TokenKind::ReadWrite));
        QVERIFY(read && read->first.ok());
        QCOMPARE(read->second, u"v"_s);
        QVERIFY(!answered);
    }

    void lockedKeyringHasItsOwnMessageAndLosesNothing()
    {
        KeychainStore store;
        QVERIFY(StoreWaiter::write(store, key(TokenKind::ReadWrite), u"kept-value"_s)->ok());
        QCOMPARE(KeyringControl::lockDefault(), QString());
        auto unlock = qScopeGuard([] { (void)KeyringControl::unlockDefault(); });

        KeychainStore afterLock; // a fresh start: nothing cached in memory
        const auto written = StoreWaiter::write(afterLock, key(TokenKind::ReadWrite), u"new-value"_s);
        QVERIFY(written);
        QCOMPARE(written->error, Error::Locked);
        QCOMPARE(written->message, SecretStore::messageFor(Error::Locked));
        QVERIFY(written->message.contains(u"locked"_s));
        // libsecret reads a locked collection as empty; the store must not.
        const auto readLocked = StoreWaiter::read(afterLock, key(TokenKind::ReadWrite));
        QVERIFY(readLocked);
        QCOMPARE(readLocked->first.error, Error::Locked);
        const auto wiped = StoreWaiter::removeAll(afterLock);
        QVERIFY(wiped);
        QCOMPARE(wiped->error, Error::Locked);

        QCOMPARE(KeyringControl::unlockDefault(), QString());
        unlock.dismiss();
        KeychainStore afterUnlock;
        const auto read = StoreWaiter::read(afterUnlock, key(TokenKind::ReadWrite));
        QVERIFY(read && read->first.ok());
        QCOMPARE(read->second, u"kept-value"_s);
    }

    void timeoutEndsInAnErrorNotAHang()
    {
        KeychainStore store;
        QVERIFY(StoreWaiter::write(store, key(TokenKind::ReadOnly), u"before-stall"_s)->ok());
        // Freeze the real keyring: its D-Bus calls now wait, as they do behind an unanswered prompt.
        StoppedKeyring keyring;
        QVERIFY(keyring.stopped());

        KeychainStore stalled;
        stalled.setTimeout(400);
        QElapsedTimer clock;
        clock.start();
        const auto written = StoreWaiter::write(stalled, key(TokenKind::ReadOnly), u"during-stall"_s);
        QVERIFY(written);
        QCOMPARE(written->error, Error::Timeout);
        QCOMPARE(written->message, SecretStore::messageFor(Error::Timeout));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        // Queued operations behind it are not stuck forever either.
        const auto read = StoreWaiter::read(stalled, key(TokenKind::ReadOnly));
        QVERIFY(read);
        QCOMPARE(read->first.error, Error::Timeout);

        keyring.resume();
        KeychainStore awake;
        const auto after = StoreWaiter::read(awake, key(TokenKind::ReadOnly));
        QVERIFY(after && after->first.ok());
        // The old value or, if the late write landed, the new one: never nothing.
        QVERIFY2(after->second == u"before-stall"_s || after->second == u"during-stall"_s, qPrintable(after->second));
    }

    void anotherProcessHoldingTheLockIsNamedWhileWaitedFor()
    {
        LockHolder holder(QStringLiteral(AT_INDEXLOCK_HOLDER));
        QVERIFY(holder.startHeld());
        KeychainStore store;
        store.setWaitingNotice(200);
        std::optional<SecretStore::Result> written;
        QObject context;
        store.write(key(TokenKind::ReadOnly), Secret::fromClearValue(u"after-the-other"_s), &context,
                    [&](const SecretStore::Result &result) { written = result; });
        QVERIFY(QTest::qWaitFor([&] { return store.waitingForUser(); }, 5000));
        QCOMPARE(store.waitingFor(), KeychainStore::WaitingFor::OtherProcess);
        QVERIFY2(store.waitingMessage().contains(holder.named()), qPrintable(store.waitingMessage()));
        QVERIFY(!written);
        // Once the other process is done, the wait is over and the write goes through.
        holder.release();
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 10000));
        QVERIFY(written->ok());
        QCOMPARE(store.waitingFor(), KeychainStore::WaitingFor::Nothing);
        QVERIFY(holder.finished());

        // A holder that outlasts the deadline: Busy, and its name in the message.
        LockHolder stuck(QStringLiteral(AT_INDEXLOCK_HOLDER));
        QVERIFY(stuck.startHeld());
        KeychainStore impatient;
        impatient.setTimeout(500);
        const auto busy = StoreWaiter::read(impatient, key(TokenKind::ReadOnly));
        QVERIFY(busy);
        QCOMPARE(busy->first.error, Error::Busy);
        QVERIFY2(busy->first.message.contains(stuck.named()), qPrintable(busy->first.message));
    }

    void giveUpWhenStuckEndsLaterOperationsAtOnce()
    {
        KeychainStore store;
        QVERIFY(StoreWaiter::write(store, key(TokenKind::ReadOnly), u"before-stall"_s)->ok());
        StoppedKeyring keyring;
        QVERIFY(keyring.stopped());
        KeychainStore stalled;
        stalled.setTimeout(1500);
        stalled.setGiveUpWhenStuck(true);
        QCOMPARE(StoreWaiter::read(stalled, key(TokenKind::ReadOnly))->first.error, Error::Timeout);
        const int jobs = stalled.jobsStarted();
        // Nothing has answered since: the next operation asks nothing and waits for nothing.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(StoreWaiter::write(stalled, key(TokenKind::ReadOnly), u"x"_s)->error, Error::Timeout);
        QCOMPARE(stalled.jobsStarted(), jobs);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    }

    void quickOperationsDoNotAskForPatience()
    {
        KeychainStore store;
        // Long enough for a person at the keyring's unlock prompt.
        QVERIFY(store.timeout() >= 60000);
        QSignalSpy waiting(&store, &KeychainStore::waitingChanged);
        QVERIFY(StoreWaiter::write(store, key(TokenKind::ReadOnly), u"quick"_s)->ok());
        QCOMPARE(waiting.count(), 0);
        QVERIFY(!store.waitingForUser());
        QVERIFY(store.waitingMessage().isEmpty());
    }

    void slowKeyringSaysItWaitsAndDoesNotGiveUp()
    {
        KeychainStore store;
        QVERIFY(StoreWaiter::write(store, key(TokenKind::ReadOnly), u"before-prompt"_s)->ok());
        store.setWaitingNotice(300);
        QSignalSpy waiting(&store, &KeychainStore::waitingChanged);
        // A stopped keyring answers nothing, as one behind an open unlock prompt.
        StoppedKeyring keyring;
        QVERIFY(keyring.stopped());

        QElapsedTimer clock;
        clock.start();
        std::optional<SecretStore::Result> written;
        QObject context;
        store.write(key(TokenKind::ReadOnly), Secret::fromClearValue(u"typed-at-the-prompt"_s), &context,
                    [&](const SecretStore::Result &result) { written = result; });
        QVERIFY(QTest::qWaitFor([&] { return store.waitingForUser(); }, 5000));
        QVERIFY2(clock.elapsed() >= 280, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting.at(0).at(0).toBool(), true);
        QVERIFY(store.waitingMessage().contains(u"unlock"_s));
        // The person takes their time: the operation is still open, not failed.
        QTest::qWait(1000);
        QVERIFY(!written);

        keyring.resume();
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, StoreWaiter::CapMs));
        QVERIFY2(written->ok(), qPrintable(written->message));
        QVERIFY(!store.waitingForUser());
        QVERIFY(store.waitingMessage().isEmpty());
        QCOMPARE(waiting.count(), 2);
        QCOMPARE(waiting.at(1).at(0).toBool(), false);
        const auto read = StoreWaiter::read(store, key(TokenKind::ReadOnly));
        QVERIFY(read && read->first.ok());
        QCOMPARE(read->second, u"typed-at-the-prompt"_s);
    }

    void indexSafeAcrossProcesses()
    {
        // Two processes (the app and the CLI) each write 20 keys at the same moment.
        constexpr int PerProcess = 20;
        const QStringList prefixes{u"agency-tokens/race-a/"_s, u"agency-tokens/race-b/"_s};
        std::vector<std::unique_ptr<QProcess>> writers;
        for (const QString &prefix : prefixes) {
            auto writer = std::make_unique<QProcess>();
            writer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer->start(QStringLiteral(AT_KEYCHAIN_WRITER), {prefix, QString::number(PerProcess)});
            QVERIFY2(writer->waitForStarted(10000), qPrintable(writer->errorString()));
            writers.push_back(std::move(writer));
        }
        for (auto &writer : writers) {
            QVERIFY(QTest::qWaitFor([&] { return writer->canReadLine(); }, 10000));
            QCOMPARE(writer->readLine().trimmed(), "ready"_ba);
        }
        // Sent to both before waiting on either: QProcess only writes from
        // the event loop or a wait on that very process.
        for (auto &writer : writers)
            writer->write("go\n");
        for (auto &writer : writers)
            QVERIFY(writer->waitForBytesWritten(5000));
        for (auto &writer : writers) {
            QVERIFY(writer->waitForFinished(120000));
            QCOMPARE(writer->exitStatus(), QProcess::NormalExit);
            QCOMPARE(writer->exitCode(), 0);
        }

        QStringList expected;
        for (const QString &prefix : prefixes) {
            for (int i = 0; i < PerProcess; ++i)
                expected << prefix + QString::number(i);
        }
        // The index as the keyring holds it, read without the store.
        const QStringList index = indexInKeyring();
        for (const QString &k : std::as_const(expected))
            QVERIFY2(index.contains(k), qPrintable(u"lost from the index: "_s + k));
        QCOMPARE(KeyringControl::appEntries(u"agency-tokens/race-"_s).size(), 2 * PerProcess);

        KeychainStore store;
        const auto wiped = StoreWaiter::removeAll(store);
        QVERIFY(wiped && wiped->ok());
        QCOMPARE(KeyringControl::appEntries(u"agency-tokens/race-"_s), QStringList());
        QCOMPARE(KeyringControl::appEntries(KeychainKeys::indexKey()), QStringList());
    }

    void noPlaintextFallback()
    {
        // QtKeychain's insecure fallback would write into the app's QSettings.
        QSettings settings;
        QVERIFY2(settings.allKeys().isEmpty(), qPrintable(settings.allKeys().join(u',')));
    }

    void cleanupTestCase()
    {
        KeychainStore store;
        QVERIFY(StoreWaiter::removeAll(store)->ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
