// SPDX-License-Identifier: MIT
// agency-tokens-cli end to end: the real binary against the real keychain
// (gnome-keyring in the test's private D-Bus session) and the real reference
// server. Every run has debug logging on, and its stderr is kept for the
// leak check at the end.
#include "CliTestKit.h"
#include "FaultServer.h"
#include "HttpClient.h"
#include "KeyringControl.h"
#include "LockHolder.h"
#include "ProgramRun.h"
#include "ServerProcess.h"
#include "StoreWaiter.h"
#include "accounts/AccountList.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"
#include "network/RestClient.h"
#include "service/TokensOnlyService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString Cli = QStringLiteral(AGENCYTOKENS_CLI_BINARY);

using Run = ProgramRun;

using Token = CliToken;
const auto debugEnvironment = cliDebugEnvironment;

// Process ids whose parent is `parent`.
QList<qint64> childrenOf(qint64 parent)
{
    QList<qint64> out;
    const QStringList pids = QDir(u"/proc"_s).entryList({u"[0-9]*"_s}, QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid ...: comm may hold spaces, so split after the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            out << pid.toLongLong();
    }
    return out;
}

QByteArray procFile(qint64 pid, const char *name)
{
    QFile f(u"/proc/%1/%2"_s.arg(pid).arg(QLatin1StringView(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    Token m_rw;
    Token m_ro;
    QStringList m_secrets; // every token a test saw, for the leak check
    QByteArray m_stderr;   // every run's stderr

    Run cli(const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &env = debugEnvironment())
    {
        Run r = runProgram(Cli, args, env, input);
        m_stderr += r.err;
        return r;
    }

    Run add(const QString &account, const QString &kind, const Token &t, const QStringList &more = {})
    {
        return cli(QStringList{u"add"_s, u"--account"_s, account, u"--kind"_s, kind, u"--sid"_s, t.sid, u"--api"_s,
                               m_server.url().toString()} + more,
                   t.token.toUtf8() + '\n');
    }

    QString session()
    {
        return HttpClient(m_server.url()).signIn();
    }

    void fetchCredentials()
    {
        const QJsonArray tokens = HttpClient(m_server.url()).legacyTokens(session());
        m_rw = {tokens.at(0)[u"accountSid"_s].toString(), tokens.at(0)[u"authToken"_s].toString()};
        m_ro = {tokens.at(1)[u"accountSid"_s].toString(), tokens.at(1)[u"authToken"_s].toString()};
        m_secrets << m_rw.token << m_ro.token;
    }

    static void verifyNoToken(const QByteArray &bytes, const QString &token)
    {
        QVERIFY2(!bytes.contains(token.toUtf8()), "a token leaked");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(Cli));
        QVERIFY(m_server.start());
        HttpClient http(m_server.url());
        QCOMPARE(http.post(u"/api/v1/legacy-tokens/enable"_s, {}, HttpClient::bearer(session())).status, 200);
        fetchCredentials();
        QVERIFY(!m_rw.token.isEmpty() && !m_ro.token.isEmpty());
    }

    void init()
    {
        QVERIFY(clearAccountsAndKeychain());
    }

    void usage()
    {
        QCOMPARE(cli({u"--help"_s}).code, 0);
        QVERIFY(cli({u"run"_s, u"--help"_s}).out.contains("--token-var"));
        QVERIFY(cli({u"--version"_s}).out.startsWith("agency-tokens-cli " AGENCYTOKENS_VERSION));
        QCOMPARE(cli({u"frobnicate"_s}).code, 2);
        QCOMPARE(cli({u"token"_s, u"--kind"_s, u"xx"_s}).code, 2);
        QCOMPARE(cli({u"token"_s, u"--account"_s, u"Nobody"_s}).code, 2);
        QCOMPARE(cli({u"run"_s, u"--kind"_s, u"rw"_s}).code, 2);
        QCOMPARE(cli({u"remove"_s}).code, 2); // never without naming the account
    }

    void addFromStdinThenTokenThroughPipe()
    {
        const Run added = add(u"Demo"_s, u"rw"_s, m_rw);
        QVERIFY2(added.code == 0, added.err.constData());
        QVERIFY(added.out.contains("Demo Agency"));
        const Run token = cli({u"token"_s, u"--account"_s, u"Demo"_s, u"--kind"_s, u"rw"_s});
        QCOMPARE(token.code, 0);
        QCOMPARE(token.out, m_rw.token.toUtf8()); // exactly: no newline
        // One account holding one token: neither option is needed.
        QCOMPARE(cli({u"token"_s}).out, m_rw.token.toUtf8());
        QCOMPARE(cli({u"sid"_s}).out, m_rw.sid.toUtf8() + '\n');

        QCOMPARE(add(u"demo"_s, u"ro"_s, m_ro).code, 0); // the same account, by name in any case
        QCOMPARE(AccountList().accounts().size(), 1);
        QCOMPARE(cli({u"token"_s, u"--kind"_s, u"ro"_s}).out, m_ro.token.toUtf8());
        QCOMPARE(cli({u"token"_s, u"--kind"_s, u"rw"_s}).out, m_rw.token.toUtf8()); // the first survived
        QCOMPARE(cli({u"token"_s}).code, 2); // both held: --kind is needed
        QCOMPARE(cli({u"add"_s, u"--account"_s, u"Demo"_s, u"--kind"_s, u"ro"_s, u"--sid"_s, m_ro.sid}).code, 2); // empty stdin
    }

    void tokenToATerminalNeedsReveal()
    {
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw).code, 0);
        const auto inTerminal = [](const QString &args) {
            QProcess p;
            p.setProcessEnvironment(debugEnvironment());
            p.start(u"script"_s, {u"-qec"_s, Cli + u' ' + args, u"/dev/null"_s});
            p.closeWriteChannel();
            p.waitForFinished(30000);
            return std::make_pair(p.exitCode(), p.readAllStandardOutput());
        };
        const auto [refused, shown] = inTerminal(u"token --account Demo --kind rw"_s);
        QCOMPARE(refused, 1);
        QVERIFY(shown.contains("--reveal"));
        verifyNoToken(shown, m_rw.token);
        const auto [revealed, text] = inTerminal(u"token --account Demo --kind rw --reveal"_s);
        QCOMPARE(revealed, 0);
        QVERIFY(text.contains(m_rw.token.toUtf8()));
    }

    void addOnATerminalReadsWithoutEcho()
    {
        QProcess p;
        p.setProcessEnvironment(debugEnvironment());
        p.start(u"script"_s, {u"-qec"_s, Cli + u" add --account Typed --kind rw --sid "_s + m_rw.sid + u" --api "_s
                                              + m_server.url().toString(), u"/dev/null"_s});
        // Typed only once the prompt shows: echo is off by then.
        QByteArray shown;
        QVERIFY(QTest::qWaitFor([&] { return (shown += p.readAllStandardOutput()).contains("Auth Token"); }, 20000));
        p.write(m_rw.token.toUtf8() + '\n');
        QVERIFY(p.waitForFinished(30000));
        shown += p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(shown.contains("Saved the Read/Write token"));
        verifyNoToken(shown, m_rw.token);
        QCOMPARE(cli({u"token"_s, u"--account"_s, u"Typed"_s}).out, m_rw.token.toUtf8());
    }

    void runPutsTheCredentialInTheChildsEnvironmentOnly()
    {
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw).code, 0);
        const Run env = cli({u"run"_s, u"--kind"_s, u"rw"_s, u"--"_s, u"env"_s});
        QCOMPARE(env.code, 0);
        QVERIFY(env.out.contains("\nAGENCY_ACCOUNT_SID=" + m_rw.sid.toUtf8() + '\n'));
        QVERIFY(env.out.contains("\nAGENCY_AUTH_TOKEN=" + m_rw.token.toUtf8() + '\n'));
        const Run named = cli({u"run"_s, u"--sid-var"_s, u"MY_SID"_s, u"--token-var"_s, u"MY_TOKEN"_s, u"--"_s, u"env"_s});
        QVERIFY(named.out.contains("\nMY_TOKEN=" + m_rw.token.toUtf8() + '\n'));
        QVERIFY(!named.out.contains("AGENCY_AUTH_TOKEN="));
        QCOMPARE(cli({u"run"_s, u"--"_s, u"sh"_s, u"-c"_s, u"exit 7"_s}).code, 7);
        QCOMPARE(cli({u"run"_s, u"--"_s, u"/nonexistent/command"_s}).code, 127);

        // While it runs: no process on the system has the token in its arguments.
        QProcess running;
        running.start(Cli, {u"run"_s, u"--"_s, u"sh"_s, u"-c"_s, u"sleep 2; exit 3"_s});
        QVERIFY(running.waitForStarted());
        QList<qint64> children;
        QVERIFY(QTest::qWaitFor([&] { return !(children = childrenOf(running.processId())).isEmpty(); }, 10000));
        // Between fork and exec the child still shows the tool's own environment: wait
        // for the exec (its command line becomes "sh"), then look.
        QVERIFY(QTest::qWaitFor([&] { return procFile(children.constFirst(), "cmdline").startsWith("sh\0"_ba); }, 10000));
        const QByteArray childEnvironment = procFile(children.constFirst(), "environ");
        QVERIFY2(childEnvironment.contains("AGENCY_AUTH_TOKEN=" + m_rw.token.toUtf8()),
                 qPrintable(u"not in the child's environment (%1 bytes read)"_s.arg(childEnvironment.size())));
        int scanned = 0;
        for (const QString &pid : QDir(u"/proc"_s).entryList({u"[0-9]*"_s}, QDir::Dirs)) {
            const QByteArray cmdline = procFile(pid.toLongLong(), "cmdline");
            scanned += cmdline.isEmpty() ? 0 : 1;
            QVERIFY2(!cmdline.contains(m_rw.token.toUtf8()), qPrintable(u"in the arguments of "_s + pid));
        }
        QVERIFY(procFile(running.processId(), "cmdline").startsWith(Cli.toUtf8()));
        QVERIFY(scanned > 2);
        QVERIFY(running.waitForFinished(10000));
        QCOMPARE(running.exitCode(), 3);

        // A signal sent to the tool reaches the command; the status tells which.
        QProcess waiting;
        waiting.start(Cli, {u"run"_s, u"--"_s, u"sleep"_s, u"30"_s});
        QVERIFY(waiting.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return !childrenOf(waiting.processId()).isEmpty(); }, 10000));
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(waiting.processId()), SIGTERM);
        QVERIFY(waiting.waitForFinished(10000));
        QCOMPARE(waiting.exitStatus(), QProcess::NormalExit); // the tool survived to report it
        QCOMPARE(waiting.exitCode(), 128 + SIGTERM);
        QVERIFY(timer.elapsed() < 10000);
        m_stderr += running.readAllStandardError() + waiting.readAllStandardError();
    }

    void curlGetsTheCredentialOnStdinOnly()
    {
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw).code, 0);
        QTemporaryDir fake;
        QFile script(fake.filePath(u"curl"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + fake.filePath(u"argv"_s).toUtf8() + "'\ncat > '"
                     + fake.filePath(u"stdin"_s).toUtf8() + "'\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = debugEnvironment();
        env.insert(u"PATH"_s, fake.path() + u':' + env.value(u"PATH"_s));
        const Run faked = cli({u"curl"_s, u"--kind"_s, u"rw"_s, u"/Agencies/{AccountSid}/CompanyInformation"_s, u"-s"_s,
                               u"-H"_s, u"X-Test: 1"_s}, {}, env);
        QCOMPARE(faked.code, 0);
        QFile argv(fake.filePath(u"argv"_s));
        QFile stdinFile(fake.filePath(u"stdin"_s));
        QVERIFY(argv.open(QIODevice::ReadOnly) && stdinFile.open(QIODevice::ReadOnly));
        QCOMPARE(argv.readAll(), QByteArray("--config\n-\n-s\n-H\nX-Test: 1\n"));
        const QByteArray config = stdinFile.readAll();
        const QString url = m_server.url().toString() + u"/Agencies/"_s + m_rw.sid + u"/CompanyInformation"_s;
        QVERIFY(config.contains("url = \"" + url.toUtf8() + "\"\n"));
        QVERIFY(config.contains("user = \"" + m_rw.sid.toUtf8() + ':' + m_rw.token.toUtf8() + "\"\n"));
        QVERIFY(config.contains("header = \"Accept: application/json\"\n"));

        const Run real = cli({u"curl"_s, u"/Agencies/{AccountSid}/CompanyInformation"_s, u"-s"_s, u"-w"_s,
                              u"\n%{http_code}"_s});
        QCOMPARE(real.code, 0);
        QVERIFY2(real.out.endsWith("\n200"), real.out.constData());
        const QJsonObject company = QJsonDocument::fromJson(real.out.left(real.out.lastIndexOf('\n'))).object();
        QCOMPARE(company.value(u"CompanyName"_s).toString(), u"Demo Agency"_s);
        // Credentials only ever go to the account's own address.
        QCOMPARE(cli({u"curl"_s, u"https://elsewhere.example/x"_s}).code, 2);
    }

    void cleanRemovesOnlyWhatNoListedAccountOwns()
    {
        QCOMPARE(add(u"Kept"_s, u"rw"_s, m_rw).code, 0);
        QCOMPARE(add(u"Dropped"_s, u"ro"_s, m_ro).code, 0);
        const Run nothing = cli({u"clean"_s});
        QCOMPARE(nothing.code, 0);
        QVERIFY2(nothing.out.contains("Nothing to remove"), nothing.out.constData());
        // Another install on the same keychain (its own settings: a Flatpak beside a
        // package, another home folder) lists none of these accounts: it leaves them alone.
        const QStringList entries = KeyringControl::appEntries();
        QTemporaryDir otherHome;
        QProcessEnvironment other = debugEnvironment();
        other.insert(u"HOME"_s, otherHome.path());
        other.insert(u"XDG_CONFIG_HOME"_s, otherHome.filePath(u".config"_s));
        const Run elsewhere = cli({u"clean"_s}, {}, other);
        QCOMPARE(elsewhere.code, 0);
        QCOMPARE(elsewhere.out.count("Left the keychain entries of"), 2);
        QVERIFY2(elsewhere.out.contains("Nothing to remove"), elsewhere.out.constData());
        QCOMPARE(KeyringControl::appEntries(), entries);
        QCOMPARE(cli({u"accounts"_s, u"--json"_s}, {}, other).out.count("\"id\""), 0);
        // "Dropped" leaves the list but not the keychain, as when another program lost it.
        const QStringList before = KeyringControl::appEntries();
        {
            QSettings settings(u"AgencyTokens"_s, u"agency-tokens"_s);
            const int count = settings.beginReadArray(u"accounts"_s);
            QList<QHash<QString, QVariant>> keep;
            for (int i = 0; i < count; ++i) {
                settings.setArrayIndex(i);
                if (settings.value(u"name"_s).toString() == u"Dropped"_s)
                    continue;
                QHash<QString, QVariant> row;
                for (const QString &key : settings.childKeys())
                    row.insert(key, settings.value(key));
                keep.append(row);
            }
            settings.endArray();
            settings.beginWriteArray(u"accounts"_s, int(keep.size()));
            for (int i = 0; i < keep.size(); ++i) {
                settings.setArrayIndex(i);
                for (auto it = keep.at(i).cbegin(); it != keep.at(i).cend(); ++it)
                    settings.setValue(it.key(), it.value());
            }
            settings.endArray();
        }
        const Run cleaned = cli({u"clean"_s});
        QCOMPARE(cleaned.code, 0);
        QVERIFY2(cleaned.out.contains("Removed the keychain entries of"), cleaned.out.constData());
        const QStringList after = KeyringControl::appEntries();
        QVERIFY2(after.size() < before.size(), qPrintable(after.join(u' ')));
        // The listed account keeps its token.
        QCOMPARE(cli({u"sid"_s, u"--account"_s, u"Kept"_s, u"--kind"_s, u"rw"_s}).code, 0);
        QVERIFY(cli({u"clean"_s}).out.contains("Nothing to remove"));
    }

    void curlRefusesOptionsThatSendTheRequestElsewhere()
    {
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw).code, 0);
        // A fake curl that records being started: none of these may reach it.
        QTemporaryDir fake;
        QFile script(fake.filePath(u"curl"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\ntouch '" + fake.filePath(u"started"_s).toUtf8() + "'\ncat >/dev/null\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = debugEnvironment();
        env.insert(u"PATH"_s, fake.path() + u':' + env.value(u"PATH"_s));
        const QString path = u"/Agencies/{AccountSid}/CompanyInformation"_s;
        const QList<QStringList> elsewhere{
            {u"http://127.0.0.1:9/x"_s},                   // a second URL
            {u"--url"_s, u"http://127.0.0.1:9/x"_s},
            {u"-x"_s, u"http://127.0.0.1:9"_s},             // a proxy sees the Authorization header
            {u"--proxy"_s, u"http://127.0.0.1:9"_s},
            {u"--location-trusted"_s},                       // credentials follow redirects
            {u"-L"_s},
            {u"--connect-to"_s, u"::127.0.0.1:9"_s},
            {u"--resolve"_s, u"127.0.0.1:80:127.0.0.2"_s},
            {u"-K"_s, u"/dev/null"_s},
            {u"--next"_s, u"http://127.0.0.1:9/x"_s},
            {u"-sL"_s},                                      // a forbidden letter in a group
            {u"-H"_s},                                       // a value missing: curl would take what follows
        };
        for (const QStringList &options : elsewhere) {
            const Run r = cli(QStringList{u"curl"_s, path} + options, {}, env);
            QVERIFY2(r.code == 2, qPrintable(options.join(u' ') + u": exit "_s + QString::number(r.code)));
            QVERIFY2(r.err.contains("not allowed"), r.err.constData());
            QVERIFY2(!QFile::exists(fake.filePath(u"started"_s)), qPrintable(options.join(u' ')));
        }
        // What only shapes the request and its output still runs.
        const Run allowed = cli({u"curl"_s, path, u"-sS"_s, u"-H"_s, u"X-Test: 1"_s, u"-X"_s, u"GET"_s, u"-m"_s,
                                 u"10"_s, u"-o"_s, u"/dev/null"_s}, {}, env);
        QCOMPARE(allowed.code, 0);
        QVERIFY(QFile::exists(fake.filePath(u"started"_s)));
    }

    void verifyExitCodes()
    {
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw).code, 0);
        const Run good = cli({u"verify"_s, u"--account"_s, u"Demo"_s});
        QCOMPARE(good.code, 0);
        QVERIFY(good.out.contains("passes (Demo Agency)"));
        const QJsonObject json = QJsonDocument::fromJson(cli({u"verify"_s, u"--account"_s, u"Demo"_s, u"--json"_s}).out).object();
        QCOMPARE(json.value(u"passes"_s).toBool(), true);
        QCOMPARE(json.value(u"results"_s)[0][u"companyName"_s].toString(), u"Demo Agency"_s);

        const Token wrong{m_rw.sid, u"WrongWrongWrongWrongWrongWrong00"_s};
        m_secrets << wrong.token;
        QCOMPARE(add(u"Checked"_s, u"rw"_s, wrong).code, 1); // refused: nothing kept
        QVERIFY(!AccountList().lookup(u"Checked"_s));
        QCOMPARE(add(u"Wrong"_s, u"rw"_s, wrong, {u"--no-verify"_s}).code, 0);
        QCOMPARE(cli({u"verify"_s, u"--account"_s, u"Wrong"_s}).code, 1);

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString dead = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        const QStringList deadAdd{u"add"_s, u"--account"_s, u"Dead"_s, u"--kind"_s, u"rw"_s, u"--sid"_s, m_rw.sid,
                                  u"--api"_s, dead};
        const Run offline = cli(deadAdd, m_rw.token.toUtf8());
        QCOMPARE(offline.code, 4);
        QVERIFY(offline.err.contains(HttpError::make(HttpError::Kind::Unreachable).message.toUtf8()));
        QVERIFY(!AccountList().lookup(u"Dead"_s));
        QCOMPARE(cli(deadAdd + QStringList{u"--no-verify"_s}, m_rw.token.toUtf8()).code, 0);
        const Run unreachable = cli({u"verify"_s, u"--account"_s, u"Dead"_s});
        QCOMPARE(unreachable.code, 4);
        QVERIFY(unreachable.err.contains(HttpError::make(HttpError::Kind::Unreachable).message.toUtf8()));

        HttpClient http(m_server.url());
        QCOMPARE(http.post(u"/api/v1/legacy-tokens/readWrite/reset"_s, {}, HttpClient::bearer(session())).status, 200);
        const Run resetAway = cli({u"verify"_s, u"--account"_s, u"Demo"_s, u"--kind"_s, u"rw"_s});
        QCOMPARE(resetAway.code, 1);
        QVERIFY(resetAway.out.contains("refused"));
        fetchCredentials(); // the new token, for the tests after this one
    }

    void lockedKeychainExits3()
    {
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw).code, 0);
        QCOMPARE(KeyringControl::lockDefault(), QString());
        auto unlock = qScopeGuard([] { (void)KeyringControl::unlockDefault(); });
        const QByteArray locked = SecretStore::messageFor(SecretStore::Error::Locked).toUtf8();
        for (const QStringList &args : {QStringList{u"token"_s}, QStringList{u"accounts"_s}, QStringList{u"verify"_s}}) {
            const Run r = cli(args);
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.contains(locked), r.err.constData());
            verifyNoToken(r.out, m_rw.token);
        }
        const Run added = add(u"Demo"_s, u"ro"_s, m_ro);
        QCOMPARE(added.code, 3);
        QVERIFY(added.err.contains(locked));
        QCOMPARE(KeyringControl::unlockDefault(), QString());
        unlock.dismiss();
        QCOMPARE(cli({u"token"_s}).out, m_rw.token.toUtf8());

        // No Secret Service at all (no session bus): its own message, the same exit code.
        QProcessEnvironment noBus = debugEnvironment();
        noBus.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        noBus.remove(u"DISPLAY"_s);
        const Run missing = cli({u"token"_s}, {}, noBus);
        QCOMPARE(missing.code, 3);
        QVERIFY(missing.err.contains(SecretStore::messageFor(SecretStore::Error::Unavailable).toUtf8()));
    }

    void aKeyringThatDoesNotAnswerIsSaidWithinSecondsAndWaitedForOnce()
    {
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw).code, 0);
        // A keyring daemon that does not answer (stopped), as behind a stuck D-Bus peer.
        StoppedKeyring keyring;
        QVERIFY(keyring.stopped());
        constexpr int WaitSeconds = 5;
        const QByteArray notice = "the keychain has not answered for 2 s";
        QElapsedTimer clock;
        clock.start();
        const Run token = cli({u"token"_s, u"--wait"_s, QString::number(WaitSeconds)});
        const qint64 tokenMs = clock.restart();
        QCOMPARE(token.code, 3);
        QVERIFY2(token.err.contains(notice), token.err.constData());
        QVERIFY2(token.err.contains("--wait SECONDS waits longer"), token.err.constData());
        QVERIFY2(token.err.contains(SecretStore::messageFor(SecretStore::Error::Timeout).toUtf8()), token.err.constData());
        QVERIFY(token.out.isEmpty());
        // Adding to a new account asks the keychain several times (the token, the
        // state, taking back what was written): one deadline for all of them, not
        // one each (that took 4 × the wait; a second one passes 2 × the wait).
        const Run added = add(u"Other"_s, u"ro"_s, m_ro, {u"--no-verify"_s, u"--wait"_s, QString::number(WaitSeconds)});
        const qint64 addMs = clock.elapsed();
        QCOMPARE(added.code, 3);
        QCOMPARE(added.err.count(notice), 1);
        QVERIFY2(tokenMs < 2 * WaitSeconds * 1000, qPrintable(QString::number(tokenMs)));
        QVERIFY2(addMs < 2 * WaitSeconds * 1000, qPrintable(QString::number(addMs)));

        keyring.resume();
        // Nothing lost: the keyring answers again and still holds the token.
        QCOMPARE(cli({u"token"_s}).out, m_rw.token.toUtf8());
    }

    void anotherProcessHoldingTheKeychainIsNamed()
    {
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw).code, 0);
        // Another process of the app holds the keychain's lock and does not let go
        // (a stopped CLI, a prompt left open).
        LockHolder holder(QStringLiteral(AT_INDEXLOCK_HOLDER));
        QVERIFY(holder.startHeld());
        const QByteArray named = holder.named().toUtf8();
        const Run r = cli({u"token"_s, u"--wait"_s, u"3"_s});
        QCOMPARE(r.code, 3);
        // Said while waiting, and again in the final error.
        QVERIFY2(r.err.contains("waiting for " + named + ", which is using the keychain"), r.err.constData());
        QVERIFY2(r.err.contains(named + " is using the keychain and has not finished"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        holder.release();
        QVERIFY(holder.finished());
        QCOMPARE(cli({u"token"_s}).out, m_rw.token.toUtf8());
        // --wait is checked like every other option.
        QCOMPARE(cli({u"token"_s, u"--wait"_s, u"0"_s}).code, 2);
        QCOMPARE(cli({u"accounts"_s, u"--wait"_s, u"soon"_s}).code, 2);
    }

    void stderrHoldsTheToolsMessagesUnlessVerbose()
    {
        // A token added for a platform that is not there: verify cannot reach it.
        const QUrl address(u"http://127.0.0.1:9"_s); // nothing listens there
        const QStringList addArgs{u"add"_s, u"--account"_s, u"Away"_s, u"--kind"_s, u"ro"_s, u"--sid"_s, m_ro.sid,
                                  u"--api"_s, address.toString(), u"--no-verify"_s};
        QCOMPARE(cli(addArgs, m_ro.token.toUtf8() + '\n').code, 0);
        QProcessEnvironment plain = QProcessEnvironment::systemEnvironment();
        plain.remove(u"QT_LOGGING_RULES"_s);
        const Run quiet = cli({u"verify"_s, u"--account"_s, u"Away"_s}, {}, plain);
        QCOMPARE(quiet.code, 4);
        // Every line is the tool's own: no "agencytokens.network: … failed: …" beside it.
        const QList<QByteArray> lines = quiet.err.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        for (const QByteArray &line : lines)
            QVERIFY2(line.startsWith("agency-tokens-cli: "), quiet.err.constData());
        // Asked for: the log lines come too.
        const Run verbose = cli({u"verify"_s, u"--account"_s, u"Away"_s, u"--verbose"_s}, {}, plain);
        QCOMPARE(verbose.code, 4);
        QVERIFY2(verbose.err.contains("agencytokens.network"), verbose.err.constData());
        verifyNoToken(verbose.err, m_ro.token);
    }

    void renameGivesAnotherNameNeverATakenOne()
    {
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw).code, 0);
        QCOMPARE(add(u"Other"_s, u"ro"_s, m_ro).code, 0);
        const Run renamed = cli({u"rename"_s, u"--account"_s, u"demo"_s, u"--name"_s, u" Acme "_s});
        QCOMPARE(renamed.code, 0);
        QCOMPARE(renamed.out, QByteArray("Renamed \"Demo\" to \"Acme\".\n"));
        QVERIFY(AccountList().lookup(u"Acme"_s));
        QVERIFY(!AccountList().lookup(u"Demo"_s));
        QCOMPARE(cli({u"sid"_s, u"--account"_s, u"Acme"_s}).out.trimmed(), m_rw.sid.toUtf8());
        // Taken (in any case): refused, nothing changed.
        const Run taken = cli({u"rename"_s, u"--account"_s, u"Acme"_s, u"--name"_s, u"OTHER"_s});
        QCOMPARE(taken.code, 2);
        QVERIFY2(taken.err.contains("already an account named \"Other\""), taken.err.constData());
        QVERIFY(AccountList().lookup(u"Acme"_s));
        QCOMPARE(cli({u"rename"_s, u"--account"_s, u"Acme"_s}).code, 2);
        QCOMPARE(cli({u"rename"_s, u"--name"_s, u"X"_s}).code, 2);
        QCOMPARE(cli({u"rename"_s, u"--account"_s, u"Nobody"_s, u"--name"_s, u"X"_s}).code, 2);
    }

    void sharedWithTheApp()
    {
        // Added as the app adds it: seen by the tool.
        AccountList list;
        const AccountInfo app = list.add(AccountKind::TokensOnly, u"From the app"_s, m_server.url());
        KeychainStore store;
        RestClient client;
        {
            TokensOnlyService service(app, &store, &client);
            std::optional<Outcome> added;
            service.addToken(TokenKind::ReadOnly, m_ro.sid, m_ro.token, false, [&](const Outcome &o) { added = o; });
            QVERIFY(QTest::qWaitFor([&] { return added.has_value(); }, 20000));
            QVERIFY2(added->ok, qPrintable(added->message));
        }
        // Nothing of this process's may hold the keychain while the tool runs.
        QVERIFY(StoreWaiter::idle(store, &client));
        const QJsonArray accounts = QJsonDocument::fromJson(cli({u"accounts"_s, u"--json"_s}).out)[u"accounts"_s].toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts[0][u"name"_s].toString(), u"From the app"_s);
        QCOMPARE(accounts[0][u"kind"_s].toString(), u"tokensOnly"_s);
        QCOMPARE(accounts[0][u"agencyName"_s].toString(), u"Demo Agency"_s);
        QCOMPARE(accounts[0][u"tokens"_s][0][u"kind"_s].toString(), u"ro"_s);
        QCOMPARE(accounts[0][u"tokens"_s][0][u"held"_s].toBool(), true);
        QVERIFY(!QJsonDocument::fromJson(cli({u"accounts"_s, u"--json"_s}).out).toJson().contains(m_ro.token.toUtf8()));
        QCOMPARE(cli({u"token"_s, u"--account"_s, u"from the app"_s}).out, m_ro.token.toUtf8());

        // Added by the tool: seen as the app sees it.
        QCOMPARE(add(u"From the tool"_s, u"rw"_s, m_rw).code, 0);
        const auto tool = list.lookup(u"From the tool"_s);
        QVERIFY(tool);
        QCOMPARE(tool->kind, AccountKind::TokensOnly);
        QCOMPARE(tool->address, m_server.url());
        {
            TokensOnlyService service(*tool, &store, &client);
            std::optional<Outcome> restored;
            service.restore([&](const Outcome &o) { restored = o; });
            QVERIFY(QTest::qWaitFor([&] { return restored.has_value(); }, 20000));
            QVERIFY2(restored->ok, qPrintable(restored->message));
            QVERIFY(service.credential(TokenKind::ReadWrite));
            QCOMPARE(service.credential(TokenKind::ReadWrite)->authToken.revealClearValue(), m_rw.token);
            QCOMPARE(service.snapshot().agencyName, u"Demo Agency"_s);
        }
        QVERIFY(StoreWaiter::idle(store, &client));

        // Removing one account wipes its entries and no other's.
        QCOMPARE(cli({u"remove"_s, u"--account"_s, u"From the tool"_s}).code, 0);
        QVERIFY(!list.lookup(u"From the tool"_s));
        const auto gone = StoreWaiter::read(store, KeychainKeys::tokenKey(tool->keyPart(), *AccountSid::parse(m_rw.sid),
                                                                          TokenKind::ReadWrite));
        QCOMPARE(gone->first.error, SecretStore::Error::NotFound);
        QCOMPARE(cli({u"token"_s}).out, m_ro.token.toUtf8());
    }

    void reAddWithAnotherSidRemovesTheOldEntry()
    {
        const QString otherSid = u"IRzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz9"_s;
        QCOMPARE(add(u"Demo"_s, u"rw"_s, {otherSid, m_rw.token}, {u"--no-verify"_s}).code, 0);
        const auto info = AccountList().lookup(u"Demo"_s);
        QVERIFY(info);
        const QString oldKey = KeychainKeys::tokenKey(info->keyPart(), *AccountSid::parse(otherSid), TokenKind::ReadWrite);
        QVERIFY(KeyringControl::appEntries(info->keyPart()).contains(oldKey));
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw).code, 0);
        const QStringList entries = KeyringControl::appEntries(info->keyPart());
        QVERIFY2(!entries.contains(oldKey), qPrintable(entries.join(u' ')));
        QVERIFY(entries.contains(KeychainKeys::tokenKey(info->keyPart(), *AccountSid::parse(m_rw.sid), TokenKind::ReadWrite)));
        QCOMPARE(cli({u"sid"_s, u"--account"_s, u"Demo"_s}).out.trimmed(), m_rw.sid.toUtf8());
    }

    void aPlatformCannotWriteToTheTerminal()
    {
        // A company name and an error message with a title (OSC 0), a clipboard write
        // (OSC 52), a screen clear (CSI) and a carriage return that forges a line.
        const QByteArray evil = "Evil\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\r\xc2\x9b" "31mRead/Write: passes";
        FaultServer platform;
        auto body = [&evil](const QString &field) {
            return QJsonDocument(QJsonObject{{field, QString::fromUtf8(evil)}}).toJson(QJsonDocument::Compact);
        };
        platform.setAnswer(FaultServer::response(200, body(u"CompanyName"_s)));
        auto runAgainst = [&](const QStringList &args, const QByteArray &input) {
            QProcess p;
            p.setProcessEnvironment(debugEnvironment());
            p.start(Cli, args);
            p.write(input);
            p.closeWriteChannel();
            // The fake platform answers from this event loop.
            (void)QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 30000);
            return std::make_pair(p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError());
        };
        const auto [code, shown] = runAgainst({u"add"_s, u"--account"_s, u"Evil"_s, u"--kind"_s, u"rw"_s, u"--sid"_s,
                                               m_rw.sid, u"--api"_s, platform.url().toString()},
                                              m_rw.token.toUtf8() + '\n');
        QCOMPARE(code, 0);
        QVERIFY2(shown.contains("Evil"), shown.constData());
        for (const char *control : {"\x1b", "\x07", "\r", "\xc2\x9b"})
            QVERIFY2(!shown.contains(control), shown.toPercentEncoding().constData());
        // Kept in the state, shown again by accounts and verify.
        for (const QStringList &args : {QStringList{u"accounts"_s}, QStringList{u"verify"_s}}) {
            const auto [again, text] = runAgainst(args, {});
            QVERIFY2(text.contains("Evil"), text.constData());
            for (const char *control : {"\x1b", "\x07", "\r", "\xc2\x9b"})
                QVERIFY2(!text.contains(control), text.toPercentEncoding().constData());
        }
        // An error message from the platform too.
        platform.setAnswer(FaultServer::response(500, body(u"Message"_s)));
        const auto [failed, error] = runAgainst({u"verify"_s}, {});
        QVERIFY(failed != 0);
        for (const char *control : {"\x1b", "\x07", "\r", "\xc2\x9b"})
            QVERIFY2(!error.contains(control), error.toPercentEncoding().constData());
    }

    void noSecretOnStderrOrInHome()
    {
        // A last round of every command, then everything the runs above wrote.
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw).code, 0);
        QCOMPARE(add(u"Demo"_s, u"ro"_s, m_ro).code, 0);
        for (const QStringList &args : {QStringList{u"accounts"_s}, QStringList{u"accounts"_s, u"--json"_s},
                                        QStringList{u"sid"_s, u"--kind"_s, u"ro"_s}, QStringList{u"verify"_s},
                                        QStringList{u"verify"_s, u"--json"_s, u"--api-version"_s, u"3"_s},
                                        QStringList{u"run"_s, u"--kind"_s, u"ro"_s, u"--"_s, u"true"_s},
                                        QStringList{u"curl"_s, u"--kind"_s, u"ro"_s, u"/Agencies/{AccountSid}/CompanyInformation"_s,
                                                    u"-s"_s, u"-o"_s, u"/dev/null"_s}}) {
            const Run r = cli(args);
            QVERIFY2(r.code == 0, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(r.err)));
            for (const QString &secret : std::as_const(m_secrets))
                verifyNoToken(r.out, secret);
        }
        QCOMPARE(cli({u"token"_s, u"--kind"_s, u"ro"_s}).out, m_ro.token.toUtf8());
        QCOMPARE(cli({u"remove"_s, u"--account"_s, u"Demo"_s}).code, 0);
        QVERIFY(!m_stderr.isEmpty()); // debug logging was on
        for (const QString &secret : std::as_const(m_secrets))
            verifyNoToken(m_stderr, secret);

        int files = 0;
        const QString leaked = fileWithSecret(QDir::homePath(), m_secrets, &files);
        QVERIFY2(leaked.isEmpty(), qPrintable(u"a token in "_s + leaked));
        QVERIFY(files > 0); // at least the account list
    }

    // The keychain refuses the write: a command shows no token, so it says what
    // did happen (issue 25: "The token is shown, but it could not be saved").
    void addRefusedByTheKeychainSaysTheTokenWasNotSaved()
    {
        QCOMPARE(KeyringControl::lockDefault(), QString());
        auto unlock = qScopeGuard([] { (void)KeyringControl::unlockDefault(); });
        const QByteArray locked = SecretStore::messageFor(SecretStore::Error::Locked).toUtf8();
        const Run added = add(u"Fresh"_s, u"rw"_s, m_rw, {u"--no-verify"_s});
        QCOMPARE(added.code, 3);
        QVERIFY2(!added.err.contains("shown"), added.err.constData());
        QVERIFY2(added.err.contains("agency-tokens-cli: The Read/Write token was not saved, so \"Fresh\" was not "
                                    "added: the keychain refused it. " + locked),
                 added.err.constData());
        verifyNoToken(added.out + added.err, m_rw.token);
        QCOMPARE(KeyringControl::unlockDefault(), QString());
        unlock.dismiss();
        QVERIFY(!AccountList().lookup(u"Fresh"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
