// SPDX-License-Identifier: MIT
// agency-tokens-cli and scoped access tokens (issue 21, items 4 and 6): the
// real binary against the real reference server on loopback and the real
// keychain (gnome-keyring in the test's private D-Bus session). The scoped
// tokens are created on the server as its web app would, and handed to the
// tool on standard input, as a user pastes them.
#include "CliTestKit.h"
#include "HttpClient.h"
#include "KeyringControl.h"
#include "ProgramRun.h"
#include "ServerProcess.h"
#include "StoreWaiter.h"
#include "accounts/AccountList.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"
#include "network/RestClient.h"
#include "service/TokenService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString Cli = QStringLiteral(AGENCYTOKENS_CLI_BINARY);
const QString ReportsOnly = u"Reports only"_s;     // reports.list, jobs.status: its check is a 403
const QString CompanyReader = u"Company reader"_s; // company information and reports: its check passes
const QByteArray NotAllowed = "not allowed to read company information";

using Token = CliToken;

QJsonObject jsonOf(const ProgramRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

/// The row of `category` in probe's text: "  Reports      allowed".
bool saysReach(const QByteArray &out, const QString &category, const QString &reach)
{
    return QRegularExpression(u"^  %1 +%2$"_s.arg(category, reach), QRegularExpression::MultilineOption)
        .match(QString::fromUtf8(out))
        .hasMatch();
}

QString keyOf(const QString &account, const Token &t)
{
    const auto info = AccountList().lookup(account);
    return info ? KeychainKeys::tokenKey(info->keyPart(), *AccountSid::parse(t.sid), TokenKind::Scoped) : QString();
}
} // namespace

