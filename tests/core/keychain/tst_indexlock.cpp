// SPDX-License-Identifier: MIT
// IndexLock, the lock every process of the app holds around its
// read-modify-write of the keychain index: the real lock file in the test's
// private runtime folder, with a second process (indexlock-holder) as the
// other side.
#include "LockHolder.h"
#include "keychain/IndexLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace AgencyTokens;
using AgencyTokens::Testing::LockHolder;
using namespace Qt::StringLiterals;

namespace {
constexpr int Cap = 10000;

/// Asks \a lock for the lock; the answer lands in the returned slot.
std::shared_ptr<std::optional<bool>> ask(IndexLock &lock, int deadlineMs)
{
    auto answer = std::make_shared<std::optional<bool>>();
    lock.acquire(QDeadlineTimer(deadlineMs), [answer](bool held) { *answer = held; });
    return answer;
}

/// Acquires and waits for the answer; nothing when none came.
std::optional<bool> acquire(IndexLock &lock, int deadlineMs)
{
    const auto answer = ask(lock, deadlineMs);
    if (!QTest::qWaitFor([&] { return answer->has_value(); }, deadlineMs + Cap))
        qWarning("no answer from IndexLock::acquire()");
    return *answer;
}

/// Asks \a waiter for the lock while another holder has it: no answer while
/// it is held, the lock soon after \a giveBack ran. What went wrong, or empty.
QString waitsForTheHolder(IndexLock &waiter, const std::function<void()> &giveBack)
{
    const auto answer = ask(waiter, Cap);
    QTest::qWait(300);
    if (answer->has_value())
        return u"got the lock while another holder had it"_s;
    giveBack();
    if (!QTest::qWaitFor([&] { return answer->has_value(); }, 5000) || !**answer)
        return u"did not get the lock once it was given back"_s;
    return {};
}
} // namespace

class TestIndexLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        // A failed test must not leave its lock to the next one.
        QFile::remove(IndexLock::defaultPath());
    }

    void theLockIsAFileInTheUsersRuntimeFolder()
    {
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        QVERIFY(!runtime.isEmpty());
        QCOMPARE(IndexLock::defaultPath(), runtime + u"/agency-tokens-keychain-index.lock"_s);

        IndexLock lock;
        QVERIFY(!QFile::exists(IndexLock::defaultPath()));
        QCOMPARE(acquire(lock, 1000), std::optional<bool>(true));
        QVERIFY(QFile::exists(IndexLock::defaultPath()));
        lock.release();
        QVERIFY(!QFile::exists(IndexLock::defaultPath()));
    }

    void answersOnceFromTheEventLoop()
    {
        IndexLock lock;
        int answers = 0;
        lock.acquire(QDeadlineTimer(1000), [&answers](bool held) {
            QVERIFY(held);
            ++answers;
        });
        QCOMPARE(answers, 0); // never from inside acquire(), even when the lock is free
        QTRY_COMPARE(answers, 1);
        QTest::qWait(5 * IndexLock::RetryMs);
        QCOMPARE(answers, 1);
    }

    void twoHoldersInOneProcessWaitForEachOther()
    {
        IndexLock first;
        IndexLock second;
        QCOMPARE(acquire(first, 1000), std::optional<bool>(true));

        const QString waited = waitsForTheHolder(second, [&] { first.release(); });
        QVERIFY2(waited.isEmpty(), qPrintable(waited));

        // Now the first waits, and gives up at its deadline.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(acquire(first, 300), std::optional<bool>(false));
        QVERIFY2(clock.elapsed() >= 290, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        // Giving up took nothing from the holder.
        QVERIFY(QFile::exists(IndexLock::defaultPath()));
        second.release();
        QCOMPARE(acquire(first, 1000), std::optional<bool>(true));
    }

    void destroyingAHolderGivesTheLockBack()
    {
        {
            IndexLock gone;
            QCOMPARE(acquire(gone, 1000), std::optional<bool>(true));
        }
        QVERIFY(!QFile::exists(IndexLock::defaultPath()));
        IndexLock next;
        QCOMPARE(acquire(next, 200), std::optional<bool>(true));
    }

    void releaseAbandonsAPendingAcquire()
    {
        // Before its first attempt.
        IndexLock early;
        const auto never = ask(early, Cap);
        early.release();
        QTest::qWait(5 * IndexLock::RetryMs);
        QVERIFY2(!never->has_value(), "an acquire released before its first attempt was still answered");
        QVERIFY(!QFile::exists(IndexLock::defaultPath()));

        // While it waits for another holder.
        IndexLock holder;
        IndexLock waiter;
        QCOMPARE(acquire(holder, 1000), std::optional<bool>(true));
        const auto abandoned = ask(waiter, Cap);
        QTest::qWait(3 * IndexLock::RetryMs);
        waiter.release();
        holder.release();
        QTest::qWait(10 * IndexLock::RetryMs);
        QVERIFY2(!abandoned->has_value(), "an abandoned acquire was still answered");
        QVERIFY(!QFile::exists(IndexLock::defaultPath())); // and it took nothing
    }

    void aNewAcquireReplacesAPendingOne()
    {
        IndexLock holder;
        IndexLock waiter;
        QCOMPARE(acquire(holder, 1000), std::optional<bool>(true));
        const auto replaced = ask(waiter, Cap);
        const auto current = ask(waiter, Cap);
        QTest::qWait(3 * IndexLock::RetryMs);
        holder.release();
        QTRY_COMPARE_WITH_TIMEOUT(*current, std::optional<bool>(true), 2000);
        QVERIFY(!replaced->has_value());
    }

    void anotherProcessWaitsWhileThisOneHolds()
    {
        IndexLock mine;
        QCOMPARE(acquire(mine, 1000), std::optional<bool>(true));
        LockHolder other(QStringLiteral(AT_INDEXLOCK_HOLDER));
        QVERIFY(other.start(Cap));
        QCOMPARE(other.nextLine(500), QByteArray()); // still waiting
        mine.release();
        QCOMPARE(other.nextLine(), "held"_ba);
        other.release();
        QCOMPARE(other.nextLine(), "released"_ba);
        QVERIFY(other.finished());
    }

    void thisProcessWaitsWhileAnotherHolds()
    {
        LockHolder other(QStringLiteral(AT_INDEXLOCK_HOLDER));
        QVERIFY(other.start(Cap));
        QCOMPARE(other.nextLine(), "held"_ba);

        IndexLock mine;
        QCOMPARE(acquire(mine, 300), std::optional<bool>(false));
        const QString waited = waitsForTheHolder(mine, [&] { other.release(); });
        QVERIFY2(waited.isEmpty(), qPrintable(waited));
        QVERIFY(other.finished());
    }

    void aDeadHoldersLockIsTakenOver()
    {
        LockHolder other(QStringLiteral(AT_INDEXLOCK_HOLDER));
        QVERIFY(other.start(Cap));
        QCOMPARE(other.nextLine(), "held"_ba);
        other.process().kill(); // SIGKILL: no chance to clean up
        QVERIFY(other.process().waitForFinished(Cap));
        QVERIFY(QFile::exists(IndexLock::defaultPath())); // left behind

        IndexLock mine;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(acquire(mine, 5000), std::optional<bool>(true));
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void aLivingHoldersLockIsNeverStaleByAge()
    {
        // A holder that has kept the lock for an hour (an unlock prompt left
        // open) still has it. The lock file is written by hand as a holder
        // leaves it (its pid and program: this process, which is alive), so
        // that its age can be set; an hour is far past QLockFile's default of
        // 30 s.
        QFile file(IndexLock::defaultPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::NewOnly));
        const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
        file.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n' + program.toUtf8() + '\n');
        QVERIFY(file.flush()); // before the time is set: a later write would make it new again
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(QFileInfo(file.fileName()).lastModified().secsTo(QDateTime::currentDateTime()) >= 3600);

        IndexLock mine;
        QCOMPARE(acquire(mine, 500), std::optional<bool>(false));
        QVERIFY(QFile::exists(IndexLock::defaultPath()));
    }

    void aLockFileThatCannotBeCreatedCountsAsHeld()
    {
        // A runtime folder whose path is so long that no file name fits
        // below it (PATH_MAX): the folder is fine, the lock file cannot be
        // created, whoever the user is.
        QTemporaryDir base;
        QVERIFY(base.isValid());
        const QString lockName = u"/agency-tokens-keychain-index.lock"_s;
        constexpr qsizetype PathMax = 4096;
        QString runtime = base.path();
        while (runtime.size() + 201 < PathMax - lockName.size())
            runtime += u'/' + QString(200, u'd');
        runtime += u'/' + QString(PathMax - lockName.size() - runtime.size() + 1, u'd');
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QVERIFY(runtime.size() < PathMax && runtime.size() + lockName.size() >= PathMax);

        const QByteArray runtimeBefore = qgetenv("XDG_RUNTIME_DIR");
        auto restore = qScopeGuard([&] { qputenv("XDG_RUNTIME_DIR", runtimeBefore); });
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        QCOMPARE(IndexLock::defaultPath(), runtime + lockName);

        // The keychain must still work: held, with a warning.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot create the lock"_s));
        IndexLock lock;
        QCOMPARE(acquire(lock, 1000), std::optional<bool>(true));
    }
};

QTEST_GUILESS_MAIN(TestIndexLock)
#include "tst_indexlock.moc"
