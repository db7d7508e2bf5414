// SPDX-License-Identifier: MIT
// Qt Quick Test entry: the QML pages against the real reference server (a
// child process on loopback) and the real keychain of the session.
#include "AppServices.h"
#include "HttpClient.h"
#include "KeyringControl.h"
#include "ServerProcess.h"
#include "Translations.h"
#include "accounts/AccountList.h"
#include "usage/UsageStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QObject>
#include <QProcess>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(AgencyTokensPlugin)

using namespace Qt::StringLiterals;

namespace {

/// What the QML tests may do with the server: `testServer` in QML.
class TestServer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString screenshotDir READ screenshotDir CONSTANT)
    Q_PROPERTY(QString language READ language CONSTANT)
public:
    explicit TestServer(AgencyTokens::Testing::ServerProcess *server, QObject *parent = nullptr)
        : QObject(parent)
        , m_server(server)
        , m_lastUrl(server->url())
    {
    }

    [[nodiscard]] QString screenshotDir() const { return QStringLiteral(AGENCYTOKENS_SCREENSHOT_DIR); }
    /// The language the pages are shown in: "en", or AGENCYTOKENS_TEST_LANGUAGE (tst_qml_de).
    [[nodiscard]] static QString language()
    {
        const QString wanted = qEnvironmentVariable("AGENCYTOKENS_TEST_LANGUAGE");
        return wanted.isEmpty() ? u"en"_s : wanted;
    }

    Q_INVOKABLE QString url() const { return m_server->url().toString(); }
    Q_INVOKABLE bool isRunning() const { return m_server->isRunning(); }
    Q_INVOKABLE void stop() { m_server->stop(); }
    /// The platform's own check, straight from the test: the HTTP status of
    /// CompanyInformation for these Basic credentials (200 passes, 401 refused).
    Q_INVOKABLE int checkCredentials(const QString &accountSid, const QString &authToken) const
    {
        AgencyTokens::Testing::HttpClient client(m_server->url());
        return client.get(u"/Agencies/"_s + accountSid + u"/CompanyInformation"_s,
                          AgencyTokens::Testing::HttpClient::basic(accountSid, authToken))
            .status;
    }
    /// Behind the app's back, as the platform's web app would (the demo's admin,
    /// its own session): a new scoped token with `scopes`, {accountSid, authToken};
    /// empty when the server refused.
    Q_INVOKABLE QVariantMap createScopedToken(const QString &name, const QStringList &scopes) const
    {
        AgencyTokens::Testing::HttpClient client(m_server->url());
        const QString session = client.signIn();
        QJsonObject body{{u"name"_s, name}, {u"primaryContact"_s, u"ops@example.com"_s},
                         {u"scopes"_s, QJsonArray::fromStringList(scopes)}};
        const QJsonObject made = client.post(u"/api/v1/access-tokens"_s, body,
                                             AgencyTokens::Testing::HttpClient::bearer(session)).json();
        if (!made.contains(u"authToken"_s))
            return {};
        return {{u"accountSid"_s, made.value(u"accountSid"_s).toString()},
                {u"authToken"_s, made.value(u"authToken"_s).toString()}};
    }
    /// Behind the app's back: resets a scoped token (its Account SID) or a legacy one
    /// ("readWrite", "readOnly"); the new Auth Token, or "" when the server refused.
    Q_INVOKABLE QString resetBehindTheAppsBack(const QString &token) const
    {
        AgencyTokens::Testing::HttpClient client(m_server->url());
        const QString session = client.signIn();
        const QString path = token.startsWith(u"IR"_s) ? u"/api/v1/access-tokens/"_s + token + u"/reset"_s
                                                      : u"/api/v1/legacy-tokens/"_s + token + u"/reset"_s;
        return client.post(path, {}, AgencyTokens::Testing::HttpClient::bearer(session))
            .json()
            .value(u"authToken"_s)
            .toString();
    }
    /// Behind the app's back: deletes a scoped token (its Account SID); the HTTP status.
    Q_INVOKABLE int deleteScopedToken(const QString &accountSid) const
    {
        AgencyTokens::Testing::HttpClient client(m_server->url());
        const QString session = client.signIn();
        return client.del(u"/api/v1/access-tokens/"_s + accountSid, AgencyTokens::Testing::HttpClient::bearer(session))
            .status;
    }
    /// The legacy tokens, turned on first if they are not: [{kind, accountSid, authToken}].
    Q_INVOKABLE QVariantList legacyTokens() const
    {
        AgencyTokens::Testing::HttpClient client(m_server->url());
        const QString session = client.signIn();
        (void)client.post(u"/api/v1/legacy-tokens/enable"_s, {}, AgencyTokens::Testing::HttpClient::bearer(session));
        return client.legacyTokens(session).toVariantList();
    }
    /// Time passing for one token, as the CLI test does: its value is now
    /// `days` old in the usage store (the age a policy is held against).
    Q_INVOKABLE bool ageToken(const QString &accountId, const QString &tokenKey, int days) const
    {
        return AgencyTokens::UsageStore()
            .update(accountId, tokenKey,
                    [days](AgencyTokens::TokenUsage &usage) {
                        usage.since = QDateTime::currentDateTimeUtc().addDays(-days);
                    })
            .ok;
    }
    /// What a restarted app would read for one token: the store on disk, read
    /// afresh by a new UsageStore. {integrations, pending, rotateEveryDays}.
    Q_INVOKABLE QVariantMap storedUsage(const QString &accountId, const QString &tokenKey) const
    {
        const AgencyTokens::TokenUsage usage = AgencyTokens::UsageStore().usage(accountId, tokenKey);
        return {{u"integrations"_s, int(usage.integrations.size())},
                {u"pending"_s, usage.pendingCount()},
                {u"rotateEveryDays"_s, usage.rotateEveryDays}};
    }
    /// The command line tool, as another process beside the app (same HOME,
    /// keyring and data folder), started without waiting: the app goes on
    /// (it may hold the keychain's lock the tool waits for). Its number for cliResult().
    Q_INVOKABLE int cliStart(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        process->start(QStringLiteral(AGENCYTOKENS_CLI_BINARY), arguments);
        process->closeWriteChannel();
        m_cliRuns.append(process);
        return int(m_cliRuns.size()) - 1;
    }
    /// {code, out, err} once the run has ended (code -1: it crashed or did not start); {} before.
    Q_INVOKABLE QVariantMap cliResult(int run)
    {
        if (m_cliResults.contains(run))
            return m_cliResults.value(run);
        QProcess *process = m_cliRuns.value(run);
        if (process == nullptr || process->state() != QProcess::NotRunning)
            return {};
        const bool normal = process->error() == QProcess::UnknownError && process->exitStatus() == QProcess::NormalExit;
        const QVariantMap result{{u"code"_s, normal ? process->exitCode() : -1},
                                 {u"out"_s, QString::fromUtf8(process->readAllStandardOutput())},
                                 {u"err"_s, QString::fromUtf8(process->readAllStandardError())}};
        m_cliResults.insert(run, result);
        return result;
    }
    /// Requests to the platform's API so far (the server's access log).
    Q_INVOKABLE int platformRequests() const { return m_server->platformRequests(); }
    /// Locks the session's real keyring with gnome-keyring's own D-Bus call
    /// (and unlocks it again): empty on success, the error otherwise.
    Q_INVOKABLE QString lockKeychain() const { return AgencyTokens::Testing::KeyringControl::lockDefault(); }
    Q_INVOKABLE QString unlockKeychain() const { return AgencyTokens::Testing::KeyringControl::unlockDefault(); }
    /// An account listed as another process (the CLI) lists one: the app follows the list.
    Q_INVOKABLE QString addListedAccount(const QString &name) const
    {
        return AgencyTokens::AccountList().add(AgencyTokens::AccountKind::TokensOnly, name, m_server->url()).id;
    }
    /// Starts again on the same data directory and the same port, so that the
    /// app's session points at it again.
    Q_INVOKABLE bool start()
    {
        if (m_server->isRunning())
            return true;
        const QString port = QString::number(m_lastUrl.port());
        return m_server->start({u"--demo"_s, u"--legacy-api-version"_s, u"2"_s, u"--port"_s, port});
    }

