// SPDX-License-Identifier: MIT
// The platform's own endpoint on the reference server, with real Basic auth
// over loopback: GET/PUT /Agencies/{sid}/CompanyInformation, IR-Version,
// resets taking effect at once, and no secret ever reaching the server's log.
#include "HttpClient.h"
#include "ServerProcess.h"
#include "credentials/AccountSid.h"
#include "credentials/AuthToken.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace AgencyTokens;
using namespace AgencyTokens::Testing;

namespace {

struct Credential
{
    QString accountSid;
    QString authToken;
};

QString companyPath(const QString &sid)
{
    return u"/Agencies/%1/CompanyInformation"_s.arg(sid);
}

} // namespace

class tst_ServerPlatform : public QObject
{
    Q_OBJECT

private:
    /// Starts a server, signs in as admin, enables legacy tokens and reads both credentials.
    bool startEnabled();
    [[nodiscard]] HttpResponse company(const Credential &credential, const QByteArray &method = "GET"_ba,
                                       const QString &pathSid = {}, const HttpClient::Headers &extra = {});

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_client;
    QString m_session;
    Credential m_readWrite;
    Credential m_readOnly;

private Q_SLOTS:
    // One enabled server for the tests that only read; those that reset get
    // a server of their own.
    void initTestCase();
    void cleanupTestCase();

    void get_withEitherToken();
    void irVersion_data();
    void irVersion();
    void put_readWriteOnly();
    void unauthorized_data();
    void unauthorized();
    void nothingPassesBeforeEnabling();
    void reset_oldTokenStopsAtOnce();
    void generatedCredentials_matchFormats();
    void output_neverContainsSecrets();
};

bool tst_ServerPlatform::startEnabled()
{
    m_client.reset();
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start())
        return false;
    m_client = std::make_unique<HttpClient>(m_server->url());
    const HttpResponse signedIn =
        m_client->post(u"/api/v1/session"_s, {{u"username"_s, u"admin"_s}, {u"password"_s, u"admin-demo"_s}});
    m_session = signedIn.json().value(u"token"_s).toString();
    if (m_session.isEmpty() || m_client->post(u"/api/v1/legacy-tokens/enable"_s, {}, HttpClient::bearer(m_session)).status != 200)
        return false;
    const QJsonArray tokens = m_client->get(u"/api/v1/legacy-tokens/credentials"_s, HttpClient::bearer(m_session))
                                  .json()
                                  .value(u"tokens"_s)
                                  .toArray();
    if (tokens.size() != 2)
        return false;
    m_readWrite = {tokens.at(0)[u"accountSid"_s].toString(), tokens.at(0)[u"authToken"_s].toString()};
    m_readOnly = {tokens.at(1)[u"accountSid"_s].toString(), tokens.at(1)[u"authToken"_s].toString()};
    return tokens.at(0)[u"kind"_s] == u"readWrite"_s && tokens.at(1)[u"kind"_s] == u"readOnly"_s;
}

HttpResponse tst_ServerPlatform::company(const Credential &credential, const QByteArray &method,
                                         const QString &pathSid, const HttpClient::Headers &extra)
{
    HttpClient::Headers headers = HttpClient::basic(credential.accountSid, credential.authToken);
    headers += extra;
    return m_client->send(method, companyPath(pathSid.isEmpty() ? credential.accountSid : pathSid),
                          method == "PUT" ? R"({"Name":"Renamed"})"_ba : QByteArray(), headers);
}

void tst_ServerPlatform::initTestCase()
{
    QVERIFY(startEnabled());
}

void tst_ServerPlatform::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
}

void tst_ServerPlatform::get_withEitherToken()
{
    for (const Credential &credential : {m_readWrite, m_readOnly}) {
        const HttpResponse response = company(credential);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Content-Type"), "application/json");
        QCOMPARE(response.header("Cache-Control"), "no-store");
        const QJsonObject expected{{u"Name"_s, u"Demo Agency"_s},
                                   {u"AccountSid"_s, credential.accountSid},
                                   {u"ApiVersion"_s, 3}};
        QCOMPARE(response.json(), expected);
    }
}

void tst_ServerPlatform::irVersion_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("apiVersion");
    QTest::newRow("2") << "2"_ba << 200 << 2;
    QTest::newRow("3") << "3"_ba << 200 << 3;
    QTest::newRow("4") << "4"_ba << 400 << 0;
    QTest::newRow("1") << "1"_ba << 400 << 0;
    QTest::newRow("text") << "latest"_ba << 400 << 0;
    QTest::newRow("overflow") << "99999999999999999999"_ba << 400 << 0;
}

void tst_ServerPlatform::irVersion()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(int, apiVersion);
    for (const QByteArray &method : {"GET"_ba, "PUT"_ba}) {
        const HttpResponse response = company(m_readWrite, method, {}, {{"IR-Version"_ba, header}});
        QCOMPARE(response.status, status);
        if (status == 200)
            QCOMPARE(response.json().value(u"ApiVersion"_s).toInt(), apiVersion);
        else
            QCOMPARE(response.errorCode(), u"unknown_version"_s);
    }
}

