// SPDX-License-Identifier: MIT
// agency-tokens-server as a program: its command line, its errors, its data
// directory and what survives a restart.
#include "HttpClient.h"
#include "ProgramRun.h"
#include "ServerProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace AgencyTokens::Testing;

namespace {

const QString Binary = QStringLiteral(AGENCYTOKENS_SERVER_BINARY);

using Run = ProgramRun;

/// Runs the server binary to completion (it must exit by itself).
Run run(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    return runProgram(Binary, arguments, environment, {}, 15000);
}

} // namespace

class tst_ServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void version();
    void badArguments_data();
    void badArguments();
    void badDataDirectory();
    void unknownLegacyApiVersion();
    void portInUse();
    void listeningLine();
    void defaultDataLocation();
    void withoutDemo_noUsers();
    void stateSurvivesRestart();
    void oneServerPerDataFolder();
};

void tst_ServerCli::help()
{
    const Run result = run({u"--help"_s});
    QCOMPARE(result.code, 0);
    for (const char *option :
         {"--host", "--port", "--data", "--demo", "--session-ttl", "--legacy-api-version", "--version",
          "--hash-iterations", "--hash-concurrency", "--header-timeout", "--body-timeout", "--idle-timeout",
          "--max-connections", "--token-key"})
        QVERIFY2(result.out.contains(option), option);
}

void tst_ServerCli::version()
{
    const Run result = run({u"--version"_s});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out.trimmed(), "agency-tokens-server " AGENCYTOKENS_VERSION);
}

void tst_ServerCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"eighty"_s};
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"65536"_s};
    QTest::newRow("negative port") << QStringList{u"--port"_s, u"-1"_s};
    QTest::newRow("ttl zero") << QStringList{u"--session-ttl"_s, u"0"_s};
    QTest::newRow("ttl text") << QStringList{u"--session-ttl"_s, u"long"_s};
    QTest::newRow("host not an address") << QStringList{u"--host"_s, u"not an address"_s};
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s};
    QTest::newRow("stray argument") << QStringList{u"serve"_s};
    QTest::newRow("missing value") << QStringList{u"--port"_s};
    QTest::newRow("legacy api version unknown") << QStringList{u"--legacy-api-version"_s, u"4"_s};
    QTest::newRow("legacy api version text") << QStringList{u"--legacy-api-version"_s, u"two"_s};
}

void tst_ServerCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const Run result = run(QStringList{u"--data"_s, dir.path()} + arguments);
    QVERIFY(result.code != 0);
    QVERIFY(!result.err.trimmed().isEmpty());
    QVERIFY(!result.out.contains("listening on"));
}

void tst_ServerCli::unknownLegacyApiVersion()
{
    // A command-line error like the others: exit code 2 and a sentence naming
    // the option, the bad value and the versions that exist.
    QTemporaryDir dir;
    const Run result = run({u"--port"_s, u"0"_s, u"--data"_s, dir.path(), u"--legacy-api-version"_s, u"7"_s});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains("--legacy-api-version"), result.err.constData());
    QVERIFY2(result.err.contains("\"7\""), result.err.constData());
    QVERIFY2(result.err.contains("2, 3"), result.err.constData());
    QVERIFY(!result.out.contains("listening on"));
}

void tst_ServerCli::badDataDirectory()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"not-a-directory"_s);
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    for (const QString &data : {file, file + u"/below-a-file"_s}) {
        const Run result = run({u"--port"_s, u"0"_s, u"--data"_s, data});
        QVERIFY(result.code != 0);
        QVERIFY2(result.err.contains(file.toUtf8()), result.err.constData());
        QVERIFY(!result.out.contains("listening on"));
    }
}

void tst_ServerCli::portInUse()
{
    ServerProcess first;
    QVERIFY(first.start());
    QTemporaryDir dir;
    const Run second = run({u"--port"_s, QString::number(first.url().port()), u"--data"_s, dir.path()});
    QVERIFY(second.code != 0);
    QVERIFY2(second.err.contains("Cannot listen"), second.err.constData());
    QVERIFY(!second.out.contains("listening on"));
    QVERIFY(first.isRunning());
}

