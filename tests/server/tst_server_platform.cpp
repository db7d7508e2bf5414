// SPDX-License-Identifier: MIT
// The platform's own API on the reference server, as the platform documents
// it, with real Basic auth over loopback: GET/PUT /Agencies/{sid}/CompanyInformation
// (the documented fields, XML unless JSON is asked for, a real partial update),
// the error envelope, the hourly rate limit with X-RateLimit-*, IR-Version,
// resets taking effect at once, and no secret ever reaching the server's log
// (scoped access tokens included; their own tests are in tst_server_access).
#include "HttpClient.h"
#include "PlatformAnswer.h"
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
using namespace AgencyTokens::Testing::PlatformAnswer;

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

const HttpClient::Headers AcceptJson{{"Accept"_ba, "application/json"_ba}};

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
    void get_xmlUnlessJsonAsked();
    void irVersion_data();
    void irVersion();
    void put_isAPartialUpdate();
    void put_refusesBadFieldsAndChangesNothing();
    void put_readWriteOnly();
    void methodNotAllowed();
    void rateLimit();
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
    m_session = m_client->signInAndEnable();
    if (m_session.isEmpty())
        return false;
    const QJsonArray tokens = m_client->legacyTokens(m_session);
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
    headers += AcceptJson;
    headers += extra;
    return m_client->send(method, companyPath(pathSid.isEmpty() ? credential.accountSid : pathSid),
                          method == "PUT" ? R"({"Website":"https://demo-agency.example"})"_ba : QByteArray(), headers);
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
        const QJsonObject json = response.json();
        QCOMPARE(json.value(u"CompanyName"_s).toString(), u"Demo Agency"_s);
        QCOMPARE(json.value(u"Uri"_s).toString(), companyPath(credential.accountSid));
        for (const QString &field : {u"Website"_s, u"Timezone"_s, u"Currency"_s, u"PrimaryPhoneNumber"_s,
                                     u"OrganizationType"_s, u"EinSsnForeignTaxId"_s})
            QVERIFY2(json.value(field).isString(), qPrintable(field));
        for (const QString &address : {u"CorporateAddress"_s, u"BillingAddress"_s})
            QVERIFY(json.value(address).toObject().value(u"City"_s).isString());
        for (const QString &contact :
             {u"FinancialContact"_s, u"TechnicalContact"_s, u"SecurityContact"_s, u"CommercialContact"_s})
            QVERIFY(json.value(contact).toObject().value(u"Email"_s).isString());
        // As documented: no API version, no SID of its own, no invented fields.
        QVERIFY(!json.contains(u"ApiVersion"_s));
        QVERIFY(!json.contains(u"Name"_s));
    }
}

void tst_ServerPlatform::get_xmlUnlessJsonAsked()
{
    for (const QByteArray &accept : {QByteArray(), "application/xml"_ba, "*/*"_ba}) {
        HttpClient::Headers headers = HttpClient::basic(m_readOnly.accountSid, m_readOnly.authToken);
        if (!accept.isEmpty())
            headers.append({"Accept"_ba, accept});
        const HttpResponse response = m_client->get(companyPath(m_readOnly.accountSid), headers);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Content-Type"), "application/xml");
        QString root;
        const QHash<QString, QString> fields = xmlFields(response.body, &root);
        QVERIFY2(!fields.contains(u"<error>"_s), qPrintable(fields.value(u"<error>"_s)));
        QCOMPARE(root, u"CompanyInformation"_s);
        QCOMPARE(fields.value(u"CompanyName"_s), u"Demo Agency"_s);
        QCOMPARE(fields.value(u"Uri"_s), companyPath(m_readOnly.accountSid));
        QVERIFY(fields.contains(u"CorporateAddress"_s));
    }
    // Errors follow the same rule: the envelope in XML.
    const HttpResponse refused = m_client->get(companyPath(m_readOnly.accountSid),
                                               HttpClient::basic(m_readOnly.accountSid, u"wrong"_s));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.header("Content-Type"), "application/xml");
    QString root;
    const QHash<QString, QString> fields = xmlFields(refused.body, &root);
    QCOMPARE(fields.value(u"Status"_s), u"ERROR"_s);
    QVERIFY(!fields.value(u"Message"_s).isEmpty());
}

