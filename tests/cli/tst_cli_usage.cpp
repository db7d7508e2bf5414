// SPDX-License-Identifier: MIT
// agency-tokens-cli and the usage store (issue 22, item 7): integrations, the
// checklist after a replace, the rotation policy, the due notice of run, and
// the activity log, with the real binary, the real reference server and the
// real keychain (gnome-keyring in the test's private D-Bus session).
#include "CliTestKit.h"
#include "HttpClient.h"
#include "ProgramRun.h"
#include "ServerProcess.h"
#include "accounts/AccountList.h"
#include "usage/UsageStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString Cli = QStringLiteral(AGENCYTOKENS_CLI_BINARY);
const QString CompanyReader = u"Company reader"_s; // its check passes

QJsonObject jsonOf(const ProgramRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}
} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QString m_admin;
    CliToken m_rw;
    CliToken m_company;
    QStringList m_secrets;
    QByteArray m_stderr;

    ProgramRun cli(const QStringList &args, const QByteArray &input = {})
    {
        ProgramRun r = runProgram(Cli, args, cliDebugEnvironment(), input);
        m_stderr += r.err;
        return r;
    }

    ProgramRun add(const QString &kind, const CliToken &t, const QStringList &more = {})
    {
        return cli(QStringList{u"add"_s, u"--account"_s, u"Demo"_s, u"--kind"_s, kind, u"--sid"_s, t.sid, u"--api"_s,
                               m_server.url().toString()} + more, t.token.toUtf8() + '\n');
    }

    QString accountId() const
    {
        const auto info = AccountList().lookup(u"Demo"_s);
        return info ? info->id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The CLI's data folder, for the usage store this test writes directly.
        QCoreApplication::setOrganizationName(u"AgencyTokens"_s);
        QCoreApplication::setApplicationName(u"agency-tokens"_s);
        QVERIFY(QFile::exists(Cli));
        QVERIFY(m_server.start());
        HttpClient http(m_server.url());
        m_admin = http.signInAndEnable();
        QVERIFY(!m_admin.isEmpty());
        const QJsonArray legacy = http.legacyTokens(m_admin);
        m_rw = {legacy.at(0)[u"accountSid"_s].toString(), legacy.at(0)[u"authToken"_s].toString()};
        const QJsonObject body{{u"name"_s, CompanyReader}, {u"primaryContact"_s, u"ops@example.com"_s},
                               {u"scopes"_s, QJsonArray{u"account.companyInformation.read"_s, u"reports.list"_s}}};
        const QJsonObject made = http.post(u"/api/v1/access-tokens"_s, body, HttpClient::bearer(m_admin)).json();
        m_company = {made[u"accountSid"_s].toString(), made[u"authToken"_s].toString()};
        QVERIFY(!m_rw.token.isEmpty() && !m_company.token.isEmpty());
        m_secrets << m_rw.token << m_company.token;
    }

    void init()
    {
        QVERIFY(clearAccountsAndKeychain());
        QFile::remove(UsageStore().path());
    }

    void usageErrors()
    {
        QVERIFY(cli({u"--help"_s}).out.contains("integrations"));
        QVERIFY(cli({u"integrations"_s, u"--help"_s}).out.contains("--uses"));
        QVERIFY(cli({u"policy"_s, u"--help"_s}).out.contains("--rotate-every"));
        QCOMPARE(cli({u"integrations"_s, u"frobnicate"_s}).code, 2);
        QCOMPARE(cli({u"integrations"_s, u"add"_s, u"--kind"_s, u"rw"_s}).code, 2); // no --name
        QCOMPARE(cli({u"integrations"_s, u"list"_s, u"--owner"_s, u"X"_s}).code, 2);
        QCOMPARE(cli({u"policy"_s, u"--rotate-every"_s, u"0"_s}).code, 2);
        QCOMPARE(cli({u"policy"_s, u"--rotate-every"_s, u"soon"_s}).code, 2);
        QCOMPARE(cli({u"log"_s, u"--account"_s, u"Nobody"_s}).code, 2);
    }

    void integrationsAndChecklist()
    {
        QCOMPARE(add(u"rw"_s, m_rw).code, 0);
        QCOMPARE(add(u"scoped"_s, m_company, {u"--name"_s, CompanyReader}).code, 0);
        const QStringList token{u"--account"_s, u"Demo"_s, u"--token"_s, CompanyReader};

        const ProgramRun first = cli(QStringList{u"integrations"_s, u"add"_s, u"--name"_s, u"Nightly sync"_s,
                                                 u"--owner"_s, u"Dana"_s, u"--uses"_s, u"Reports, Company"_s} + token);
        QVERIFY2(first.code == 0, first.err.constData());
        QCOMPARE(cli(QStringList{u"integrations"_s, u"add"_s, u"--name"_s, u"Dashboard"_s, u"--note"_s, u"on the wall"_s}
                     + token).code, 0);
        QCOMPARE(cli(QStringList{u"integrations"_s, u"add"_s, u"--name"_s, u"Dashboard"_s} + token).code, 1); // taken
        QCOMPARE(cli(QStringList{u"integrations"_s, u"edit"_s, u"--name"_s, u"Nope"_s, u"--note"_s, u"x"_s} + token).code, 2);
        QCOMPARE(cli(QStringList{u"integrations"_s, u"edit"_s, u"--name"_s, u"dashboard"_s, u"--owner"_s, u"Lee"_s}
                     + token).code, 0);

        ProgramRun listed = cli(QStringList{u"integrations"_s, u"list"_s, u"--json"_s} + token);
        QVERIFY2(listed.code == 0, listed.err.constData());
        QJsonArray rows = jsonOf(listed)[u"integrations"_s].toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0][u"name"_s].toString(), u"Nightly sync"_s);
        QCOMPARE(rows[0][u"owner"_s].toString(), u"Dana"_s);
        QCOMPARE(rows[0][u"uses"_s].toArray(), (QJsonArray{u"Reports"_s, u"Company"_s}));
        QCOMPARE(rows[1][u"owner"_s].toString(), u"Lee"_s);
        QCOMPARE(jsonOf(listed)[u"pendingUpdates"_s].toInt(), 0);

        // Reset Token in the web app, then the new one given to the tool: both integrations still have the old one.
        const QJsonObject reset = HttpClient(m_server.url())
                                      .post(u"/api/v1/access-tokens/%1/reset"_s.arg(m_company.sid), {},
                                            HttpClient::bearer(m_admin))
                                      .json();
        const QString fresh = reset[u"authToken"_s].toString();
        QVERIFY(!fresh.isEmpty());
        m_secrets << fresh;
        QCOMPARE(cli(QStringList{u"replace"_s} + token, m_company.token.toUtf8() + '\n').code, 1); // the one saved
        const ProgramRun replaced = cli(QStringList{u"replace"_s} + token, fresh.toUtf8() + '\n');
        QVERIFY2(replaced.code == 0, replaced.err.constData());
        QVERIFY2(replaced.out.contains("2 of 2 integrations still have the old token"), replaced.out.constData());

        listed = cli(QStringList{u"integrations"_s, u"list"_s} + token);
        QCOMPARE(listed.code, 0);
        QCOMPARE(listed.out.count("still has the old token"), 2);
        QVERIFY2(listed.out.contains("2 of 2 integrations still have the old token."), listed.out.constData());

        QCOMPARE(cli(QStringList{u"integrations"_s, u"updated"_s, u"--name"_s, u"Nightly sync"_s} + token).code, 0);
        listed = cli(QStringList{u"integrations"_s, u"list"_s, u"--json"_s} + token);
        rows = jsonOf(listed)[u"integrations"_s].toArray();
        QCOMPARE(jsonOf(listed)[u"pendingUpdates"_s].toInt(), 1);
        QVERIFY(!rows[0][u"pending"_s].toBool());
        QVERIFY(rows[1][u"pending"_s].toBool());
        QVERIFY(cli(QStringList{u"integrations"_s, u"list"_s} + token).out.contains("1 of 2 integrations still have"));

        // accounts --json counts them.
        const QJsonArray tokens = jsonOf(cli({u"accounts"_s, u"--json"_s}))[u"accounts"_s][0][u"tokens"_s].toArray();
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(tokens[1][u"integrations"_s].toInt(), 2);
        QCOMPARE(tokens[1][u"pendingUpdates"_s].toInt(), 1);

        // Export, remove, import: back again.
        const ProgramRun exported = cli({u"integrations"_s, u"export"_s, u"--account"_s, u"Demo"_s});
        QCOMPARE(exported.code, 0);
        QVERIFY(!exported.out.contains(fresh.toUtf8()));
        QCOMPARE(cli(QStringList{u"integrations"_s, u"remove"_s, u"--name"_s, u"Dashboard"_s} + token).code, 0);
        QCOMPARE(jsonOf(cli(QStringList{u"integrations"_s, u"--json"_s} + token))[u"integrations"_s].toArray().size(), 1);
        const ProgramRun imported = cli({u"integrations"_s, u"import"_s, u"--account"_s, u"Demo"_s}, exported.out);
        QVERIFY2(imported.code == 0, imported.err.constData());
        QCOMPARE(jsonOf(cli(QStringList{u"integrations"_s, u"--json"_s} + token))[u"integrations"_s].toArray().size(), 2);
        QCOMPARE(cli({u"integrations"_s, u"import"_s, u"--account"_s, u"Demo"_s}, "not json").code, 2);

        for (const QString &secret : m_secrets)
            QVERIFY(!m_stderr.contains(secret.toUtf8()));
    }

    void policyDueRunAndLog()
    {
        QCOMPARE(add(u"rw"_s, m_rw).code, 0);
        const QStringList rw{u"--account"_s, u"Demo"_s, u"--kind"_s, u"rw"_s};
        QCOMPARE(cli(QStringList{u"policy"_s, u"--rotate-every"_s, u"90"_s} + rw).code, 0);
        QJsonObject t = jsonOf(cli({u"accounts"_s, u"--json"_s}))[u"accounts"_s][0][u"tokens"_s][0].toObject();
        QCOMPARE(t[u"rotateEveryDays"_s].toInt(), 90);
        QVERIFY(!t[u"due"_s].toBool());

        // 120 days old.
        QVERIFY(UsageStore().update(accountId(), u"readWrite"_s, [](TokenUsage &u) {
            u.since = QDateTime::currentDateTimeUtc().addDays(-120);
        }).ok);
        const ProgramRun accounts = cli({u"accounts"_s, u"--json"_s});
        t = jsonOf(accounts)[u"accounts"_s][0][u"tokens"_s][0].toObject();
        QVERIFY2(t[u"due"_s].toBool(), accounts.out.constData());
        QCOMPARE(t[u"ageDays"_s].toInt(), 120);
        QVERIFY(cli({u"accounts"_s}).out.contains("DUE"));

        // run: one line on stderr, the child's status.
        const ProgramRun run = runProgram(Cli, QStringList{u"run"_s} + rw + QStringList{u"--"_s, u"sh"_s, u"-c"_s, u"exit 3"_s},
                                          QProcessEnvironment::systemEnvironment());
        QCOMPARE(run.code, 3);
        const QByteArray expected = "agency-tokens-cli: the Read/Write token of \u201cDemo\u201d is 120 days old; its "
                                    "policy says rotate every 90 days.\n";
        QVERIFY2(run.err.endsWith(expected), run.err.constData());
        QCOMPARE(run.err.count("agency-tokens-cli:"), 1);

        QCOMPARE(cli(QStringList{u"policy"_s, u"--rotate-every"_s, u"off"_s} + rw).code, 0);
        const ProgramRun quiet = runProgram(Cli, QStringList{u"run"_s} + rw + QStringList{u"--"_s, u"true"_s},
                                            QProcessEnvironment::systemEnvironment());
        QCOMPARE(quiet.code, 0);
        QVERIFY2(!quiet.err.contains("agency-tokens-cli:"), quiet.err.constData());

        // The log: newest first, by the cli.
        const ProgramRun log = cli({u"log"_s, u"--account"_s, u"Demo"_s, u"--json"_s});
        QCOMPARE(log.code, 0);
        const QJsonArray entries = jsonOf(log)[u"activity"_s].toArray();
        QVERIFY(entries.size() >= 3);
        QCOMPARE(entries[0][u"action"_s].toString(), u"run"_s);
        QCOMPARE(entries[0][u"tokenTitle"_s].toString(), u"Read/Write"_s);
        QCOMPARE(entries[0][u"account"_s].toString(), u"Demo"_s);
        for (const QJsonValue &e : entries)
            QCOMPARE(e[u"by"_s].toString(), u"cli"_s);
        QVERIFY(cli({u"log"_s}).out.contains("run"));
    }

    // One log entry per action, by the cli, never the token: add, token, run,
    // verify, probe, then the account's removal (logged though the account is gone).
    void logHasOneEntryPerAction()
    {
        QCOMPARE(add(u"rw"_s, m_rw).code, 0);
        const QStringList rw{u"--account"_s, u"Demo"_s, u"--kind"_s, u"rw"_s};
        const QString account = accountId();
        QCOMPARE(cli(QStringList{u"token"_s} + rw).code, 0);
        QCOMPARE(runProgram(Cli, QStringList{u"run"_s} + rw + QStringList{u"--"_s, u"true"_s},
                            QProcessEnvironment::systemEnvironment()).code, 0);
        QCOMPARE(cli(QStringList{u"verify"_s} + rw).code, 0);
        QCOMPARE(cli(QStringList{u"probe"_s} + rw).code, 0);
        QCOMPARE(cli({u"remove"_s, u"--account"_s, u"Demo"_s}).code, 0);

        QMap<QString, int> counted;
        for (const ActivityEntry &entry : UsageStore().activity(account)) {
            QCOMPARE(entry.by, Actor::Cli);
            ++counted[entry.action];
        }
        const QMap<QString, int> expected{{u"add"_s, 1}, {u"token"_s, 1}, {u"run"_s, 1}, {u"verify"_s, 1},
                                          {u"probe"_s, 1}, {u"remove"_s, 1}};
        QCOMPARE(counted, expected);
        QFile file(UsageStore().path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_rw.token.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
