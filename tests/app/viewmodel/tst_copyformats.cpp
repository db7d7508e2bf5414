// SPDX-License-Identifier: MIT
// "Copy as curl" and "Copy as environment": the exact text (docs/security.md:
// a leading space keeps the command out of shell history, JSON is asked for,
// `export` lines), the words a real shell makes of it (sh, bash, and zsh
// where installed) for odd but valid account addresses and every token
// character, and the copied command run by a real shell and curl sending the
// very request the app's own check sends; against the real reference
// server, under strace, with the credentials in no program's argv.
#include "CopyFormats.h"
#include "FaultServer.h"
#include "network/RestClient.h"
#include "platform/PlatformApi.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef AT_WITH_SERVER
#include "HttpClient.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#endif

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString Sid = u"IRabcdefghijklmnopqrstuvwxyz012345"_s;
const QString Token = u"Ab0._~-zZ9Ab0._~-zZ9Ab0._~-zZ9Ab"_s;

Credential credential(const QString &token = Token)
{
    return {TokenKind::ReadOnly, *AccountSid::parse(Sid), *AuthToken::parse(token)};
}

/// An account address as the app takes it from the user.
QUrl address(const QString &text)
{
    return QUrl(text, QUrl::StrictMode);
}

/// The POSIX shells on this machine; sh and bash at least.
QStringList shells()
{
    QStringList found;
    for (const QString &name : {u"sh"_s, u"bash"_s, u"zsh"_s}) {
        if (!QStandardPaths::findExecutable(name).isEmpty())
            found << name;
    }
    return found;
}

/// What \a shell prints for \a script, one entry a line; nothing when it failed.
QStringList linesFrom(const QString &shell, const QString &script)
{
    QProcess process;
    process.start(shell, {u"-c"_s, script});
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << shell << "failed:" << process.readAllStandardError();
        return {};
    }
    QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    lines.removeLast(); // after the last newline
    return lines;
}

#ifdef AT_WITH_SERVER
/// \a command run by \a shell under strace: every program it started
/// (execve) with its whole argv, and what the command printed.
struct Traced
{
    QByteArray execs;
    QByteArray out;
    int exitCode = -1;
};
Traced traced(const QString &shell, const QString &command)
{
    Traced result;
    QTemporaryDir dir;
    const QString log = dir.filePath(u"execve"_s);
    QProcess process;
    // The command goes in as typed, on the shell's input: with -c it would be in the shell's own argv.
    process.start(u"strace"_s, {u"-f"_s, u"-qq"_s, u"-e"_s, u"trace=execve"_s, u"-s"_s, u"65535"_s, u"-o"_s, log,
                                shell});
    process.write(command.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    QFile file(log);
    if (file.open(QIODevice::ReadOnly))
        result.execs = file.readAll();
    return result;
}
#endif

/// The header \a name of a raw HTTP request, empty when absent.
QByteArray header(const QByteArray &request, const QByteArray &name)
{
    for (const QByteArray &line : request.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}
} // namespace

class TestCopyFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(AccountSid::parse(Sid));
        QVERIFY(AuthToken::parse(Token));
        QVERIFY2(shells().size() >= 2, "sh and bash are needed");
        qInfo() << "shells:" << shells();
    }

    void curlCommandIsExactlyAsDocumented()
    {
        const QString command = CopyFormats::curlCommand(address(u"https://platform.example"_s), credential());
        QCOMPARE(command,
                 u" printf 'user = \"%s\"\\n' 'IRabcdefghijklmnopqrstuvwxyz012345:Ab0._~-zZ9Ab0._~-zZ9Ab0._~-zZ9Ab'"
                 " | curl -K - -H 'Accept: application/json'"
                 " 'https://platform.example/Agencies/IRabcdefghijklmnopqrstuvwxyz012345/CompanyInformation'"_s);
    }

    void shellsSeeTheIntendedWords_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("url");
        const QString check = u"/Agencies/"_s + Sid + u"/CompanyInformation"_s;
        QTest::newRow("host") << u"https://platform.example"_s << u"https://platform.example"_s + check;
        QTest::newRow("host, slash") << u"https://platform.example/"_s << u"https://platform.example"_s + check;
        QTest::newRow("port") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s + check;
        QTest::newRow("IPv6") << u"http://[::1]:8080/"_s << u"http://[::1]:8080"_s + check;
        // The app calls below an address's own path (RestClient): so must the copy.
        QTest::newRow("path") << u"https://platform.example/tenant/api/"_s
                              << u"https://platform.example/tenant/api"_s + check;
        QTest::newRow("quote in the path") << u"https://platform.example/it's/"_s
                                           << u"https://platform.example/it's"_s + check;
        QTest::newRow("shell syntax in the path") << u"https://platform.example/$(id);a&b!c*d/"_s
                                                  << u"https://platform.example/$(id);a&b!c*d"_s + check;
    }

    void shellsSeeTheIntendedWords()
    {
        QFETCH(QString, base);
        QFETCH(QString, url);
        QVERIFY(address(base).isValid());
        const QString command = CopyFormats::curlCommand(address(base), credential());
        QVERIFY(command.startsWith(u" printf "_s)); // a leading space: kept out of history
        const QStringList expected{u"-K"_s, u"-"_s, u"-H"_s, u"Accept: application/json"_s, url,
                                   u"user = \"%1:%2\""_s.arg(Sid, Token)};
        for (const QString &shell : shells()) {
            // curl is a function there that prints its arguments, one a line, then its input.
            QCOMPARE(linesFrom(shell, u"curl() { printf '%s\\n' \"$@\"; cat; }\n"_s + command), expected);
        }
    }

    void environmentIsExactlyAsDocumented()
    {
        QCOMPARE(CopyFormats::environment(credential()),
                 u"export AGENCY_ACCOUNT_SID='IRabcdefghijklmnopqrstuvwxyz012345'\n"
                 "export AGENCY_AUTH_TOKEN='Ab0._~-zZ9Ab0._~-zZ9Ab0._~-zZ9Ab'\n"_s);
    }

    void programsStartedFromTheShellSeeTheValues_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("letters, digits and . _ ~ -") << Token;
        // Unquoted, zsh takes "=~name" for a user's home and fails: "no such user".
        QTest::newRow("tilde first") << u"~abcdefghijklmnopqrstuvwxyz.1234"_s;
        QTest::newRow("dash first") << u"-Ab0._~-zZ9Ab0._~-zZ9Ab0._~-zZ9A"_s;
    }

    void programsStartedFromTheShellSeeTheValues()
    {
        QFETCH(QString, token);
        QVERIFY(AuthToken::parse(token));
        const QString text = CopyFormats::environment(credential(token));
        QVERIFY(text.startsWith(u"export "_s));
        for (const QString &shell : shells()) {
            QCOMPARE(linesFrom(shell, text + u"printenv AGENCY_ACCOUNT_SID AGENCY_AUTH_TOKEN"_s),
                     (QStringList{Sid, token}));
        }
    }

    void theCopiedCurlSendsTheAppsOwnRequest()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is needed");
        FaultServer platform;
        platform.setAnswer(FaultServer::response(200, R"({"CompanyName":"Demo"})"));
        const QUrl base(platform.url().toString() + u"/tenant/it's/"_s, QUrl::StrictMode);
        QVERIFY(base.isValid());

        // The app's own check of the credential.
        RestClient client;
        PlatformApi api(&client);
        api.setServer(base);
        bool answered = false;
        api.verify(credential(), std::nullopt, this, [&](const HttpError &, const VerifyResult &) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCOMPARE(platform.requests().size(), 1);

        // The copied command, pasted into a shell.
        QProcess shell;
        shell.start(u"sh"_s, {u"-c"_s, CopyFormats::curlCommand(api.apiBase(), credential())});
        QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 10000);
        QCOMPARE(shell.exitCode(), 0);
        QCOMPARE(shell.readAllStandardOutput(), R"({"CompanyName":"Demo"})"_ba);
        QCOMPARE(platform.requests().size(), 2);

        const QByteArray app = platform.requests().at(0);
        const QByteArray copied = platform.requests().at(1);
        const QByteArray requestLine = app.left(app.indexOf("\r\n"));
        QCOMPARE(requestLine, "GET /tenant/it's/Agencies/" + Sid.toLatin1() + "/CompanyInformation HTTP/1.1");
        QCOMPARE(copied.left(copied.indexOf("\r\n")), requestLine);
        QCOMPARE(header(copied, "Authorization"), header(app, "Authorization"));
        QCOMPARE(header(copied, "Authorization"), "Basic " + (Sid + u':' + Token).toLatin1().toBase64());
        QCOMPARE(header(copied, "Accept"), header(app, "Accept"));
        QCOMPARE(header(copied, "Accept"), "application/json"_ba);
    }