private:
    AgencyTokens::Testing::ServerProcess *m_server;
    QUrl m_lastUrl;
    QList<QProcess *> m_cliRuns;
    QHash<int, QVariantMap> m_cliResults;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(u"Material"_s);
        // The app's names, as main() sets them: the same data folder as
        // agency-tokens-cli (the usage store the two share).
        QCoreApplication::setOrganizationName(u"AgencyTokens"_s);
        QCoreApplication::setApplicationName(u"agency-tokens"_s);
        // tst_qml_de: the same pages in German (AGENCYTOKENS_TEST_LANGUAGE=de).
        if (TestServer::language() != u"en"_s) {
            QLocale::setDefault(QLocale(TestServer::language()));
            if (!AgencyTokens::Translations::install(*QCoreApplication::instance(), QLocale(TestServer::language())))
                qFatal("No translation for %s", qPrintable(TestServer::language()));
        }
        QDir().mkpath(QStringLiteral(AGENCYTOKENS_SCREENSHOT_DIR));
        // Tokens on the older version 2, so that the upgrade flow runs.
        if (!m_server.start({u"--demo"_s, u"--legacy-api-version"_s, u"2"_s}))
            qFatal("The reference server did not start:\n%s", m_server.output().constData());
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s);
        // The composition root, as main() makes it: one per engine, gone with it.
        auto *services = new AgencyTokens::AppServices({m_server.url(), QString()});
        QObject::connect(engine, &QObject::destroyed, services, [services] { delete services; });
        engine->rootContext()->setContextProperty(u"testServer"_s, new TestServer(&m_server, engine));
    }

    void cleanupTestCase() { m_server.stop(); }

private:
    AgencyTokens::Testing::ServerProcess m_server;
};

} // namespace

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"
