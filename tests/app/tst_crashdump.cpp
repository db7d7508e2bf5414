// SPDX-License-Identifier: MIT
// The real agency-tokens binary leaves no core file when it crashes, and
// cannot be read by a same-user debugger: it runs (offscreen, with no server
// and no D-Bus) under "ulimit -c unlimited"; once it has rendered its first
// frame the test checks what the kernel says about it, then sends it SIGSEGV.
//
// Whether a process is dumpable shows in /proc/<pid>: the kernel gives its
// files to root instead of the process's user when it is not
// (task_dump_owner()). That only tells something when the process does not
// run as root, so a test running as root starts the app as "nobody". A
// control process (sleep) started the same way proves each check can fail.
// nobody may not reach the build tree (a checkout in root's 0700 home
// folder), so the test runs byte-for-byte copies of the two binaries from its
// own temporary folder (they link the project's libraries statically).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

constexpr uid_t Nobody = 65534;

/// The user the app runs as: ours, or nobody when we are root.
uid_t targetUid()
{
    return ::geteuid() == 0 ? Nobody : ::geteuid();
}

/// Runs in the child between fork and exec: "ulimit -c unlimited" (as far as
/// the hard limit allows), then gives up root where the test has it.
void childSetup()
{
    rlimit limit{};
    ::getrlimit(RLIMIT_CORE, &limit);
    limit.rlim_cur = limit.rlim_max = RLIM_INFINITY;
    if (::setrlimit(RLIMIT_CORE, &limit) != 0) {
        ::getrlimit(RLIMIT_CORE, &limit);
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_CORE, &limit);
    }
    if (::geteuid() == 0) {
        if (::setgroups(0, nullptr) != 0 || ::setgid(Nobody) != 0 || ::setuid(Nobody) != 0)
            ::_exit(127);
    }
}

/// Owner of /proc/<pid>/status: the process's user when dumpable, root when not.
uid_t procOwner(qint64 pid)
{
    struct stat info{};
    if (::stat(QByteArray("/proc/" + QByteArray::number(pid) + "/status").constData(), &info) != 0)
        return uid_t(-1);
    return info.st_uid;
}

/// "Max core file size" soft and hard limits from /proc/<pid>/limits.
QString coreLimits(qint64 pid)
{
    QFile file(u"/proc/%1/limits"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return u"unreadable"_s;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Max core file size")) {
            const QStringList fields = QString::fromLatin1(line.mid(18)).simplified().split(u' ');
            return fields.mid(0, 2).join(u' ');
        }
    }
    return u"missing"_s;
}

QString corePattern()
{
    QFile file(u"/proc/sys/kernel/core_pattern"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()).trimmed() : QString();
}

/// Where a plain core pattern puts files for a process started in \a workDir,
/// and the literal start of their names ("core" for "core.%p").
std::pair<QString, QString> coreLocation(const QString &pattern, const QString &workDir)
{
    QString path = pattern.section(u'%', 0, 0);
    QString dir = workDir;
    if (path.contains(u'/')) {
        dir = path.section(u'/', 0, -2);
        path = path.section(u'/', -1);
        if (!dir.startsWith(u'/'))
            dir = workDir + u'/' + dir;
    }
    return {dir, path};
}

QStringList coreFiles(const std::pair<QString, QString> &where)
{
    return QDir(where.first).entryList({where.second + u'*'}, QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestCrashDump : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(AT_APP_BINARY)), AT_APP_BINARY);
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(u"app/run"_s);
        QDir(m_dir.path()).mkpath(u"control"_s);
        QDir(m_dir.path()).mkpath(u"bin"_s);
        // Writable for the user the processes run as (nobody, when we are root).
        for (const QString &sub : {QString(), u"/app"_s, u"/app/run"_s, u"/control"_s}) {
            const QByteArray path = QFile::encodeName(m_dir.path() + sub);
            QCOMPARE(::chown(path.constData(), targetUid(), gid_t(-1)) == 0 || ::geteuid() != 0, true);
            QCOMPARE(::chmod(path.constData(), sub.endsWith(u"run"_s) ? 0700 : 0777), 0);
        }
        // The temporary folder's parents are world-searchable (/tmp), the build tree's may not be.
        m_app = copyBinary(QStringLiteral(AT_APP_BINARY));
        m_cli = copyBinary(QStringLiteral(AT_CLI_BINARY));
        QVERIFY(!m_app.isEmpty() && !m_cli.isEmpty());