void tst_ServerPlatform::irVersion_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::newRow("2") << "2"_ba << 200;
    QTest::newRow("3") << "3"_ba << 200;
    QTest::newRow("4") << "4"_ba << 400;
    QTest::newRow("1") << "1"_ba << 400;
    QTest::newRow("text") << "latest"_ba << 400;
    QTest::newRow("overflow") << "99999999999999999999"_ba << 400;
}

void tst_ServerPlatform::irVersion()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    for (const QByteArray &method : {"GET"_ba, "PUT"_ba}) {
        const HttpResponse response = company(m_readWrite, method, {}, {{"IR-Version"_ba, header}});
        QCOMPARE(response.status, status);
        if (status == 200)
            continue;
        QVERIFY(!envelopeMessage(response).startsWith(u"<not"_s));
        const QJsonObject error = response.json().value(u"Errors"_s).toArray().at(0).toObject();
        QCOMPARE(error.value(u"Field"_s).toString(), u"IR-Version"_s);
    }
}

void tst_ServerPlatform::put_isAPartialUpdate()
{
    QVERIFY(startEnabled()); // this test changes the agency's document
    const QJsonObject before = company(m_readOnly).json();
    const HttpResponse written = m_client->send(
        "PUT"_ba, companyPath(m_readWrite.accountSid),
        R"({"Website":"https://renamed.example","CorporateAddress":{"City":"Lyon"},"Currency":"EUR"})"_ba,
        HttpClient::basic(m_readWrite.accountSid, m_readWrite.authToken) + AcceptJson);
    QCOMPARE(written.status, 200);
    const QJsonObject expected{{u"Status"_s, u"OK"_s}, {u"Uri"_s, companyPath(m_readWrite.accountSid) + u'/'}};
    QCOMPARE(written.json(), expected);

    // Read back with the other token of the same agency: what was sent changed, the rest did not.
    QJsonObject after = company(m_readOnly).json();
    QCOMPARE(after.value(u"Website"_s).toString(), u"https://renamed.example"_s);
    QCOMPARE(after.value(u"Currency"_s).toString(), u"EUR"_s);
    QCOMPARE(after.value(u"CorporateAddress"_s)[u"City"_s].toString(), u"Lyon"_s);
    QCOMPARE(after.value(u"CorporateAddress"_s)[u"AddressLine1"_s], before.value(u"CorporateAddress"_s)[u"AddressLine1"_s]);
    QCOMPARE(after.value(u"CompanyName"_s), before.value(u"CompanyName"_s));
    QCOMPARE(after.value(u"Timezone"_s), before.value(u"Timezone"_s));
    after.remove(u"Website"_s);
    after.remove(u"Currency"_s);
    after.remove(u"CorporateAddress"_s);
    QJsonObject unchanged = before;
    unchanged.remove(u"Website"_s);
    unchanged.remove(u"Currency"_s);
    unchanged.remove(u"CorporateAddress"_s);
    unchanged[u"Uri"_s] = companyPath(m_readOnly.accountSid);
    QCOMPARE(after, unchanged);

    // A new CompanyName is the agency's name in the management API too.
    QCOMPARE(m_client->send("PUT"_ba, companyPath(m_readWrite.accountSid), R"({"CompanyName":"Renamed Agency"})"_ba,
                            HttpClient::basic(m_readWrite.accountSid, m_readWrite.authToken) + AcceptJson)
                 .status,
             200);
    QCOMPARE(company(m_readOnly).json().value(u"CompanyName"_s).toString(), u"Renamed Agency"_s);
}

void tst_ServerPlatform::put_refusesBadFieldsAndChangesNothing()
{
    const QJsonObject before = company(m_readOnly).json();
    const auto put = [this](const QByteArray &body) {
        return m_client->send("PUT"_ba, companyPath(m_readWrite.accountSid), body,
                              HttpClient::basic(m_readWrite.accountSid, m_readWrite.authToken) + AcceptJson);
    };
    const HttpResponse refused = put(R"({"Website":"https://ok.example","Currency":"euro","Nope":1,"Uri":"/x",
                                         "BillingAddress":{"Planet":"Mars"},"CompanyName":""})"_ba);
    QCOMPARE(refused.status, 400);
    QCOMPARE(envelopeMessage(refused), u"Invalid request body."_s);
    QStringList fields;
    for (const QJsonValue &error : refused.json().value(u"Errors"_s).toArray()) {
        fields << error[u"Field"_s].toString();
        QVERIFY(!error[u"Message"_s].toString().isEmpty());
    }
    fields.sort();
    QCOMPARE(fields, QStringList({u"BillingAddress.Planet"_s, u"CompanyName"_s, u"Currency"_s, u"Nope"_s, u"Uri"_s}));

    for (const QByteArray &body : {"<xml/>"_ba, "[1,2]"_ba, "{\"Website\":"_ba, QByteArray()}) {
        const HttpResponse malformed = put(body);
        QCOMPARE(malformed.status, 400);
        QVERIFY(!envelopeMessage(malformed).startsWith(u"<not"_s));
    }
    // All or nothing: the valid Website of the refused update was not applied either.
    QJsonObject after = company(m_readOnly).json();
    QCOMPARE(after, before);
}