void tst_ServerPlatform::put_readWriteOnly()
{
    const HttpResponse written = company(m_readWrite, "PUT"_ba);
    QCOMPARE(written.status, 200);
    QCOMPARE(written.json().value(u"Name"_s).toString(), u"Demo Agency"_s);
    QCOMPARE(written.json().value(u"AccountSid"_s).toString(), m_readWrite.accountSid);

    const HttpResponse refused = company(m_readOnly, "PUT"_ba);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), u"read_only_token"_s);
    QCOMPARE(refused.header("Cache-Control"), "no-store");

    // Any body is accepted, even one that is not JSON.
    const HttpResponse anyBody = m_client->send("PUT"_ba, companyPath(m_readWrite.accountSid), "<xml/>"_ba,
                                                HttpClient::basic(m_readWrite.accountSid, m_readWrite.authToken));
    QCOMPARE(anyBody.status, 200);
}

void tst_ServerPlatform::unauthorized_data()
{
    QTest::addColumn<QString>("pathSid");
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no header") << QString() << QByteArray();
    QTest::newRow("bearer scheme") << QString() << "Bearer abc"_ba;
    QTest::newRow("not base64") << QString() << "Basic !!!not-base64!!!"_ba;
    QTest::newRow("no colon") << QString() << "Basic "_ba + "IRnocolon"_ba.toBase64();
    QTest::newRow("unknown sid") << u"IR00000000000000000000000000000000"_s
                                 << "Basic "_ba + "IR00000000000000000000000000000000:abc"_ba.toBase64();
}

void tst_ServerPlatform::unauthorized()
{
    QFETCH(QString, pathSid);
    QFETCH(QByteArray, authorization);
    HttpClient::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization"_ba, authorization});
    const QString sid = pathSid.isEmpty() ? m_readWrite.accountSid : pathSid;
    for (const QByteArray &method : {"GET"_ba, "PUT"_ba}) {
        const HttpResponse response = m_client->send(method, companyPath(sid), {}, headers);
        QCOMPARE(response.status, 401);
        QCOMPARE(response.errorCode(), u"unauthorized"_s);
        QCOMPARE(response.header("WWW-Authenticate"), R"(Basic realm="Agency API")");
    }

    // Wrong token for a real SID; right token under the other SID's path; the
    // two halves of different credentials.
    const QList<HttpResponse> refused{
        company({m_readWrite.accountSid, m_readOnly.authToken}),
        company({m_readWrite.accountSid, m_readWrite.authToken.left(31) + u'x'}),
        company({m_readWrite.accountSid, QString()}),
        company(m_readWrite, "GET"_ba, m_readOnly.accountSid),
        company(m_readOnly, "GET"_ba, m_readWrite.accountSid),
    };
    for (const HttpResponse &response : refused) {
        QCOMPARE(response.status, 401);
        QCOMPARE(response.header("WWW-Authenticate"), R"(Basic realm="Agency API")");
    }
}

void tst_ServerPlatform::nothingPassesBeforeEnabling()
{
    // A second, fresh server: no tokens exist yet.
    ServerProcess fresh;
    QVERIFY(fresh.start());
    HttpClient client(fresh.url());
    const HttpResponse response = client.get(companyPath(m_readWrite.accountSid),
                                             HttpClient::basic(m_readWrite.accountSid, m_readWrite.authToken));
    QCOMPARE(response.status, 401);
    QCOMPARE(response.errorCode(), u"unauthorized"_s);
}

void tst_ServerPlatform::reset_oldTokenStopsAtOnce()
{
    QVERIFY(startEnabled());
    QCOMPARE(company(m_readWrite).status, 200);
    const HttpResponse reset =
        m_client->post(u"/api/v1/legacy-tokens/readWrite/reset"_s, {}, HttpClient::bearer(m_session));
    QCOMPARE(reset.status, 200);
    const Credential renewed{m_readWrite.accountSid, reset.json().value(u"authToken"_s).toString()};
    QVERIFY(renewed.authToken != m_readWrite.authToken);

    QCOMPARE(company(m_readWrite).status, 401);
    QCOMPARE(company(m_readWrite, "PUT"_ba).status, 401);
    QCOMPARE(company(renewed).status, 200);
    QCOMPARE(company(renewed, "PUT"_ba).status, 200);
    // The other token is untouched.
    QCOMPARE(company(m_readOnly).status, 200);

    // And the same for the Read-Only token.
    const HttpResponse resetReadOnly =
        m_client->post(u"/api/v1/legacy-tokens/readOnly/reset"_s, {}, HttpClient::bearer(m_session));
    QCOMPARE(resetReadOnly.status, 200);
    QCOMPARE(company(m_readOnly).status, 401);
    QCOMPARE(company({m_readOnly.accountSid, resetReadOnly.json().value(u"authToken"_s).toString()}).status, 200);
}