class TestCliScoped : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QString m_admin; // the demo admin's session, for what the web app does
    Token m_rw;
    Token m_ro;
    Token m_reports;
    Token m_company;
    QStringList m_secrets; // every token a test saw, for the leak check
    QByteArray m_stderr;   // every run's stderr
    int m_marks = 0;

    /// Requests on the platform's API that the server has logged so far (one
    /// access log line each), but for the test's own marks: a request of the
    /// test's own, once in the log, says that every earlier one is there too.
    int platformRequests()
    {
        const QByteArray mark = "IRcountedupto" + QByteArray::number(++m_marks);
        (void)HttpClient(m_server.url()).get(u"/Agencies/%1/CompanyInformation"_s.arg(QString::fromLatin1(mark)));
        QByteArray log;
        if (!QTest::qWaitFor([&] { return (log = m_server.output()).contains(mark); }, 10000))
            return -1;
        log.truncate(log.lastIndexOf('\n', log.indexOf(mark)) + 1);
        return int(log.count(" /Agencies/") - log.count(" /Agencies/IRcountedupto"));
    }

    ProgramRun cli(const QStringList &args, const QByteArray &input = {})
    {
        ProgramRun r = runProgram(Cli, args, cliDebugEnvironment(), input);
        m_stderr += r.err;
        return r;
    }

    ProgramRun add(const QString &account, const QString &kind, const Token &t, const QStringList &more = {})
    {
        return cli(QStringList{u"add"_s, u"--account"_s, account, u"--kind"_s, kind, u"--sid"_s, t.sid, u"--api"_s,
                               m_server.url().toString()} + more, t.token.toUtf8() + '\n');
    }

    ProgramRun addScoped(const QString &account, const QString &name, const Token &t, const QStringList &more = {})
    {
        return add(account, u"scoped"_s, t, QStringList{u"--name"_s, name} + more);
    }

    /// Demo: the Read/Write token and both scoped ones.
    void addDemo()
    {
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw).code, 0);
        QCOMPARE(addScoped(u"Demo"_s, ReportsOnly, m_reports).code, 0);
        QCOMPARE(addScoped(u"Demo"_s, CompanyReader, m_company).code, 0);
    }

    /// Create Access Token in the platform's web app: its Auth Token, shown this once.
    static Token create(const ServerProcess &server, const QString &session, const QString &name, const QStringList &scopes)
    {
        const QJsonObject body{{u"name"_s, name}, {u"primaryContact"_s, u"ops@example.com"_s},
                               {u"scopes"_s, QJsonArray::fromStringList(scopes)}};
        const QJsonObject made = HttpClient(server.url()).post(u"/api/v1/access-tokens"_s, body, HttpClient::bearer(session)).json();
        return {made[u"accountSid"_s].toString(), made[u"authToken"_s].toString()};
    }

    /// Reset Token in the web app, behind the tool's back: the held value stops passing.
    void resetOnThePlatform(Token &t)
    {
        const QJsonObject reset = HttpClient(m_server.url())
                                      .post(u"/api/v1/access-tokens/%1/reset"_s.arg(t.sid), {}, HttpClient::bearer(m_admin))
                                      .json();
        t.token = reset[u"authToken"_s].toString();
        QVERIFY(!t.token.isEmpty());
        m_secrets << t.token;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(Cli));
        QVERIFY(m_server.start());
        HttpClient http(m_server.url());
        m_admin = http.signInAndEnable();
        QVERIFY(!m_admin.isEmpty());
        const QJsonArray legacy = http.legacyTokens(m_admin);
        m_rw = {legacy.at(0)[u"accountSid"_s].toString(), legacy.at(0)[u"authToken"_s].toString()};
        m_ro = {legacy.at(1)[u"accountSid"_s].toString(), legacy.at(1)[u"authToken"_s].toString()};
        m_reports = create(m_server, m_admin, ReportsOnly, {u"reports.list"_s, u"jobs.status"_s});
        m_company = create(m_server, m_admin, CompanyReader, {u"account.companyInformation.read"_s, u"reports.list"_s});
        QVERIFY(!m_reports.token.isEmpty() && !m_company.token.isEmpty() && !m_rw.token.isEmpty());
        m_secrets << m_rw.token << m_ro.token << m_reports.token << m_company.token;
    }

    void init()
    {
        QVERIFY(clearAccountsAndKeychain());
    }

    void usage()
    {
        QVERIFY(cli({u"--help"_s}).out.contains("probe"));
        QVERIFY(cli({u"probe"_s, u"--help"_s}).out.contains("--token NAME"));
        QVERIFY(cli({u"verify"_s, u"--help"_s}).out.contains("--all"));
        QVERIFY(cli({u"add"_s, u"--help"_s}).out.contains("--kind scoped"));
        QCOMPARE(addScoped(u"Demo"_s, u" "_s, m_reports).code, 2);                    // a name is needed
        QCOMPARE(add(u"Demo"_s, u"scoped"_s, m_reports).code, 2);                      // no --name at all
        QCOMPARE(add(u"Demo"_s, u"rw"_s, m_rw, {u"--name"_s, u"X"_s}).code, 2);        // legacy tokens have no name
        QCOMPARE(cli({u"sid"_s, u"--kind"_s, u"scoped"_s}).code, 2);                   // which one?
        QCOMPARE(cli({u"sid"_s, u"--kind"_s, u"rw"_s, u"--token"_s, u"X"_s}).code, 2); // one or the other
        QCOMPARE(cli({u"probe"_s, u"--token"_s, u""_s}).code, 2);
        QCOMPARE(cli({u"verify"_s, u"--all"_s, u"--account"_s, u"Demo"_s}).code, 2);
        QCOMPARE(cli({u"verify"_s, u"--all"_s, u"--token"_s, u"X"_s}).code, 2);
        QCOMPARE(cli({u"remove"_s, u"--token"_s, u"X"_s}).code, 2); // never without naming the account
        QVERIFY(AccountList().accounts().isEmpty());
    }

    void addScopedKeepsOnlyGenuineTokens()
    {
        // 401: a wrong Auth Token keeps nothing, not even the new account.
        const Token wrong{m_reports.sid, QString(32, u'x')};
        const ProgramRun refused = addScoped(u"Pasted"_s, ReportsOnly, wrong);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains("refused") && refused.err.contains("nothing was saved"), refused.err.constData());
        QVERIFY(!AccountList().lookup(u"Pasted"_s));
        QVERIFY(KeyringControl::appEntries().isEmpty());

        // 403 on the check: genuine, saved, and the note said.
        const ProgramRun denied = addScoped(u"Pasted"_s, ReportsOnly, m_reports);
        QVERIFY2(denied.code == 0, denied.err.constData());
        QVERIFY2(denied.out.contains("Saved the scoped token \"Reports only\" of \"Pasted\""), denied.out.constData());
        QVERIFY2(denied.out.contains("Note:") && denied.out.contains(NotAllowed), denied.out.constData());
        QCOMPARE(KeyringControl::appValue(keyOf(u"Pasted"_s, m_reports)), m_reports.token);

        // Passes: saved, the agency's name with it, nothing to note.
        const ProgramRun passed = addScoped(u"Pasted"_s, CompanyReader, m_company);
        QVERIFY2(passed.code == 0, passed.err.constData());
        QVERIFY2(passed.out.contains("\"Company reader\" of \"Pasted\" (Demo Agency)"), passed.out.constData());
        QVERIFY(!passed.out.contains("Note:"));
        QCOMPARE(KeyringControl::appValue(keyOf(u"Pasted"_s, m_company)), m_company.token);

        // A name already taken in the account: refused, the first kept.
        const ProgramRun taken = addScoped(u"Pasted"_s, ReportsOnly, m_company);
        QCOMPARE(taken.code, 1);
        QVERIFY2(taken.err.contains("already has a token called"), taken.err.constData());
        QCOMPARE(KeyringControl::appValue(keyOf(u"Pasted"_s, m_reports)), m_reports.token);

        // The legacy pair beside them; accounts --json says each one's kind as rw, ro or scoped.
        QCOMPARE(add(u"Pasted"_s, u"ro"_s, m_ro).code, 0);
        const ProgramRun listed = cli({u"accounts"_s, u"--json"_s});
        QCOMPARE(listed.code, 0);
        const QJsonArray tokens = jsonOf(listed)[u"accounts"_s][0][u"tokens"_s].toArray();
        QCOMPARE(tokens.size(), 3);
        QCOMPARE(tokens[0][u"kind"_s].toString(), u"ro"_s);
        QCOMPARE(tokens[0][u"accountSid"_s].toString(), m_ro.sid);
        QVERIFY(!tokens[0].toObject().contains(u"name"_s));
        QCOMPARE(tokens[1][u"kind"_s].toString(), u"scoped"_s);
        QCOMPARE(tokens[1][u"name"_s].toString(), ReportsOnly);
        QCOMPARE(tokens[1][u"accountSid"_s].toString(), m_reports.sid);
        QVERIFY(tokens[1][u"held"_s].toBool());
        QVERIFY2(tokens[1][u"note"_s].toString().contains(QString::fromUtf8(NotAllowed)), listed.out.constData());
        QCOMPARE(tokens[2][u"kind"_s].toString(), u"scoped"_s);
        QCOMPARE(tokens[2][u"name"_s].toString(), CompanyReader);
        QVERIFY(!tokens[2].toObject().contains(u"note"_s));
        QVERIFY(!listed.out.contains("readOnly") && !listed.out.contains("readWrite"));
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY(!listed.out.contains(secret.toUtf8()));
        const ProgramRun text = cli({u"accounts"_s});
        QVERIFY2(text.out.contains("  Scoped \"Reports only\": " + m_reports.sid.toUtf8()), text.out.constData());
    }

    void aSignedInAccountListsTheScopesItKnows()
    {
        // Signed in as the app signs in: the platform lists every scoped token with its scopes.
        AccountList list;
        const AccountInfo info = list.add(AccountKind::SignedIn, u"Signed"_s, m_server.url());
        KeychainStore store;
        RestClient client;
        TokenService service(info, &store, &client);
        service.setOwnedByList(true);
        std::optional<Outcome> signedIn;
        service.signIn(m_server.url(), u"admin"_s, u"admin-demo"_s, [&](const Outcome &o) { signedIn = o; });
        QVERIFY(QTest::qWaitFor([&] { return signedIn.has_value(); }, 20000));
        QVERIFY2(signedIn->ok, qPrintable(signedIn->message));
        AccessTokenDraft draft;
        draft.name = u"Warehouse export"_s;
        draft.primaryContact = u"ops@example.com"_s;
        draft.scopes = {u"reports.list"_s, u"reports.export"_s};
        std::optional<Outcome> created;
        AccountSid sid;
        service.createAccessToken(draft, [&](const Outcome &o, const AccountSid &s) {
            created = o;
            sid = s;
        });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 20000));
        QVERIFY2(created->ok, qPrintable(created->message));
        m_secrets << service.credential(TokenRef::scoped(sid))->authToken.revealClearValue();
        // The tool reads what the keychain holds: the service's writes land first.
        const QString part = info.keyPart();
        QTRY_VERIFY_WITH_TIMEOUT(KeyringControl::appValue(KeychainKeys::stateKey(part)).contains(u"Warehouse export"_s), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(KeyringControl::appEntries(part).contains(KeychainKeys::tokenKey(part, sid, TokenKind::Scoped)),
                                 20000);
        // Nothing of this process's may hold the keychain while the tool runs.
        QVERIFY(StoreWaiter::idle(store, &client));

        const ProgramRun listed = cli({u"accounts"_s, u"--json"_s});
        QVERIFY2(listed.code == 0, listed.err.constData());
        const QJsonObject account = jsonOf(listed)[u"accounts"_s][0].toObject();
        QCOMPARE(account[u"kind"_s].toString(), u"signedIn"_s);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &t : account[u"tokens"_s].toArray()) {
            if (t[u"kind"_s] == u"scoped"_s)
                byName.insert(t[u"name"_s].toString(), t.toObject());
            else
                QVERIFY(t[u"kind"_s] == u"rw"_s || t[u"kind"_s] == u"ro"_s);
        }
        QVERIFY2(byName.contains(u"Reporting sync"_s) && byName.contains(u"Compliance checker"_s), listed.out.constData());
        QCOMPARE(byName[u"Warehouse export"_s][u"scopes"_s].toArray(),
                 QJsonArray::fromStringList({u"reports.list"_s, u"reports.export"_s}));
        QCOMPARE(byName[u"Warehouse export"_s][u"accountSid"_s].toString(), sid.toString());
        QVERIFY(byName[u"Warehouse export"_s][u"held"_s].toBool());
        // The demo's own: listed with their scopes, their values never shown to this device.
        QVERIFY(byName[u"Reporting sync"_s][u"scopes"_s].toArray().contains(u"jobs.download"_s));
        QVERIFY(!byName[u"Reporting sync"_s][u"held"_s].toBool());

        QCOMPARE(cli({u"sid"_s, u"--token"_s, u"Warehouse export"_s}).out, sid.toString().toUtf8() + '\n');
        const ProgramRun notHeld = cli({u"token"_s, u"--token"_s, u"Reporting sync"_s});
        QCOMPARE(notHeld.code, 1);
        QVERIFY2(notHeld.err.contains("not on this device"), notHeld.err.constData());
        // Its tokens are the platform's: the tool neither adds nor removes one.
        const ProgramRun removed = cli({u"remove"_s, u"--account"_s, u"Signed"_s, u"--token"_s, u"Warehouse export"_s});
        QCOMPARE(removed.code, 1);
        QVERIFY2(removed.err.contains("is signed in"), removed.err.constData());
        QCOMPARE(addScoped(u"Signed"_s, u"Mine"_s, m_company).code, 1);
        QVERIFY(cli({u"accounts"_s, u"--json"_s}).out.contains("Warehouse export"));
    }

    void probeShowsWhatTheTokenReaches()
    {
        addDemo();
        const int before = platformRequests();
        const ProgramRun reports = cli({u"probe"_s, u"--token"_s, ReportsOnly});
        QVERIFY2(reports.code == 0, reports.err.constData());
        for (const QString &allowed : {u"Reports"_s, u"Jobs"_s})
            QVERIFY2(saysReach(reports.out, allowed, u"allowed"_s), reports.out.constData());
        for (const QString &denied : {u"Account"_s, u"Advertisers"_s, u"Compliance"_s})
            QVERIFY2(saysReach(reports.out, denied, u"denied"_s), reports.out.constData());
        QVERIFY2(reports.out.contains("5 requests used; "), reports.out.constData());
        QVERIFY2(reports.out.contains(" of 1000 requests left this hour"), reports.out.constData());
        // As many requests as it says, and no more (the server's access log counts them).
        QCOMPARE(platformRequests() - before, 5);

        const ProgramRun company = cli({u"probe"_s, u"--account"_s, u"demo"_s, u"--token"_s, CompanyReader, u"--json"_s});
        QCOMPARE(company.code, 0);
        const QJsonObject result = jsonOf(company);
        QCOMPARE(result[u"answer"_s].toString(), u"ok"_s);
        QCOMPARE(result[u"requestsUsed"_s].toInt(), 5);
        QCOMPARE(result[u"token"_s][u"kind"_s].toString(), u"scoped"_s);
        QCOMPARE(result[u"token"_s][u"name"_s].toString(), CompanyReader);
        QCOMPARE(result[u"budget"_s][u"limit"_s].toInt(), 1000);
        QHash<QString, QString> reach;
        for (const QJsonValue &row : result[u"rows"_s].toArray())
            reach.insert(row[u"category"_s].toString(), row[u"reach"_s].toString());
        const QHash<QString, QString> expected{{u"Account"_s, u"allowed"_s}, {u"Advertisers"_s, u"denied"_s},
                                               {u"Reports"_s, u"allowed"_s}, {u"Jobs"_s, u"denied"_s},
                                               {u"Compliance"_s, u"denied"_s}};
        QCOMPARE(reach, expected);

        // A legacy token by its kind: the Read/Write token reaches everything.
        const ProgramRun legacy = cli({u"probe"_s, u"--kind"_s, u"rw"_s, u"--json"_s});
        QCOMPARE(legacy.code, 0);
        for (const QJsonValue &row : jsonOf(legacy)[u"rows"_s].toArray())
            QCOMPARE(row[u"reach"_s].toString(), u"allowed"_s);

        // Kept with the token: accounts says what the last probe found.
        const QJsonArray tokens = jsonOf(cli({u"accounts"_s, u"--json"_s}))[u"accounts"_s][0][u"tokens"_s].toArray();
        QCOMPARE(tokens[1][u"name"_s].toString(), ReportsOnly);
        QCOMPARE(tokens[1][u"probe"_s][u"allowed"_s].toArray(), QJsonArray::fromStringList({u"Reports"_s, u"Jobs"_s}));

        // One that is not there.
        const ProgramRun unknown = cli({u"probe"_s, u"--token"_s, u"Nobody"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("no scoped token called \"Nobody\"") && unknown.err.contains("\"Reports only\""),
                 unknown.err.constData());

        // Reset in the web app: refused at the first request, the rest not asked.
        resetOnThePlatform(m_reports);
        const ProgramRun refused = cli({u"probe"_s, u"--token"_s, ReportsOnly, u"--json"_s});
        QCOMPARE(refused.code, 1);
        QCOMPARE(jsonOf(refused)[u"answer"_s].toString(), u"refused"_s);
        QCOMPARE(jsonOf(refused)[u"requestsUsed"_s].toInt(), 1);
        QCOMPARE(jsonOf(refused)[u"rows"_s][4][u"reach"_s].toString(), u"unknown"_s);
    }

    void rateLimitedSaysWhenToTryAgain()
    {
        // A platform of three requests an hour per token.
        ServerProcess limited;
        QVERIFY(limited.start({u"--demo"_s, u"--rate-limit"_s, u"3"_s}));
        const QString session = HttpClient(limited.url()).signIn();
        const Token token = create(limited, session, u"Sync"_s, {u"reports.list"_s});
        QVERIFY(!token.token.isEmpty());
        m_secrets << token.token;
        const QStringList addArgs{u"add"_s, u"--account"_s, u"Limited"_s, u"--kind"_s, u"scoped"_s, u"--name"_s,
                                  u"Sync"_s, u"--sid"_s, token.sid, u"--api"_s, limited.url().toString()};
        QCOMPARE(cli(addArgs, token.token.toUtf8()).code, 0); // request 1
        const ProgramRun probe = cli({u"probe"_s, u"--token"_s, u"Sync"_s}); // 2, 3, then 429
        QCOMPARE(probe.code, 5);
        QVERIFY2(probe.err.contains("Try again in"), probe.err.constData());
        QVERIFY2(saysReach(probe.out, u"Account"_s, u"denied"_s), probe.out.constData());
        QVERIFY2(probe.out.contains("3 requests used"), probe.out.constData());
        const ProgramRun verify = cli({u"verify"_s, u"--token"_s, u"Sync"_s, u"--json"_s});
        QCOMPARE(verify.code, 5);
        QCOMPARE(jsonOf(verify)[u"results"_s][0][u"result"_s].toString(), u"rateLimited"_s);
        QVERIFY2(verify.err.contains("Try again in"), verify.err.constData());
        const ProgramRun all = cli({u"verify"_s, u"--all"_s});
        QCOMPARE(all.code, 5);
        QVERIFY2(all.out.contains("  Scoped \"Sync\": rate limited"), all.out.constData());
        // Adding meanwhile: said, and nothing saved.
        const Token other = create(limited, session, u"Other"_s, {u"reports.list"_s});
        m_secrets << other.token;
        QStringList otherArgs = addArgs;
        otherArgs[otherArgs.indexOf(u"Sync"_s)] = u"Other"_s;
        otherArgs[otherArgs.indexOf(token.sid)] = other.sid;
        for (int i = 0; i < 3; ++i) // use up Other's own hour
            (void)HttpClient(limited.url()).get(u"/Agencies/%1/Reports"_s.arg(other.sid), HttpClient::basic(other.sid, other.token));
        const ProgramRun added = cli(otherArgs, other.token.toUtf8());
        QCOMPARE(added.code, 5);
        QVERIFY2(added.err.contains("Try again in"), added.err.constData());
        QCOMPARE(jsonOf(cli({u"accounts"_s, u"--json"_s}))[u"accounts"_s][0][u"tokens"_s].toArray().size(), 1);
    }

    void withoutThePlatformProbeAndVerifyExit4()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString dead = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        QCOMPARE(cli({u"add"_s, u"--account"_s, u"Away"_s, u"--kind"_s, u"scoped"_s, u"--name"_s, ReportsOnly,
                      u"--sid"_s, m_reports.sid, u"--api"_s, dead, u"--no-verify"_s},
                     m_reports.token.toUtf8()).code, 0);
        const ProgramRun probe = cli({u"probe"_s, u"--json"_s});
        QCOMPARE(probe.code, 4);
        for (const QJsonValue &row : jsonOf(probe)[u"rows"_s].toArray())
            QCOMPARE(row[u"reach"_s].toString(), u"unknown"_s);
        const ProgramRun verify = cli({u"verify"_s, u"--token"_s, ReportsOnly, u"--json"_s});
        QCOMPARE(verify.code, 4);
        QCOMPARE(jsonOf(verify)[u"results"_s][0][u"result"_s].toString(), u"network"_s);
    }

    void verifyAllChecksEveryTokenOfEveryAccount()
    {
        addDemo();
        QCOMPARE(add(u"Other"_s, u"ro"_s, m_ro).code, 0);
        const int before = platformRequests();
        const ProgramRun good = cli({u"verify"_s, u"--all"_s});
        QVERIFY2(good.code == 0, good.err.constData());
        for (const QByteArray &line : {"Demo\n  Read/Write: passes (Demo Agency)"_ba,
                                       "\n  Scoped \"Reports only\": not permitted: genuine, but " + NotAllowed,
                                       "\n  Scoped \"Company reader\": passes (Demo Agency)"_ba,
                                       "\nOther\n  Read-Only: passes (Demo Agency)"_ba})
            QVERIFY2(good.out.contains(line), good.out.constData());
        QVERIFY2(good.out.contains("requests left this hour"), good.out.constData());
        // One request a token.
        QCOMPARE(platformRequests() - before, 4);

        const QJsonObject json = jsonOf(cli({u"verify"_s, u"--all"_s, u"--json"_s}));
        QVERIFY(json[u"passes"_s].toBool());
        const QJsonArray demo = json[u"accounts"_s][0][u"results"_s].toArray();
        QCOMPARE(json[u"accounts"_s][0][u"name"_s].toString(), u"Demo"_s);
        QCOMPARE(demo.size(), 3);
        QCOMPARE(demo[0][u"kind"_s].toString(), u"rw"_s);
        QCOMPARE(demo[0][u"result"_s].toString(), u"ok"_s);
        QCOMPARE(demo[1][u"name"_s].toString(), ReportsOnly);
        QCOMPARE(demo[1][u"result"_s].toString(), u"notPermitted"_s);
        QCOMPARE(demo[2][u"result"_s].toString(), u"ok"_s);
        QVERIFY(demo[2][u"budget"_s][u"remaining"_s].toInt() > 0);
        QCOMPARE(json[u"accounts"_s][1][u"results"_s][0][u"kind"_s].toString(), u"ro"_s);

        // Reset in the web app behind the tool's back: that one is refused, the others still pass.
        resetOnThePlatform(m_company);
        const ProgramRun bad = cli({u"verify"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(bad.code, 1);
        const QJsonObject after = jsonOf(bad);
        QVERIFY(!after[u"passes"_s].toBool());
        QCOMPARE(after[u"accounts"_s][0][u"results"_s][2][u"result"_s].toString(), u"refused"_s);
        QCOMPARE(after[u"accounts"_s][0][u"results"_s][0][u"result"_s].toString(), u"ok"_s);
        QCOMPARE(after[u"accounts"_s][1][u"results"_s][0][u"result"_s].toString(), u"ok"_s);
        QVERIFY2(cli({u"verify"_s, u"--all"_s}).out.contains("  Scoped \"Company reader\": refused"), bad.out.constData());
        // One token by its name: the same answers.
        QCOMPARE(cli({u"verify"_s, u"--account"_s, u"Demo"_s, u"--token"_s, u"company READER"_s}).code, 1);
        const ProgramRun one = cli({u"verify"_s, u"--account"_s, u"Demo"_s, u"--token"_s, ReportsOnly});
        QCOMPARE(one.code, 0);
        QVERIFY2(one.out.startsWith("Scoped \"Reports only\": not permitted") && one.out.contains("requests left this hour"),
                 one.out.constData());
        QCOMPARE(cli({u"verify"_s, u"--account"_s, u"Demo"_s, u"--token"_s, u"Nobody"_s}).code, 2);

        // A refusal outweighs an account the platform of which cannot be reached.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString dead = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        QCOMPARE(cli({u"add"_s, u"--account"_s, u"Away"_s, u"--kind"_s, u"rw"_s, u"--sid"_s, m_rw.sid, u"--api"_s, dead,
                      u"--no-verify"_s}, m_rw.token.toUtf8()).code, 0);
        const ProgramRun mixed = cli({u"verify"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(mixed.code, 1);
        QCOMPARE(jsonOf(mixed)[u"accounts"_s][2][u"results"_s][0][u"result"_s].toString(), u"network"_s);
    }

    void sidTokenRunCurlAndRemoveTakeTheTokensName()
    {
        addDemo();
        QCOMPARE(cli({u"sid"_s, u"--token"_s, ReportsOnly}).out, m_reports.sid.toUtf8() + '\n');
        QCOMPARE(cli({u"sid"_s, u"--token"_s, u"reports ONLY"_s}).out, m_reports.sid.toUtf8() + '\n');
        QCOMPARE(cli({u"sid"_s, u"--kind"_s, u"rw"_s}).out, m_rw.sid.toUtf8() + '\n');
        QCOMPARE(cli({u"sid"_s}).code, 2); // several held: which one?
        const ProgramRun token = cli({u"token"_s, u"--account"_s, u"Demo"_s, u"--token"_s, CompanyReader});
        QCOMPARE(token.code, 0);
        QCOMPARE(token.out, m_company.token.toUtf8()); // exactly: no newline

        const ProgramRun env = cli({u"run"_s, u"--token"_s, ReportsOnly, u"--"_s, u"env"_s});
        QCOMPARE(env.code, 0);
        QVERIFY(env.out.contains("\nAGENCY_ACCOUNT_SID=" + m_reports.sid.toUtf8() + '\n'));
        QVERIFY(env.out.contains("\nAGENCY_AUTH_TOKEN=" + m_reports.token.toUtf8() + '\n'));

        // The real curl, with the token's own SID in the path: within its scopes, and outside them.
        const auto status = [this](const QString &path) {
            return cli({u"curl"_s, u"--token"_s, ReportsOnly, path, u"-s"_s, u"-o"_s, u"/dev/null"_s, u"-w"_s,
                        u"%{http_code}"_s}).out;
        };
        QCOMPARE(status(u"/Agencies/{AccountSid}/Reports?PageSize=1"_s), "200"_ba);
        QCOMPARE(status(u"/Agencies/{AccountSid}/CompanyInformation"_s), "403"_ba);

        // An unknown name: a usage error for every command that takes one, naming the ones there are.
        for (const QStringList &args : {QStringList{u"sid"_s}, QStringList{u"token"_s}, QStringList{u"verify"_s},
                                        QStringList{u"probe"_s}, QStringList{u"remove"_s, u"--account"_s, u"Demo"_s},
                                        QStringList{u"run"_s, u"--token"_s, u"Nobody"_s, u"--"_s, u"true"_s},
                                        QStringList{u"curl"_s, u"--token"_s, u"Nobody"_s, u"/x"_s}}) {
            const QStringList withName = args.contains(u"Nobody"_s) ? args : args + QStringList{u"--token"_s, u"Nobody"_s};
            const ProgramRun r = cli(withName);
            QVERIFY2(r.code == 2, qPrintable(withName.join(u' ') + u": exit "_s + QString::number(r.code)));
            QVERIFY2(r.err.contains("\"Demo\" has no scoped token called \"Nobody\". Its scoped tokens are: "
                                    "\"Reports only\", \"Company reader\"."),
                     r.err.constData());
            QVERIFY(r.out.isEmpty());
        }

        // remove --token: that token and its keychain entry only.
        const QString removedKey = keyOf(u"Demo"_s, m_reports);
        QVERIFY(KeyringControl::appEntries().contains(removedKey));
        const ProgramRun removed = cli({u"remove"_s, u"--account"_s, u"Demo"_s, u"--token"_s, ReportsOnly});
        QVERIFY2(removed.code == 0, removed.err.constData());
        QVERIFY2(removed.out.contains("Removed the scoped token \"Reports only\""), removed.out.constData());
        QVERIFY(!KeyringControl::appEntries().contains(removedKey));
        QCOMPARE(cli({u"sid"_s, u"--token"_s, ReportsOnly}).code, 2);
        QCOMPARE(cli({u"token"_s, u"--token"_s, CompanyReader}).out, m_company.token.toUtf8());
        QCOMPARE(cli({u"token"_s, u"--kind"_s, u"rw"_s}).out, m_rw.token.toUtf8());
        const QJsonArray tokens = jsonOf(cli({u"accounts"_s, u"--json"_s}))[u"accounts"_s][0][u"tokens"_s].toArray();
        QCOMPARE(tokens.size(), 2);
        QVERIFY(AccountList().lookup(u"Demo"_s));
    }

    void noSecretOnStderrOrInHome()
    {
        QVERIFY(!m_stderr.isEmpty()); // debug logging was on
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!m_stderr.contains(secret.toUtf8()), "a token on stderr");
        int files = 0;
        const QString leaked = fileWithSecret(QDir::homePath(), m_secrets, &files);
        QVERIFY2(leaked.isEmpty(), qPrintable(u"a token in "_s + leaked));
        QVERIFY(files > 0); // at least the account list
    }
};

QTEST_GUILESS_MAIN(TestCliScoped)
#include "tst_cli_scoped.moc"