void tst_ServerPlatform::put_readWriteOnly()
{
    const HttpResponse written = company(m_readWrite, "PUT"_ba);
    QCOMPARE(written.status, 200);
    QCOMPARE(written.json().value(u"Status"_s).toString(), u"OK"_s);

    const HttpResponse refused = company(m_readOnly, "PUT"_ba);
    QCOMPARE(refused.status, 403);
    QVERIFY2(envelopeMessage(refused).contains(u"read-only"_s), qPrintable(envelopeMessage(refused)));
    QCOMPARE(refused.header("Cache-Control"), "no-store");
}

void tst_ServerPlatform::methodNotAllowed()
{
    for (const QByteArray &method : {"PATCH"_ba, "DELETE"_ba, "POST"_ba}) {
        const HttpResponse response = m_client->send(method, companyPath(m_readWrite.accountSid), {}, AcceptJson);
        QCOMPARE(response.status, 405);
        QCOMPARE(response.header("Allow"), "GET, PUT");
        QVERIFY(!envelopeMessage(response).startsWith(u"<not"_s));
    }
}

void tst_ServerPlatform::rateLimit()
{
    // A server of its own with a limit of 3 an hour per Account SID.
    ServerProcess limited;
    QVERIFY(limited.start({u"--demo"_s, u"--rate-limit"_s, u"3"_s}));
    HttpClient client(limited.url());
    const QString session = client.signInAndEnable();
    QVERIFY(!session.isEmpty());
    const QJsonArray tokens = client.legacyTokens(session);
    const Credential rw{tokens.at(0)[u"accountSid"_s].toString(), tokens.at(0)[u"authToken"_s].toString()};
    const Credential ro{tokens.at(1)[u"accountSid"_s].toString(), tokens.at(1)[u"authToken"_s].toString()};
    const auto get = [&](const Credential &c) {
        return client.get(companyPath(c.accountSid), HttpClient::basic(c.accountSid, c.authToken) + AcceptJson);
    };

    // A refused token does not use up the account's requests.
    QCOMPARE(get({rw.accountSid, u"wrong-token"_s}).status, 401);
    for (int remaining : {2, 1, 0}) {
        const HttpResponse ok = get(rw);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("X-RateLimit-Limit"), "3");
        QCOMPARE(ok.header("X-RateLimit-Remaining"), QByteArray::number(remaining));
        const int reset = ok.header("X-RateLimit-Reset").toInt();
        QVERIFY2(reset > 0 && reset <= 3600, ok.header("X-RateLimit-Reset").constData());
    }
    for (const QByteArray &method : {"GET"_ba, "PUT"_ba}) {
        const HttpResponse limitedAnswer = client.send(method, companyPath(rw.accountSid), "{}",
                                                       HttpClient::basic(rw.accountSid, rw.authToken) + AcceptJson);
        QCOMPARE(limitedAnswer.status, 429);
        QCOMPARE(limitedAnswer.header("X-RateLimit-Remaining"), "0");
        QVERIFY(limitedAnswer.header("X-RateLimit-Reset").toInt() > 0);
        QVERIFY2(envelopeMessage(limitedAnswer).contains(u"Rate limit"_s), qPrintable(envelopeMessage(limitedAnswer)));
    }
    // Each Account SID has its own window.
    QCOMPARE(get(ro).status, 200);
    QCOMPARE(get(ro).header("X-RateLimit-Remaining"), "1");
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
        QCOMPARE(response.header("WWW-Authenticate"), R"(Basic realm="Agency API")");
        QCOMPARE(response.header("Content-Type"), "application/xml"); // no Accept: XML, as the platform
    }
    const HttpResponse json = m_client->get(companyPath(sid), headers + AcceptJson);
    QCOMPARE(json.status, 401);
    QVERIFY2(envelopeMessage(json).contains(u"Unauthorized"_s), qPrintable(envelopeMessage(json)));

    // Wrong token for a real SID; right token under the other SID's path; the
    // two halves of different credentials.
    // The last character changed, to one it surely is not: a fixed 'x' was the token
    // itself one time in 66 (the alphabet's size), and then this "wrong" token passed.
    const QChar last = m_readWrite.authToken.back();
    const QString oneOff = m_readWrite.authToken.left(31) + (last == u'x' ? u'y' : u'x');
    QVERIFY(oneOff != m_readWrite.authToken);
    const QList<HttpResponse> refused{
        company({m_readWrite.accountSid, m_readOnly.authToken}),
        company({m_readWrite.accountSid, oneOff}),
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
                                             HttpClient::basic(m_readWrite.accountSid, m_readWrite.authToken) + AcceptJson);
    QCOMPARE(response.status, 401);
    QVERIFY(!envelopeMessage(response).startsWith(u"<not"_s));
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
    const QString admin = client.signIn();
    const QString viewer = client.signIn(u"viewer"_s, u"viewer-demo"_s);
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
    // Scoped access tokens: created, used in and out of scope, edited, reset, deleted.
    const QJsonObject created =
        client.post(u"/api/v1/access-tokens"_s,
                    {{u"name"_s, u"Leak check"_s}, {u"primaryContact"_s, u"a@b.example"_s},
                     {u"scopes"_s, QJsonArray{u"reports.list"_s, u"jobs.status"_s}}},
                    HttpClient::bearer(admin))
            .json();
    const QString scopedSid = created[u"accountSid"_s].toString();
    QCOMPARE(client.post(u"/api/v1/access-tokens"_s, {{u"name"_s, u"x"_s}}, HttpClient::bearer(viewer)).status, 403);
    QList<Credential> scoped{{scopedSid, created[u"authToken"_s].toString()}};
    QCOMPARE(client.send("PATCH"_ba, u"/api/v1/access-tokens/%1"_s.arg(scopedSid), R"({"scopes":["jobs.status"]})"_ba,
                         HttpClient::bearer(admin) + HttpClient::Headers{{"Content-Type"_ba, "application/json"_ba}})
                 .status,
             200);
    const QJsonObject reset =
        client.post(u"/api/v1/access-tokens/%1/reset"_s.arg(scopedSid), {}, HttpClient::bearer(admin)).json();
    scoped.append({scopedSid, reset[u"authToken"_s].toString()});
    for (const Credential &credential : std::as_const(scoped)) {
        QVERIFY(!credential.authToken.isEmpty());
        secrets << credential.authToken.toUtf8()
                << HttpClient::basic(credential.accountSid, credential.authToken).constFirst().second.mid(6);
        for (const QString &rest : {u"Reports"_s, u"Jobs/0"_s, u"Advertisers/1001"_s})
            (void)client.get(u"/Agencies/%1/%2"_s.arg(credential.accountSid, rest),
                             HttpClient::basic(credential.accountSid, credential.authToken));
    }
    QCOMPARE(client.del(u"/api/v1/access-tokens/%1"_s.arg(scopedSid), HttpClient::bearer(admin)).status, 204);
    QCOMPARE(client.get(u"/Agencies/%1/Jobs/0"_s.arg(scopedSid), HttpClient::basic(scoped.last().accountSid,
                                                                                    scoped.last().authToken))
                 .status,
             401);
    QCOMPARE(client.del(u"/api/v1/session"_s, HttpClient::bearer(admin)).status, 204);
    QCOMPARE(client.get(u"/api/v1/platform-rest-web-services"_s, HttpClient::bearer(admin)).status, 401);
    server.stop();

    const QByteArray output = server.output();
    // The log was on and captured, so the checks below are not vacuous.
    QVERIFY2(output.contains("agencytokens.server.access: POST /api/v1/session 200"), output.constData());
    QVERIFY(output.contains("/CompanyInformation 401"));
    QVERIFY(output.contains("POST /api/v1/access-tokens 201"));
    QVERIFY(output.contains("/Advertisers/1001 403"));
    for (const QByteArray &secret : std::as_const(secrets))
        QVERIFY2(!output.contains(secret), "a secret appeared in the server's output");
}

QTEST_GUILESS_MAIN(tst_ServerPlatform)
#include "tst_server_platform.moc"