void tst_ServerPlatform::generatedCredentials_matchFormats()
{
    QVERIFY(startEnabled());
    static const QRegularExpression sidFormat(u"^IR[A-Za-z0-9]{32}$"_s);
    static const QRegularExpression tokenFormat(u"^[A-Za-z0-9._~-]{32}$"_s);
    QStringList seen;
    for (const Credential &credential : {m_readWrite, m_readOnly}) {
        QVERIFY2(sidFormat.match(credential.accountSid).hasMatch(), qPrintable(credential.accountSid));
        QVERIFY(tokenFormat.match(credential.authToken).hasMatch());
        // The app's own validators accept what the server makes.
        QVERIFY(AccountSid::validate(credential.accountSid).ok());
        QVERIFY(AuthToken::validate(credential.authToken).ok());
        seen << credential.accountSid << credential.authToken;
    }
    for (int i = 0; i < 5; ++i) {
        const HttpResponse reset =
            m_client->post(u"/api/v1/legacy-tokens/readOnly/reset"_s, {}, HttpClient::bearer(m_session));
        const QString token = reset.json().value(u"authToken"_s).toString();
        QVERIFY(tokenFormat.match(token).hasMatch());
        QVERIFY(AuthToken::validate(token).ok());
        seen << token;
    }
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 9);
}

void tst_ServerPlatform::output_neverContainsSecrets()
{
    // A server with every debug category on, Qt's own included.
    m_server->stop();
    const QByteArray savedRules = qgetenv("QT_LOGGING_RULES");
    const bool hadRules = qEnvironmentVariableIsSet("QT_LOGGING_RULES");
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    ServerProcess server;
    const bool started = server.start();
    if (hadRules)
        qputenv("QT_LOGGING_RULES", savedRules);
    else
        qunsetenv("QT_LOGGING_RULES");
    QVERIFY(started);
    HttpClient client(server.url());

    QByteArrayList secrets{"admin-demo"_ba, "viewer-demo"_ba, "wrong-password-1"_ba};
    QCOMPARE(client.post(u"/api/v1/session"_s, {{u"username"_s, u"admin"_s}, {u"password"_s, u"wrong-password-1"_s}})
                 .status,
             401);
    const QString admin =
        client.post(u"/api/v1/session"_s, {{u"username"_s, u"admin"_s}, {u"password"_s, u"admin-demo"_s}})
            .json()
            .value(u"token"_s)
            .toString();
    const QString viewer =
        client.post(u"/api/v1/session"_s, {{u"username"_s, u"viewer"_s}, {u"password"_s, u"viewer-demo"_s}})
            .json()
            .value(u"token"_s)
            .toString();
    QVERIFY(!admin.isEmpty() && !viewer.isEmpty());
    secrets << admin.toUtf8() << viewer.toUtf8();

    QCOMPARE(client.post(u"/api/v1/legacy-tokens/enable"_s, {}, HttpClient::bearer(admin)).status, 200);
    QCOMPARE(client.get(u"/api/v1/legacy-tokens/credentials"_s, HttpClient::bearer(viewer)).status, 403);
    const QJsonArray tokens =
        client.get(u"/api/v1/legacy-tokens/credentials"_s, HttpClient::bearer(admin)).json()[u"tokens"_s].toArray();
    QCOMPARE(tokens.size(), 2);
    QList<Credential> credentials;
    for (const QJsonValue &token : tokens)
        credentials.append({token[u"accountSid"_s].toString(), token[u"authToken"_s].toString()});
    for (const QString &kind : {u"readWrite"_s, u"readOnly"_s}) {
        const QJsonObject reset =
            client.post(u"/api/v1/legacy-tokens/%1/reset"_s.arg(kind), {}, HttpClient::bearer(admin)).json();
        credentials.append({reset[u"accountSid"_s].toString(), reset[u"authToken"_s].toString()});
    }
    for (const Credential &credential : credentials) {
        QVERIFY(!credential.authToken.isEmpty());
        secrets << credential.authToken.toUtf8()
                << HttpClient::basic(credential.accountSid, credential.authToken).constFirst().second.mid(6);
        (void)client.get(companyPath(credential.accountSid),
                         HttpClient::basic(credential.accountSid, credential.authToken));
        (void)client.send("PUT"_ba, companyPath(credential.accountSid), credential.authToken.toUtf8(),
                          HttpClient::basic(credential.accountSid, credential.authToken));
    }
    QCOMPARE(client.del(u"/api/v1/session"_s, HttpClient::bearer(admin)).status, 204);
    QCOMPARE(client.get(u"/api/v1/platform-rest-web-services"_s, HttpClient::bearer(admin)).status, 401);
    server.stop();

    const QByteArray output = server.output();
    // The log was on and captured, so the checks below are not vacuous.
    QVERIFY2(output.contains("agencytokens.server.access: POST /api/v1/session 200"), output.constData());
    QVERIFY(output.contains("/CompanyInformation 401"));
    for (const QByteArray &secret : std::as_const(secrets))
        QVERIFY2(!output.contains(secret), "a secret appeared in the server's output");
}

QTEST_GUILESS_MAIN(tst_ServerPlatform)
#include "tst_server_platform.moc"
