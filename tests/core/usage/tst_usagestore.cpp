// SPDX-License-Identifier: MIT
// The usage store (issue 22): integrations per token, rotation policy, the
// activity log; concurrent writers, a writer killed mid-write, the file's mode,
// a damaged file, export and import.
#include "usage/UsageStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

namespace {
Integration named(const QString &name, const QStringList &uses = {})
{
    Integration out;
    out.id = name.toLower();
    out.name = name;
    out.owner = u"ops@example.com"_s;
    out.uses = uses;
    return out;
}
} // namespace

class tst_UsageStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void keepsIntegrationsPolicyAndChecklist()
    {
        UsageStore store(m_dir.filePath(u"one/usage.json"_s));
        QVERIFY(store.usage(u"acc"_s, u"readWrite"_s).integrations.isEmpty());
        QVERIFY(store.update(u"acc"_s, u"readWrite"_s, [](TokenUsage &u) {
            u.integrations = {named(u"Reporting"_s, {u"Reports"_s}), named(u"Payouts"_s), named(u"CRM"_s)};
            u.rotateEveryDays = 90;
            u.since = QDateTime::currentDateTimeUtc().addDays(-100);
        }).ok);
        // Another object (another process) sees it.
        const TokenUsage read = UsageStore(store.path()).usage(u"acc"_s, u"readWrite"_s);
        QCOMPARE(read.integrations.size(), 3);
        QCOMPARE(read.integrations.at(0).uses, QStringList{u"Reports"_s});
        QCOMPARE(read.rotateEveryDays, 90);
        QCOMPARE(read.ageDays(), 100);
        QVERIFY(read.due());
        QCOMPARE(read.pendingCount(), 0);
        QVERIFY(UsageStore(store.path()).usage(u"acc"_s, u"readOnly"_s).integrations.isEmpty());
        QVERIFY(UsageStore(store.path()).usage(u"other"_s, u"readWrite"_s).integrations.isEmpty());

        // A reset: every integration pending, the age from now.
        QVERIFY(store.update(u"acc"_s, u"readWrite"_s, [](TokenUsage &u) { u.startChecklist(); }).ok);
        QCOMPARE(store.usage(u"acc"_s, u"readWrite"_s).pendingCount(), 3);
        QVERIFY(!store.usage(u"acc"_s, u"readWrite"_s).due());
        QCOMPARE(store.usage(u"acc"_s, u"readWrite"_s).ageDays(), 0);
        QVERIFY(store.update(u"acc"_s, u"readWrite"_s, [](TokenUsage &u) {
            u.integrations[1].pending = false;
            u.integrations[1].confirmedAt = QDateTime::currentDateTimeUtc();
        }).ok);
        QCOMPARE(store.usage(u"acc"_s, u"readWrite"_s).pendingCount(), 2);
        QVERIFY(store.usage(u"acc"_s, u"readWrite"_s).find(u"payouts"_s));
        QVERIFY(store.usage(u"acc"_s, u"readWrite"_s).find(u"payouts"_s)->confirmedAt.isValid());

        QVERIFY(store.removeToken(u"acc"_s, u"readWrite"_s).ok);
        QVERIFY(store.usage(u"acc"_s, u"readWrite"_s).integrations.isEmpty());
    }

    void fileIsTheOwnersOnly()
    {
        const QString path = m_dir.filePath(u"private/usage.json"_s);
        UsageStore store(path);
        QVERIFY(store.update(u"acc"_s, u"readOnly"_s, [](TokenUsage &u) { u.rotateEveryDays = 30; }).ok);
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
        QCOMPARE(::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0700));
        // A file made wider by hand is narrowed again at the next write.
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QVERIFY(store.update(u"acc"_s, u"readOnly"_s, [](TokenUsage &u) { u.rotateEveryDays = 31; }).ok);
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }

    void twentyProcessesLoseNothing()
    {
        const QString path = m_dir.filePath(u"busy/usage.json"_s);
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < 20; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(QStringLiteral(AT_USAGE_WRITER),
                           {path, u"add"_s, u"acc"_s, u"scoped/IRabc"_s, u"Integration %1"_s.arg(i)});
            writers.push_back(std::move(process));
        }
        for (auto &process : writers) {
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitCode(), 0);
        }
        const TokenUsage usage = UsageStore(path).usage(u"acc"_s, u"scoped/IRabc"_s);
        QCOMPARE(usage.integrations.size(), 20);
        for (int i = 0; i < 20; ++i)
            QVERIFY(usage.find(u"Integration %1"_s.arg(i)));
        QVERIFY(!QFile::exists(path + u".lock"_s));
    }

    void aWriterKilledMidWriteLeavesTheLastGoodFile()
    {
        const QString path = m_dir.filePath(u"killed/usage.json"_s);
        UsageStore store(path);
        QVERIFY(store.update(u"acc"_s, u"readWrite"_s, [](TokenUsage &u) { u.integrations = {named(u"Kept"_s)}; }).ok);
        for (int round = 0; round < 5; ++round) {
            QProcess churn;
            churn.start(QStringLiteral(AT_USAGE_WRITER), {path, u"churn"_s, u"acc"_s, u"readOnly"_s});
            QVERIFY(churn.waitForReadyRead(20000)); // "churning": it writes from now on
            QTest::qWait(20 + round * 37);
            ::kill(pid_t(churn.processId()), SIGKILL);
            QVERIFY(churn.waitForFinished(20000));
            QCOMPARE(churn.exitStatus(), QProcess::CrashExit);

            // Readable, this store's JSON, and what was there before is there.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(QJsonDocument::fromJson(file.readAll()).isObject());
            QVERIFY(store.usage(u"acc"_s, u"readWrite"_s).find(u"Kept"_s));
            QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
            // The lock of the killed process does not stop the next writer.
            QVERIFY(store.update(u"acc"_s, u"readWrite"_s, [](TokenUsage &u) { u.rotateEveryDays = 7; }).ok);
        }
    }

    void aLockThatNamesNoWriterIsTakenOverWithinTheWait()
    {
        // What a writer killed between creating the lock file and writing its PID leaves.
        const QString path = m_dir.filePath(u"abandoned/usage.json"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile abandoned(path + u".lock"_s);
        QVERIFY(abandoned.open(QIODevice::WriteOnly));
        abandoned.close();
        UsageStore store(path);
        QVERIFY(store.update(u"acc"_s, u"readWrite"_s, [](TokenUsage &u) { u.rotateEveryDays = 7; }).ok);
        QCOMPARE(store.usage(u"acc"_s, u"readWrite"_s).rotateEveryDays, 7);
    }

    void aDamagedFileIsKeptAsideNotOverwritten()
    {
        const QString path = m_dir.filePath(u"damaged/usage.json"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\": 1, \"tokens\": {\"acc\"");
        file.close();
        UsageStore store(path);
        QVERIFY(store.usage(u"acc"_s, u"readWrite"_s).integrations.isEmpty());
        QVERIFY(store.problem().contains(u"damaged"_s));
        QVERIFY(store.update(u"acc"_s, u"readWrite"_s, [](TokenUsage &u) { u.integrations = {named(u"New"_s)}; }).ok);
        QVERIFY(QFile::exists(path + u".damaged"_s));
        QVERIFY(store.usage(u"acc"_s, u"readWrite"_s).find(u"New"_s));
        QVERIFY(store.problem().isEmpty());
    }

    void activityIsBoundedAndNewestFirst()
    {
        constexpr int Bound = 40;
        UsageStore store(m_dir.filePath(u"log/usage.json"_s), Bound);
        for (int i = 0; i < Bound + 5; ++i) {
            ActivityEntry entry;
            entry.at = QDateTime::currentDateTimeUtc().addSecs(i);
            entry.account = i % 2 ? u"a"_s : u"b"_s;
            entry.token = u"readWrite"_s;
            entry.action = u"copy"_s;
            entry.detail = QString::number(i);
            entry.by = i % 3 ? Actor::App : Actor::Cli;
            QVERIFY(store.log(entry).ok);
        }
        const QList<ActivityEntry> all = store.activity();
        QCOMPARE(all.size(), Bound);
        QCOMPARE(all.first().detail, QString::number(Bound + 4));
        QCOMPARE(all.last().detail, u"5"_s);
        const QList<ActivityEntry> ofA = store.activity(u"a"_s);
        QVERIFY(!ofA.isEmpty());
        QVERIFY(std::all_of(ofA.cbegin(), ofA.cend(), [](const ActivityEntry &e) { return e.account == u"a"_s; }));
        QCOMPARE(all.first().by, (Bound + 4) % 3 ? Actor::App : Actor::Cli);
    }

    void exportsAndImportsTheListOnly()
    {
        UsageStore store(m_dir.filePath(u"share/usage.json"_s));
        QVERIFY(store.update(u"acc"_s, u"readWrite"_s, [](TokenUsage &u) {
            u.integrations = {named(u"Reporting"_s, {u"Reports"_s}), named(u"CRM"_s)};
            u.rotateEveryDays = 60;
            u.startChecklist();
        }).ok);
        const QByteArray exported = store.exportAccount(u"acc"_s);
        QVERIFY(!exported.contains("pending"));
        QVERIFY(exported.contains("Reporting"));

        UsageStore other(m_dir.filePath(u"share2/usage.json"_s));
        QVERIFY(other.update(u"mine"_s, u"readWrite"_s, [](TokenUsage &u) {
            Integration crm = named(u"crm"_s);
            crm.id = u"local-id"_s;
            crm.note = u"old note"_s;
            u.integrations = {crm};
        }).ok);
        int taken = 0;
        QVERIFY(other.importAccount(u"mine"_s, exported, &taken).ok);
        QCOMPARE(taken, 2);
        const TokenUsage usage = other.usage(u"mine"_s, u"readWrite"_s);
        QCOMPARE(usage.integrations.size(), 2); // "CRM" matched "crm" by name
        QCOMPARE(usage.find(u"CRM"_s)->id, u"local-id"_s);
        QCOMPARE(usage.rotateEveryDays, 60);
        QVERIFY(!other.importAccount(u"mine"_s, "{\"tokens\": {}}").ok);
        QVERIFY(!other.importAccount(u"mine"_s, "not json").ok);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_UsageStore)
#include "tst_usagestore.moc"