#ifdef AT_SERVER_BINARY
        m_server = copyBinary(QStringLiteral(AT_SERVER_BINARY));
        QVERIFY(!m_server.isEmpty());
#endif
        qInfo("running copies of the binaries from %s", qPrintable(m_dir.path() + u"/bin"_s));
        m_pattern = corePattern();
        qInfo("core_pattern: %s", qPrintable(m_pattern));
    }

    void controlProcessIsDumpable()
    {
        // Proves the checks below can fail: a plain process started the same way.
        QProcess control;
        control.setWorkingDirectory(m_dir.path() + u"/control"_s);
        control.setChildProcessModifier(childSetup);
        control.start(u"sleep"_s, {u"60"_s});
        QVERIFY(control.waitForStarted(10000));
        const qint64 pid = control.processId();
        QVERIFY(QTest::qWaitFor([&] { return procOwner(pid) == targetUid(); }, 5000)); // after exec
        QVERIFY2(coreLimits(pid) != u"0 0"_s, qPrintable(coreLimits(pid)));

        QCOMPARE(::kill(pid_t(pid), SIGSEGV), 0);
        QVERIFY(control.waitForFinished(20000));
        QCOMPARE(control.exitStatus(), QProcess::CrashExit);
        if (m_pattern.startsWith(u'|')) {
            qInfo("core_pattern pipes to a program: core files cannot be observed here");
            return;
        }
        const auto where = coreLocation(m_pattern, control.workingDirectory());
        m_coresObservable = QTest::qWaitFor([&] { return !coreFiles(where).isEmpty(); }, 5000);
        if (!m_coresObservable)
            qInfo("the control process left no core file in %s: the no-core check below proves less here",
                  qPrintable(where.first));
        for (const QString &name : coreFiles(where))
            QFile::remove(where.first + u'/' + name);
    }

    void appIsNotDumpableAndLeavesNoCore()
    {
        const QString work = m_dir.path() + u"/app"_s;
        QProcess app;
        app.setWorkingDirectory(work);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.setChildProcessModifier(childSetup);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // pointing at nothing: no keyring either
        env.insert(u"HOME"_s, work);
        env.insert(u"XDG_RUNTIME_DIR"_s, work + u"/run"_s);
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            env.insert(QString::fromLatin1(name), work);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
        // One line a frame: the first says the app is up and showing its page.
        env.insert(u"QT_LOGGING_RULES"_s, u"qt.scenegraph.time.renderloop.debug=true"_s);
        app.setProcessEnvironment(env);
        const auto where = coreLocation(m_pattern, work);
        const QStringList coresBefore = m_pattern.startsWith(u'|') ? QStringList() : coreFiles(where);

        app.start(m_app, {u"--server"_s, u"http://127.0.0.1:9"_s});
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
        QByteArray output;
        QVERIFY2(QTest::qWaitFor([&] {
                     output += app.readAll();
                     return output.contains("Frame rendered") || app.state() == QProcess::NotRunning;
                 }, 60000),
                 output.constData());
        QVERIFY2(app.state() == QProcess::Running, output.constData());
        const qint64 pid = app.processId();

        // Not dumpable: its /proc files belong to root, not to the user it runs as.
        QCOMPARE(procOwner(pid), uid_t(0));
        QCOMPARE(coreLimits(pid), u"0 0"_s);

        QCOMPARE(::kill(pid_t(pid), SIGSEGV), 0);
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        if (m_pattern.startsWith(u'|'))
            return; // piped to a program: nothing to look at, the checks above decide
        // The kernel writes a core before the parent learns of the death; a
        // second more costs nothing when none comes.
        QVERIFY(!QTest::qWaitFor([&] { return coreFiles(where) != coresBefore; }, m_coresObservable ? 2000 : 200));
        QCOMPARE(coreFiles(where), coresBefore);
    }

    void cliIsNotDumpableAndLeavesNoCore()
    {
        // The command line tool, holding an Auth Token it is reading from stdin.
        const QString work = m_dir.path() + u"/app"_s;
        QProcess cli;
        cli.setWorkingDirectory(work);
        cli.setChildProcessModifier(childSetup);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(u"HOME"_s, work);
        env.insert(u"XDG_CONFIG_HOME"_s, work);
        cli.setProcessEnvironment(env);
        const auto where = coreLocation(m_pattern, work);
        const QStringList coresBefore = m_pattern.startsWith(u'|') ? QStringList() : coreFiles(where);
        cli.start(m_cli, {u"add"_s, u"--account"_s, u"Crash"_s, u"--kind"_s, u"rw"_s,
                                                   u"--sid"_s, u"IR"_s + QString(32, u'C'), u"--no-verify"_s});
        QVERIFY2(cli.waitForStarted(10000), qPrintable(cli.errorString()));
        cli.write("abcdefghijklmnopqrstuvwxyz012345"); // the token, stdin left open: it waits for the end
        const qint64 pid = cli.processId();
        // Not dumpable once main() has run its first line: /proc files then belong to root.
        QVERIFY(QTest::qWaitFor([&] { return procOwner(pid) == uid_t(0); }, 10000));
        QCOMPARE(coreLimits(pid), u"0 0"_s);
        QCOMPARE(::kill(pid_t(pid), SIGSEGV), 0);
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        if (m_pattern.startsWith(u'|'))
            return;
        QVERIFY(!QTest::qWaitFor([&] { return coreFiles(where) != coresBefore; }, m_coresObservable ? 2000 : 200));
        QCOMPARE(coreFiles(where), coresBefore);
    }