#ifdef AT_WITH_SERVER
    // Pasted into sh or bash, the copy passes the real reference server's
    // check, and no program it starts has the credentials in its argv (all of
    // /proc/PID/cmdline): strace records every execve with its arguments.
    void theCopiedCurlPassesTheServerWithTheTokenInNoArgv()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is needed");
        QVERIFY2(!QStandardPaths::findExecutable(u"strace"_s).isEmpty(), "strace is needed");
        ServerProcess server;
        QVERIFY(server.start());
        HttpClient http(server.url());
        const QString session = http.signIn();
        QCOMPARE(http.post(u"/api/v1/legacy-tokens/enable"_s, {}, HttpClient::bearer(session)).status, 200);
        const QJsonObject readOnly = http.legacyTokens(session).at(1).toObject();
        const auto sid = AccountSid::parse(readOnly[u"accountSid"_s].toString());
        const auto token = AuthToken::parse(readOnly[u"authToken"_s].toString());
        QVERIFY(sid && token);
        const QByteArray secret = token->revealClearValue().toUtf8();
        const QString command = CopyFormats::curlCommand(server.url(), {TokenKind::ReadOnly, *sid, *token});
        QVERIFY(command.contains(QString::fromUtf8(secret))); // in the text to paste, as a builtin's argument

        for (const QString &shell : {u"sh"_s, u"bash"_s}) {
            const Traced run = traced(shell, command);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains("\"CompanyName\""), run.out.constData()); // the server took the credentials
            QVERIFY2(run.execs.contains("[\"curl\", \"-K\", \"-\", \"-H\""), run.execs.constData()); // curl's argv was seen
            QVERIFY2(!run.execs.contains(secret), qPrintable(shell + u": the token is in an argv"_s));
            QVERIFY(!run.execs.contains("printf")); // a builtin: never started as a program
        }
        // The check can fail: the old copy, curl -u, shows the token in curl's argv.
        const QString old = u"curl -u '%1:%2' '%3'"_s.arg(sid->toString(), QString::fromUtf8(secret),
                                                          server.url().toString());
        const Traced control = traced(u"bash"_s, old);
        QCOMPARE(control.exitCode, 0);
        QVERIFY(control.execs.contains(secret));
    }
#endif
};

QTEST_GUILESS_MAIN(TestCopyFormats)
#include "tst_copyformats.moc"