void tst_ServerCli::listeningLine()
{
    ServerProcess server;
    QVERIFY(server.start());
    QVERIFY(server.isRunning());
    QCOMPARE(server.url().scheme(), u"http"_s);
    QCOMPARE(server.url().host(), u"127.0.0.1"_s);
    QVERIFY(server.url().port() > 0);
    const QByteArray line = "listening on " + server.url().toString().toUtf8() + '\n';
    QCOMPARE(server.output().count(line), 1);
    QCOMPARE(server.output().count("listening on"), 1);
    server.stop();
    QVERIFY(!server.isRunning());
}

void tst_ServerCli::defaultDataLocation()
{
    // Without --data the database goes to the app data location.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, home.path());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(Binary, {u"--port"_s, u"0"_s, u"--demo"_s});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("listening on"), 15000);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QVERIFY(QFile::exists(home.filePath(u"agency-tokens-server/agency-tokens-server.sqlite"_s)));
}

void tst_ServerCli::withoutDemo_noUsers()
{
    ServerProcess server;
    QVERIFY(server.start({}));
    HttpClient client(server.url());
    const HttpResponse response =
        client.post(u"/api/v1/session"_s, {{u"username"_s, u"admin"_s}, {u"password"_s, u"admin-demo"_s}});
    QCOMPARE(response.status, 401);
    QCOMPARE(response.errorCode(), u"invalid_credentials"_s);
}

void tst_ServerCli::stateSurvivesRestart()
{
    ServerProcess server;
    QVERIFY(server.start());
    HttpClient client(server.url());
    const QString session = client.signInAndEnable();
    QVERIFY(!session.isEmpty());
    QCOMPARE(client.post(u"/api/v1/legacy-tokens/readOnly/reset"_s, {}, HttpClient::bearer(session)).status, 200);
    const QJsonObject state = client.get(u"/api/v1/platform-rest-web-services"_s, HttpClient::bearer(session)).json();
    const QJsonObject credentials =
        client.get(u"/api/v1/legacy-tokens/credentials"_s, HttpClient::bearer(session)).json();
    const QString dataDir = server.dataDir();

    server.stop();
    QVERIFY(!server.isRunning());
    // --demo again: the database is not empty, so nothing is re-seeded.
    QVERIFY(server.start());
    QCOMPARE(server.dataDir(), dataDir);
    client.setBaseUrl(server.url());

    // The session is still valid, and the tokens are the same.
    QCOMPARE(client.get(u"/api/v1/platform-rest-web-services"_s, HttpClient::bearer(session)).json(), state);
    QCOMPARE(client.get(u"/api/v1/legacy-tokens/credentials"_s, HttpClient::bearer(session)).json(), credentials);
    for (const QJsonValue &token : credentials[u"tokens"_s].toArray()) {
        const QString sid = token[u"accountSid"_s].toString();
        const HttpResponse check = client.get(u"/Agencies/%1/CompanyInformation"_s.arg(sid),
                                              HttpClient::basic(sid, token[u"authToken"_s].toString()));
        QCOMPARE(check.status, 200);
    }
    QCOMPARE(client.post(u"/api/v1/legacy-tokens/enable"_s, {}, HttpClient::bearer(session)).errorCode(),
             u"already_enabled"_s);
    QVERIFY(!client.signIn().isEmpty());
}

void tst_ServerCli::oneServerPerDataFolder()
{
    ServerProcess first;
    QVERIFY(first.start());
    const Run second = run({u"--port"_s, u"0"_s, u"--data"_s, first.dataDir()});
    QCOMPARE(second.code, 1);
    QVERIFY2(second.err.contains(QDir(first.dataDir()).absolutePath().toUtf8()), second.err.constData());
    QVERIFY2(second.err.contains("PID " + QByteArray::number(first.processId())), second.err.constData());
    QVERIFY(!second.out.contains("listening on"));
    QVERIFY(first.isRunning());

    // A server killed outright leaves its lock behind; the next one takes it over.
    const QString dataDir = first.dataDir();
    ServerProcess next(dataDir);
    QCOMPARE(::kill(pid_t(first.processId()), SIGKILL), 0);
    first.stop();
    QVERIFY(next.start());
    HttpClient client(next.url());
    QVERIFY(!client.signIn().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ServerCli)
#include "tst_server_cli.moc"