#ifdef AT_SERVER_BINARY // built with the server (AGENCYTOKENS_BUILD_SERVER)
    void serverIsNotDumpableAndLeavesNoCore()
    {
        // The reference server, holding the demo agency's Auth Tokens and password hashes.
        const QString work = m_dir.path() + u"/app"_s;
        QProcess server;
        server.setWorkingDirectory(work);
        server.setChildProcessModifier(childSetup);
        server.setProcessChannelMode(QProcess::MergedChannels);
        const auto where = coreLocation(m_pattern, work);
        const QStringList coresBefore = m_pattern.startsWith(u'|') ? QStringList() : coreFiles(where);
        server.start(m_server, {u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--data"_s, work + u"/server"_s,
                                u"--demo"_s, u"--hash-iterations"_s, u"1000"_s});
        QVERIFY2(server.waitForStarted(10000), qPrintable(server.errorString()));
        const qint64 pid = server.processId();
        QVERIFY(QTest::qWaitFor([&] { return procOwner(pid) == uid_t(0); }, 10000));
        QCOMPARE(coreLimits(pid), u"0 0"_s);
        QCOMPARE(::kill(pid_t(pid), SIGSEGV), 0);
        QVERIFY(server.waitForFinished(20000));
        QCOMPARE(server.exitStatus(), QProcess::CrashExit);
        if (m_pattern.startsWith(u'|'))
            return;
        QVERIFY(!QTest::qWaitFor([&] { return coreFiles(where) != coresBefore; }, m_coresObservable ? 2000 : 200));
        QCOMPARE(coreFiles(where), coresBefore);
    }
#endif

private:
    /// A copy of \a binary in the test's folder, readable and runnable by everyone.
    QString copyBinary(const QString &binary) const
    {
        const QString copy = m_dir.path() + u"/bin/"_s + QFileInfo(binary).fileName();
        if (!QFile::copy(binary, copy))
            return {};
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                        | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                        | QFileDevice::ExeOther);
        return copy;
    }

    QTemporaryDir m_dir;
    QString m_app;
    QString m_cli;
    QString m_server;
    QString m_pattern;
    bool m_coresObservable = false;
};

QTEST_GUILESS_MAIN(TestCrashDump)
#include "tst_crashdump.moc"
