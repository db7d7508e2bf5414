// SPDX-License-Identifier: MIT
// Scoped access tokens on the reference server, over loopback HTTP against
// the real binary: the scope catalogue, create, list, edit, reset and delete
// with every refusal, the demo tokens, and the platform's API answering each
// token on its scopes' paths only (403 in the envelope elsewhere, JSON and
// XML, before any {Id} lookup), the legacy pair on the same paths, the probe
// of the shared wire spec, and the rate limit per Account SID.
#include "HttpClient.h"
#include "PlatformAnswer.h"
#include "ServerProcess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace AgencyTokens::Testing;
using namespace AgencyTokens::Testing::PlatformAnswer;

namespace {

const QString StatePath = u"/api/v1/platform-rest-web-services"_s;
const QString ListPath = u"/api/v1/access-tokens"_s;
const QString ScopesPath = u"/api/v1/access-tokens/scopes"_s;
const HttpClient::Headers AcceptJson{{"Accept"_ba, "application/json"_ba}};

const QStringList ReportingScopes{u"account.companyInformation.read"_s, u"reports.list"_s, u"reports.metadata"_s,
                                  u"reports.export"_s, u"jobs.status"_s, u"jobs.download"_s};
const QStringList ComplianceScopes{u"advertisers.read"_s, u"compliance.submit"_s, u"compliance.status"_s,
                                   u"compliance.results"_s};

struct Credential
{
    QString accountSid;
    QString authToken;
};

QString tokenPath(const QString &id)
{
    return u"/api/v1/access-tokens/%1"_s.arg(id);
}

QString resetPath(const QString &id)
{
    return tokenPath(id) + u"/reset"_s;
}

QJsonObject draft(const QString &name, const QStringList &scopes)
{
    return {{u"name"_s, name},
            {u"primaryContact"_s, u"ops@example.com"_s},
            {u"scopes"_s, QJsonArray::fromStringList(scopes)}};
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

/// Checks what every management error carries, and returns its code.
QString checkedError(const HttpResponse &response)
{
    const QJsonObject error = response.json().value(u"error"_s).toObject();
    if (response.header("Content-Type") != "application/json" || error.value(u"message"_s).toString().size() < 10)
        return u"<malformed error response: %1>"_s.arg(QString::fromUtf8(response.body));
    return error.value(u"code"_s).toString();
}

} // namespace

class tst_ServerAccess : public QObject
{
    Q_OBJECT

private:
    /// The demo token called \a name, as the list shows it.
    [[nodiscard]] QJsonObject listed(const QString &name);
    /// The Auth Token of the demo token \a name, by a reset (nobody is shown the seeded one).
    [[nodiscard]] Credential demoCredential(const QString &name);
    [[nodiscard]] HttpResponse call(const Credential &credential, const QByteArray &method, const QString &rest,
                                    bool json = true, const QByteArray &body = {});
    [[nodiscard]] HttpResponse create(const QJsonObject &body);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_client;
    QString m_admin;
    QString m_viewer;
    /// The test function the running server was started for.
    QByteArray m_serverFor;

private Q_SLOTS:
    // A fresh demo server for each test function, most of which change its
    // tokens; the rows of a data-driven test share one (they change nothing
    // another row relies on).
    void init();
    void cleanupTestCase();

    void scopes_catalogue();
    void demoTokens_presentWithTheirScopes();
    void create_showsTheTokenOnce();
    void create_refusals_data();
    void create_refusals();
    void create_nameTakenAndTooMany();
    void edit_changesFieldsNotTheToken();
    void edit_refusals_data();
    void edit_refusals();
    void edit_apiVersionForwardOnly();
    void reset_oldTokenStopsAtOnce();
    void delete_sidStopsAtOnce();
    void unknownId_data();
    void unknownId();
    void staff_forbidden_data();
    void staff_forbidden();
    void session_required();
    void methodNotAllowed_data();
    void methodNotAllowed();
    void legacyKindCalls_refuseScoped();

    void platform_scopedTokens_data();
    void platform_scopedTokens();
    void platform_refusalInXml();
    void platform_queuedWork();
    void platform_probeTable();
    void platform_legacyTokensOnNewPaths();
    void platform_wrongCredentials();
    void platform_scopeEditTakesEffect();
    void platform_rateLimitPerSid();
    void tokens_surviveRestart();
};

void tst_ServerAccess::init()
{
    if (m_server && m_serverFor == QTest::currentTestFunction())
        return;
    m_serverFor = QTest::currentTestFunction();
    m_client.reset();
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<HttpClient>(m_server->url());
    m_admin = m_client->signIn();
    m_viewer = m_client->signIn(u"viewer"_s, u"viewer-demo"_s);
    QVERIFY(!m_admin.isEmpty() && !m_viewer.isEmpty());
}

void tst_ServerAccess::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
}

QJsonObject tst_ServerAccess::listed(const QString &name)
{
    const QJsonArray tokens = m_client->get(ListPath, HttpClient::bearer(m_admin)).json()[u"accessTokens"_s].toArray();
    for (const QJsonValue &token : tokens) {
        if (token[u"name"_s] == name)
            return token.toObject();
    }
    return {};
}

Credential tst_ServerAccess::demoCredential(const QString &name)
{
    const QString id = listed(name).value(u"id"_s).toString();
    const QJsonObject reset = m_client->post(resetPath(id), {}, HttpClient::bearer(m_admin)).json();
    return {reset.value(u"accountSid"_s).toString(), reset.value(u"authToken"_s).toString()};
}

HttpResponse tst_ServerAccess::call(const Credential &credential, const QByteArray &method, const QString &rest,
                                    bool json, const QByteArray &body)
{
    HttpClient::Headers headers = HttpClient::basic(credential.accountSid, credential.authToken);
    if (json)
        headers += AcceptJson;
    if (!body.isEmpty())
        headers.append({"Content-Type"_ba, "application/json"_ba});
    return m_client->send(method, u"/Agencies/%1/%2"_s.arg(credential.accountSid, rest), body, headers);
}

HttpResponse tst_ServerAccess::create(const QJsonObject &body)
{
    return m_client->post(ListPath, body, HttpClient::bearer(m_admin));
}

void tst_ServerAccess::scopes_catalogue()
{
    for (const QString &session : {m_admin, m_viewer}) {
        const HttpResponse response = m_client->get(ScopesPath, HttpClient::bearer(session));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Cache-Control"), "no-store");
        const QJsonArray scopes = response.json().value(u"scopes"_s).toArray();
        QCOMPARE(scopes.size(), 12);
        QStringList ids;
        QStringList categories;
        for (const QJsonValue &scope : scopes) {
            ids << scope[u"id"_s].toString();
            if (!categories.contains(scope[u"category"_s].toString()))
                categories << scope[u"category"_s].toString();
            QVERIFY(!scope[u"title"_s].toString().isEmpty());
            QVERIFY(scope[u"path"_s].toString().startsWith(u"/Agencies/{AccountSID}/"_s));
        }
        QCOMPARE(ids, QStringList({u"account.companyInformation.read"_s, u"account.companyInformation.update"_s,
                                   u"advertisers.list"_s, u"advertisers.read"_s, u"reports.list"_s,
                                   u"reports.metadata"_s, u"reports.export"_s, u"jobs.status"_s,
                                   u"jobs.download"_s, u"compliance.submit"_s, u"compliance.status"_s,
                                   u"compliance.results"_s}));
        QCOMPARE(categories,
                 QStringList({u"Account"_s, u"Advertisers"_s, u"Reports"_s, u"Jobs"_s, u"Compliance"_s}));
        const QJsonObject update = scopes.at(1).toObject();
        QCOMPARE(update, (QJsonObject{{u"id"_s, u"account.companyInformation.update"_s},
                                      {u"category"_s, u"Account"_s},
                                      {u"title"_s, u"Update company information"_s},
                                      {u"method"_s, u"PUT"_s},
                                      {u"path"_s, u"/Agencies/{AccountSID}/CompanyInformation"_s}}));
        QCOMPARE(scopes.at(11)[u"path"_s].toString(),
                 u"/Agencies/{AccountSID}/Compliance/Content/ComplianceAPISubmissions/Response/{Id}"_s);
        QCOMPARE(scopes.at(9)[u"method"_s].toString(), u"POST"_s);
    }
}

void tst_ServerAccess::demoTokens_presentWithTheirScopes()
{
    for (const QString &session : {m_admin, m_viewer}) {
        const QJsonObject state = m_client->get(StatePath, HttpClient::bearer(session)).json();
        QCOMPARE(state.value(u"legacyTokensEnabled"_s), QJsonValue(false));
        const QJsonArray tokens = state.value(u"accessTokens"_s).toArray();
        QCOMPARE(tokens.size(), 2);
        // The list call says the same, in the same (creation) order.
        QCOMPARE(m_client->get(ListPath, HttpClient::bearer(session)).json().value(u"accessTokens"_s).toArray(),
                 tokens);
        const QJsonObject reporting = tokens.at(0).toObject();
        const QJsonObject compliance = tokens.at(1).toObject();
        QCOMPARE(reporting[u"name"_s].toString(), u"Reporting sync"_s);
        QCOMPARE(strings(reporting[u"scopes"_s]), ReportingScopes);
        QCOMPARE(reporting[u"primaryContact"_s].toString(), u"ops@demo-agency.example"_s);
        QCOMPARE(strings(reporting[u"developerEmails"_s]), QStringList{u"dev@demo-agency.example"_s});
        QCOMPARE(reporting[u"description"_s].toString(),
                 u"Nightly export of partner reports into the data warehouse."_s);
        QCOMPARE(compliance[u"name"_s].toString(), u"Compliance checker"_s);
        QCOMPARE(strings(compliance[u"scopes"_s]), ComplianceScopes);
        QCOMPARE(compliance[u"primaryContact"_s].toString(), u"compliance@demo-agency.example"_s);
        QCOMPARE(compliance[u"description"_s].toString(), u"Submits partner pages for compliance review."_s);
        for (const QJsonValue &token : tokens) {
            QCOMPARE(token[u"id"_s], token[u"accountSid"_s]);
            QVERIFY(QRegularExpression(u"^IR[A-Za-z0-9]{32}$"_s).match(token[u"id"_s].toString()).hasMatch());
            QCOMPARE(token[u"apiVersion"_s].toInt(), 3);
            QCOMPARE(token[u"fingerprint"_s].toString().size(), 22);
            QCOMPARE(token[u"lastResetAt"_s], QJsonValue(QJsonValue::Null));
            QVERIFY(token[u"createdAt"_s].toString().endsWith(u'Z'));
            QVERIFY(!token.toObject().contains(u"authToken"_s));
        }
    }
}

void tst_ServerAccess::create_showsTheTokenOnce()
{
    QJsonObject body = draft(u"  Data sync  "_s, {u"jobs.status"_s, u"reports.list"_s, u"jobs.status"_s});
    body.insert(u"developerEmails"_s, QJsonArray{u"a@example.com"_s, u"b@example.com"_s});
    const HttpResponse created = create(body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.header("Cache-Control"), "no-store");
    const QJsonObject token = created.json();
    QCOMPARE(token[u"name"_s].toString(), u"Data sync"_s); // trimmed
    QCOMPARE(token[u"description"_s].toString(), QString());
    QCOMPARE(token[u"apiVersion"_s].toInt(), 3); // the newest by default
    QCOMPARE(strings(token[u"developerEmails"_s]), QStringList({u"a@example.com"_s, u"b@example.com"_s}));
    // Catalogue order, each once.
    QCOMPARE(strings(token[u"scopes"_s]), QStringList({u"reports.list"_s, u"jobs.status"_s}));
    QCOMPARE(token[u"id"_s], token[u"accountSid"_s]);
    QVERIFY(QRegularExpression(u"^IR[A-Za-z0-9]{32}$"_s).match(token[u"accountSid"_s].toString()).hasMatch());
    const QString authToken = token[u"authToken"_s].toString();
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9._~-]{32}$"_s).match(authToken).hasMatch());
    QCOMPARE(token[u"lastResetAt"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(token[u"fingerprint"_s].toString().size(), 22);

    // Listed last, without its secret; no other call returns it.
    const QJsonArray list = m_client->get(ListPath, HttpClient::bearer(m_admin)).json()[u"accessTokens"_s].toArray();
    QCOMPARE(list.size(), 3);
    QJsonObject withoutSecret = token;
    withoutSecret.remove(u"authToken"_s);
    QCOMPARE(list.last().toObject(), withoutSecret);
    for (const QString &path : {StatePath, ListPath, ScopesPath})
        QVERIFY(!m_client->get(path, HttpClient::bearer(m_admin)).body.contains(authToken.toUtf8()));

    // It passes at once, with legacy tokens never enabled.
    const Credential credential{token[u"accountSid"_s].toString(), authToken};
    QCOMPARE(call(credential, "GET"_ba, u"Reports"_s).status, 200);
}

void tst_ServerAccess::create_refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *name, const QByteArray &body, int status, const QString &code) {
        QTest::newRow(name) << body << status << code;
    };
    const QByteArray tail = R"("primaryContact":"a@b.example","scopes":["reports.list"])"_ba;
    const QString longName(101, u'n');
    const QString longDescription(1001, u'd');
    const QString longEmail = QString(250, u'e') + u"@b.ex"_s;
    row("no body", {}, 400, u"bad_request"_s);
    row("no name", "{" + tail + "}", 400, u"bad_request"_s);
    row("empty name", R"({"name":"",)" + tail + "}", 400, u"bad_request"_s);
    row("blank name", R"({"name":"   ",)" + tail + "}", 400, u"bad_request"_s);
    row("name not a string", R"({"name":7,)" + tail + "}", 400, u"bad_request"_s);
    row("name too long", R"({"name":")" + longName.toUtf8() + R"(",)" + tail + "}", 400, u"bad_request"_s);
    row("description too long", R"({"name":"x","description":")" + longDescription.toUtf8() + R"(",)" + tail + "}",
        400, u"bad_request"_s);
    row("description null", R"({"name":"x","description":null,)" + tail + "}", 400, u"bad_request"_s);
    row("fractional version", R"({"name":"x","apiVersion":2.5,)" + tail + "}", 400, u"bad_request"_s);
    row("version as text", R"({"name":"x","apiVersion":"3",)" + tail + "}", 400, u"bad_request"_s);
    row("unknown version", R"({"name":"x","apiVersion":4,)" + tail + "}", 422, u"unknown_version"_s);
    row("no contact", R"({"name":"x","scopes":["reports.list"]})", 400, u"bad_request"_s);
    row("contact without @", R"({"name":"x","primaryContact":"ops","scopes":["reports.list"]})", 400,
        u"bad_request"_s);
    row("contact with two @", R"({"name":"x","primaryContact":"a@b@c","scopes":["reports.list"]})", 400,
        u"bad_request"_s);
    row("contact too long",
        R"({"name":"x","primaryContact":")" + longEmail.toUtf8() + R"(","scopes":["reports.list"]})", 400,
        u"bad_request"_s);
    QByteArray many = "[";
    for (int i = 0; i < 21; ++i)
        many += (i ? ",\"d" : "\"d") + QByteArray::number(i) + "@x.example\"";
    many += "]";
    row("21 developer e-mails", R"({"name":"x","developerEmails":)" + many + "," + tail + "}", 400, u"bad_request"_s);
    row("developer e-mail without @", R"({"name":"x","developerEmails":["dev"],)" + tail + "}", 400,
        u"bad_request"_s);
    row("developer e-mails not a list", R"({"name":"x","developerEmails":"a@b",)" + tail + "}", 400,
        u"bad_request"_s);
    row("no scopes", R"({"name":"x","primaryContact":"a@b"})", 400, u"bad_request"_s);
    row("empty scopes", R"({"name":"x","primaryContact":"a@b","scopes":[]})", 400, u"bad_request"_s);
    row("scopes not a list", R"({"name":"x","primaryContact":"a@b","scopes":"reports.list"})", 400, u"bad_request"_s);
    row("scope not a string", R"({"name":"x","primaryContact":"a@b","scopes":[1]})", 400, u"bad_request"_s);
    row("unknown scope", R"({"name":"x","primaryContact":"a@b","scopes":["reports.list","reports.delete"]})", 422,
        u"unknown_scope"_s);
    row("not an object", "[1]", 400, u"bad_request"_s);
    row("bad json", "{", 400, u"bad_json"_s);
}

void tst_ServerAccess::create_refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    HttpClient::Headers headers = HttpClient::bearer(m_admin);
    headers.append({"Content-Type"_ba, "application/json"_ba});
    const HttpResponse response = m_client->send("POST"_ba, ListPath, body, headers);
    QCOMPARE(response.status, status);
    QCOMPARE(checkedError(response), code);
    // Nothing was created.
    QCOMPARE(m_client->get(ListPath, HttpClient::bearer(m_admin)).json()[u"accessTokens"_s].toArray().size(), 2);
}

void tst_ServerAccess::create_nameTakenAndTooMany()
{
    for (const QString &name : {u"Reporting sync"_s, u"  Compliance checker "_s}) {
        const HttpResponse taken = create(draft(name, {u"reports.list"_s}));
        QCOMPARE(taken.status, 409);
        QCOMPARE(checkedError(taken), u"name_taken"_s);
    }
    // The demo's two and 48 more make 50, the most an agency may have.
    for (int i = 0; i < 48; ++i)
        QCOMPARE(create(draft(u"Token %1"_s.arg(i), {u"reports.list"_s})).status, 201);
    const HttpResponse tooMany = create(draft(u"One too many"_s, {u"reports.list"_s}));
    QCOMPARE(tooMany.status, 409);
    QCOMPARE(checkedError(tooMany), u"too_many_tokens"_s);
    // A deletion makes room again.
    const QString id = listed(u"Token 0"_s).value(u"id"_s).toString();
    QCOMPARE(m_client->del(tokenPath(id), HttpClient::bearer(m_admin)).status, 204);
    QCOMPARE(create(draft(u"One too many"_s, {u"reports.list"_s})).status, 201);
}

void tst_ServerAccess::edit_changesFieldsNotTheToken()
{
    const QJsonObject before = listed(u"Reporting sync"_s);
    const QString id = before[u"id"_s].toString();
    const QJsonObject change{{u"name"_s, u"Warehouse sync"_s},
                             {u"description"_s, u"Moved to the new warehouse."_s},
                             {u"primaryContact"_s, u"data@demo-agency.example"_s},
                             {u"developerEmails"_s, QJsonArray{}},
                             {u"scopes"_s, QJsonArray{u"reports.export"_s, u"reports.list"_s}}};
    const HttpResponse edited = m_client->send("PATCH"_ba, tokenPath(id), QJsonDocument(change).toJson(),
                                               HttpClient::bearer(m_admin) + HttpClient::Headers{{"Content-Type"_ba, "application/json"_ba}});
    QCOMPARE(edited.status, 200);
    QJsonObject expected = before;
    for (auto it = change.begin(); it != change.end(); ++it)
        expected.insert(it.key(), it.value());
    expected[u"scopes"_s] = QJsonArray{u"reports.list"_s, u"reports.export"_s};
    QCOMPARE(edited.json(), expected); // fingerprint, id, dates unchanged
    QCOMPARE(listed(u"Warehouse sync"_s), expected);

    // Its own name is no clash; an empty object and no body change nothing.
    for (const QByteArray &body : {R"({"name":"Warehouse sync"})"_ba, "{}"_ba, QByteArray()}) {
        HttpClient::Headers headers = HttpClient::bearer(m_admin);
        if (!body.isEmpty())
            headers.append({"Content-Type"_ba, "application/json"_ba});
        const HttpResponse same = m_client->send("PATCH"_ba, tokenPath(id), body, headers);
        QCOMPARE(same.status, 200);
        QCOMPARE(same.json(), expected);
    }
}

void tst_ServerAccess::edit_refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("name taken") << R"({"name":"Compliance checker"})"_ba << 409 << u"name_taken"_s;
    QTest::newRow("blank name") << R"({"name":" "})"_ba << 400 << u"bad_request"_s;
    QTest::newRow("empty scopes") << R"({"scopes":[]})"_ba << 400 << u"bad_request"_s;
    QTest::newRow("unknown scope") << R"({"scopes":["everything"]})"_ba << 422 << u"unknown_scope"_s;
    QTest::newRow("bad contact") << R"({"primaryContact":"nobody"})"_ba << 400 << u"bad_request"_s;
    QTest::newRow("unknown version") << R"({"apiVersion":9})"_ba << 422 << u"unknown_version"_s;
    QTest::newRow("null description") << R"({"description":null})"_ba << 400 << u"bad_request"_s;
}

void tst_ServerAccess::edit_refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QJsonObject before = listed(u"Reporting sync"_s);
    HttpClient::Headers headers = HttpClient::bearer(m_admin);
    headers.append({"Content-Type"_ba, "application/json"_ba});
    const HttpResponse response =
        m_client->send("PATCH"_ba, tokenPath(before[u"id"_s].toString()), body, headers);
    QCOMPARE(response.status, status);
    QCOMPARE(checkedError(response), code);
    QCOMPARE(listed(u"Reporting sync"_s), before);
}

void tst_ServerAccess::edit_apiVersionForwardOnly()
{
    QJsonObject body = draft(u"Old integration"_s, {u"reports.list"_s});
    body.insert(u"apiVersion"_s, 2);
    const QJsonObject created = create(body).json();
    QCOMPARE(created[u"apiVersion"_s].toInt(), 2);
    const QString id = created[u"id"_s].toString();
    const auto patch = [&](int version) {
        return m_client->send("PATCH"_ba, tokenPath(id), R"({"apiVersion":)" + QByteArray::number(version) + "}",
                              HttpClient::bearer(m_admin) + HttpClient::Headers{{"Content-Type"_ba, "application/json"_ba}});
    };
    QCOMPARE(patch(2).status, 200);
    const HttpResponse upgraded = patch(3);
    QCOMPARE(upgraded.status, 200);
    QCOMPARE(upgraded.json()[u"apiVersion"_s].toInt(), 3);
    QCOMPARE(upgraded.json()[u"fingerprint"_s], created[u"fingerprint"_s]);
    const HttpResponse back = patch(2);
    QCOMPARE(back.status, 409);
    QCOMPARE(checkedError(back), u"downgrade_not_allowed"_s);
    QCOMPARE(listed(u"Old integration"_s)[u"apiVersion"_s].toInt(), 3);
}

void tst_ServerAccess::reset_oldTokenStopsAtOnce()
{
    const QJsonObject created = create(draft(u"Rotated"_s, {u"reports.list"_s})).json();
    const Credential old{created[u"accountSid"_s].toString(), created[u"authToken"_s].toString()};
    QCOMPARE(call(old, "GET"_ba, u"Reports"_s).status, 200);

    const HttpResponse reset = m_client->post(resetPath(old.accountSid), {}, HttpClient::bearer(m_admin));
    QCOMPARE(reset.status, 200);
    const QJsonObject answer = reset.json();
    const Credential renewed{answer[u"accountSid"_s].toString(), answer[u"authToken"_s].toString()};
    QCOMPARE(renewed.accountSid, old.accountSid);
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9._~-]{32}$"_s).match(renewed.authToken).hasMatch());
    QVERIFY(renewed.authToken != old.authToken);
    QVERIFY(answer[u"lastResetAt"_s].toString().endsWith(u'Z'));
    QVERIFY(answer[u"fingerprint"_s].toString() != created[u"fingerprint"_s].toString());
    QCOMPARE(answer[u"name"_s], created[u"name"_s]);
    QJsonObject listedNow = listed(u"Rotated"_s);
    QCOMPARE(listedNow[u"fingerprint"_s], answer[u"fingerprint"_s]);
    QCOMPARE(listedNow[u"lastResetAt"_s], answer[u"lastResetAt"_s]);

    const HttpResponse refused = call(old, "GET"_ba, u"Reports"_s);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.header("WWW-Authenticate"), R"(Basic realm="Agency API")");
    QCOMPARE(call(renewed, "GET"_ba, u"Reports"_s).status, 200);
}

void tst_ServerAccess::delete_sidStopsAtOnce()
{
    const QJsonObject created = create(draft(u"Short-lived"_s, {u"reports.list"_s})).json();
    const Credential credential{created[u"accountSid"_s].toString(), created[u"authToken"_s].toString()};
    QCOMPARE(call(credential, "GET"_ba, u"Reports"_s).status, 200);
    const HttpResponse deleted = m_client->del(tokenPath(credential.accountSid), HttpClient::bearer(m_admin));
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QVERIFY(listed(u"Short-lived"_s).isEmpty());
    QCOMPARE(m_client->get(StatePath, HttpClient::bearer(m_admin)).json()[u"accessTokens"_s].toArray().size(), 2);
    QCOMPARE(call(credential, "GET"_ba, u"Reports"_s).status, 401);
    QCOMPARE(call(credential, "GET"_ba, u"Jobs/0"_s).status, 401);
    const HttpResponse again = m_client->del(tokenPath(credential.accountSid), HttpClient::bearer(m_admin));
    QCOMPARE(again.status, 404);
    QCOMPARE(checkedError(again), u"unknown_token"_s);
}

void tst_ServerAccess::unknownId_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("edit") << "PATCH"_ba << QString();
    QTest::newRow("delete") << "DELETE"_ba << QString();
    QTest::newRow("reset") << "POST"_ba << u"/reset"_s;
}

void tst_ServerAccess::unknownId()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    for (const QString &id : {u"IR00000000000000000000000000000000"_s, u"nope"_s}) {
        const HttpResponse response = m_client->send(method, tokenPath(id) + suffix, {}, HttpClient::bearer(m_admin));
        QCOMPARE(response.status, 404);
        QCOMPARE(checkedError(response), u"unknown_token"_s);
    }
    // Order of checks: an unknown id before the body's fields.
    HttpClient::Headers headers = HttpClient::bearer(m_admin);
    headers.append({"Content-Type"_ba, "application/json"_ba});
    const HttpResponse response =
        m_client->send(method, tokenPath(u"nope"_s) + suffix, R"({"scopes":[]})"_ba, headers);
    QCOMPARE(checkedError(response), u"unknown_token"_s);
}

void tst_ServerAccess::staff_forbidden_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("create") << "POST"_ba << u"-"_s;
    QTest::newRow("edit") << "PATCH"_ba << QString();
    QTest::newRow("delete") << "DELETE"_ba << QString();
    QTest::newRow("reset") << "POST"_ba << u"/reset"_s;
}

void tst_ServerAccess::staff_forbidden()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    const QJsonObject before = listed(u"Reporting sync"_s);
    const QString path = suffix == u"-"_s ? ListPath : tokenPath(before[u"id"_s].toString()) + suffix;
    HttpClient::Headers headers = HttpClient::bearer(m_viewer);
    headers.append({"Content-Type"_ba, "application/json"_ba});
    const QByteArray body = QJsonDocument(draft(u"By staff"_s, {u"reports.list"_s})).toJson();
    const HttpResponse response = m_client->send(method, path, body, headers);
    QCOMPARE(response.status, 403);
    QCOMPARE(checkedError(response), u"forbidden"_s);
    // Even an unknown id is refused for the role first.
    QCOMPARE(checkedError(m_client->send(method, suffix == u"-"_s ? ListPath : tokenPath(u"nope"_s) + suffix, body,
                                         headers)),
             u"forbidden"_s);
    const QJsonArray tokens = m_client->get(ListPath, HttpClient::bearer(m_admin)).json()[u"accessTokens"_s].toArray();
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens.at(0).toObject(), before);
}

void tst_ServerAccess::session_required()
{
    const QString id = listed(u"Reporting sync"_s)[u"id"_s].toString();
    const QList<std::pair<QByteArray, QString>> calls{{"GET"_ba, ScopesPath},
                                                      {"GET"_ba, ListPath},
                                                      {"POST"_ba, ListPath},
                                                      {"PATCH"_ba, tokenPath(id)},
                                                      {"DELETE"_ba, tokenPath(id)},
                                                      {"POST"_ba, resetPath(id)}};
    for (const auto &[method, path] : calls) {
        for (const HttpClient::Headers &headers : {HttpClient::Headers{}, HttpClient::bearer(u"not-a-session"_s)}) {
            const HttpResponse response = m_client->send(method, path, {}, headers);
            QCOMPARE(response.status, 401);
            QCOMPARE(checkedError(response), u"session_required"_s);
        }
    }
    QCOMPARE(listed(u"Reporting sync"_s)[u"id"_s].toString(), id);
}

void tst_ServerAccess::methodNotAllowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("POST scopes") << "POST"_ba << ScopesPath << "GET"_ba;
    QTest::newRow("DELETE scopes") << "DELETE"_ba << ScopesPath << "GET"_ba;
    QTest::newRow("PUT list") << "PUT"_ba << ListPath << "GET, POST"_ba;
    QTest::newRow("GET token") << "GET"_ba << tokenPath(u"IRx"_s) << "PATCH, DELETE"_ba;
    QTest::newRow("PUT token") << "PUT"_ba << tokenPath(u"IRx"_s) << "PATCH, DELETE"_ba;
    QTest::newRow("GET reset") << "GET"_ba << resetPath(u"IRx"_s) << "POST"_ba;
}

void tst_ServerAccess::methodNotAllowed()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const HttpResponse response = m_client->send(method, path, {}, HttpClient::bearer(m_admin));
    QCOMPARE(response.status, 405);
    QCOMPARE(checkedError(response), u"method_not_allowed"_s);
    QCOMPARE(response.header("Allow"), allow);
}

void tst_ServerAccess::legacyKindCalls_refuseScoped()
{
    // "scoped" is a token kind of the contract, but the legacy calls know two kinds only.
    QCOMPARE(m_client->post(u"/api/v1/legacy-tokens/enable"_s, {}, HttpClient::bearer(m_admin)).status, 200);
    const HttpResponse reset =
        m_client->post(u"/api/v1/legacy-tokens/scoped/reset"_s, {}, HttpClient::bearer(m_admin));
    QCOMPARE(reset.status, 404);
    QCOMPARE(checkedError(reset), u"unknown_kind"_s);
    const HttpResponse version = m_client->put(u"/api/v1/legacy-tokens/scoped/api-version"_s,
                                               {{u"apiVersion"_s, 3}}, HttpClient::bearer(m_admin));
    QCOMPARE(version.status, 404);
    QCOMPARE(checkedError(version), u"unknown_kind"_s);
    // The legacy list holds the pair and nothing else.
    const QJsonArray tokens = m_client->legacyTokens(m_admin);
    QCOMPARE(tokens.size(), 2);
    const QJsonObject state = m_client->get(StatePath, HttpClient::bearer(m_admin)).json();
    QCOMPARE(state[u"tokens"_s].toArray().size(), 2);
    QCOMPARE(state[u"accessTokens"_s].toArray().size(), 2);
}

void tst_ServerAccess::platform_scopedTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("rest");
    QTest::addColumn<int>("status");
    const QString reporting = u"Reporting sync"_s;
    const QString compliance = u"Compliance checker"_s;
    const auto row = [](const QString &token, const QByteArray &method, const QString &rest, int status) {
        QTest::addRow("%s %s %s", token.left(9).toUtf8().constData(), method.constData(), rest.toUtf8().constData())
            << token << method << rest << status;
    };
    // Reporting sync: company information (read), reports, jobs.
    row(reporting, "GET"_ba, u"CompanyInformation"_s, 200);
    row(reporting, "PUT"_ba, u"CompanyInformation"_s, 403);
    row(reporting, "GET"_ba, u"Advertisers"_s, 403);
    row(reporting, "GET"_ba, u"Advertisers/1001"_s, 403);
    row(reporting, "GET"_ba, u"Reports"_s, 200);
    row(reporting, "GET"_ba, u"Reports/partner_performance_by_day/MetaData"_s, 200);
    row(reporting, "GET"_ba, u"Reports/no_such_report/MetaData"_s, 404);
    row(reporting, "GET"_ba, u"ReportExport/action_listing"_s, 200);
    row(reporting, "GET"_ba, u"ReportExport/no_such_report"_s, 404);
    row(reporting, "GET"_ba, u"Jobs/0"_s, 404);
    row(reporting, "GET"_ba, u"Jobs/0/Download"_s, 404);
    row(reporting, "POST"_ba, u"Compliance/Content"_s, 403);
    row(reporting, "GET"_ba, u"Compliance/Content/ComplianceAPISubmissions/0"_s, 403);
    row(reporting, "GET"_ba, u"Compliance/Content/ComplianceAPISubmissions/Response/0"_s, 403);
    // Compliance checker: one advertiser at a time, compliance; no company information.
    row(compliance, "GET"_ba, u"CompanyInformation"_s, 403);
    row(compliance, "GET"_ba, u"Advertisers"_s, 403);
    row(compliance, "GET"_ba, u"Advertisers/1001"_s, 200);
    row(compliance, "GET"_ba, u"Advertisers/0"_s, 404);
    row(compliance, "GET"_ba, u"Reports"_s, 403);
    row(compliance, "GET"_ba, u"ReportExport/action_listing"_s, 403);
    row(compliance, "GET"_ba, u"Jobs/0"_s, 403);
    row(compliance, "POST"_ba, u"Compliance/Content"_s, 202);
    row(compliance, "GET"_ba, u"Compliance/Content/ComplianceAPISubmissions/0"_s, 404);
    row(compliance, "GET"_ba, u"Compliance/Content/ComplianceAPISubmissions/Response/0"_s, 404);
}

void tst_ServerAccess::platform_scopedTokens()
{
    QFETCH(QString, token);
    QFETCH(QByteArray, method);
    QFETCH(QString, rest);
    QFETCH(int, status);
    const Credential credential = demoCredential(token);
    QVERIFY(!credential.authToken.isEmpty());
    const QByteArray body = method == "GET" ? QByteArray() : R"({"Url":"https://partner.example/page"})"_ba;
    const HttpResponse response = call(credential, method, rest, true, body);
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("Content-Type"), "application/json");
    QCOMPARE(response.header("Cache-Control"), "no-store");
    QVERIFY(!response.header("X-RateLimit-Remaining").isEmpty());
    if (status == 403) {
        QCOMPARE(envelopeMessage(response), u"This access token is not permitted to call %1 /Agencies/%2/%3."_s.arg(
                                                QString::fromLatin1(method), credential.accountSid, rest));
    } else if (status == 404) {
        QCOMPARE(envelopeMessage(response), u"The requested resource was not found"_s);
    } else {
        QCOMPARE(response.json().value(u"Status"_s).toString() == u"ERROR"_s, false);
        QVERIFY(!response.json().isEmpty());
    }
    // No answer carries a credential: the platform's RestAccountURL holds an advertiser's own.
    QVERIFY(!response.body.contains("RestAccount"));
    QVERIFY(!response.body.contains(credential.authToken.toUtf8()));
}

void tst_ServerAccess::platform_refusalInXml()
{
    const Credential credential = demoCredential(u"Compliance checker"_s);
    const HttpResponse refused = call(credential, "GET"_ba, u"Reports"_s, false);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.header("Content-Type"), "application/xml");
    QString root;
    QHash<QString, QString> fields = xmlFields(refused.body, &root);
    QCOMPARE(root, u"ImpactError"_s);
    QCOMPARE(fields.value(u"Status"_s), u"ERROR"_s);
    QCOMPARE(fields.value(u"Message"_s),
             u"This access token is not permitted to call GET /Agencies/%1/Reports."_s.arg(credential.accountSid));

    const HttpResponse allowed = call(credential, "GET"_ba, u"Advertisers/1002"_s, false);
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.header("Content-Type"), "application/xml");
    fields = xmlFields(allowed.body, &root);
    QVERIFY2(!fields.contains(u"<error>"_s), qPrintable(fields.value(u"<error>"_s)));
    QCOMPARE(root, u"Advertiser"_s);
    QCOMPARE(fields.value(u"Id"_s), u"1002"_s);
    QVERIFY(!fields.value(u"Name"_s).isEmpty());

    const HttpResponse missing = call(credential, "GET"_ba, u"Advertisers/0"_s, false);
    QCOMPARE(missing.status, 404);
    fields = xmlFields(missing.body, &root);
    QCOMPARE(root, u"ImpactError"_s);
    QCOMPARE(fields.value(u"Message"_s), u"The requested resource was not found"_s);
}

void tst_ServerAccess::platform_queuedWork()
{
    const Credential reporting = demoCredential(u"Reporting sync"_s);
    const HttpResponse exported = call(reporting, "GET"_ba, u"ReportExport/partner_performance_by_day"_s);
    QCOMPARE(exported.status, 200);
    QCOMPARE(exported.json().value(u"Status"_s).toString(), u"QUEUED"_s);
    const QString queuedUri = exported.json().value(u"QueuedUri"_s).toString();
    QVERIFY2(queuedUri.startsWith(u"/Agencies/%1/Jobs/"_s.arg(reporting.accountSid)), qPrintable(queuedUri));
    const QString jobRest = queuedUri.sliced(queuedUri.indexOf(u"Jobs/"_s));
    const HttpResponse job = call(reporting, "GET"_ba, jobRest);
    QCOMPARE(job.status, 200);
    QCOMPARE(job.json().value(u"Status"_s).toString(), u"COMPLETED"_s);
    const HttpResponse download = call(reporting, "GET"_ba, jobRest + u"/Download"_s);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.header("Content-Type"), "text/csv");
    QVERIFY2(download.body.startsWith("Date,Partner,"), download.body.constData());

    const Credential compliance = demoCredential(u"Compliance checker"_s);
    // The job exists, but outside this token's scopes: 403, never 200 or 404.
    QCOMPARE(call({compliance.accountSid, compliance.authToken}, "GET"_ba, jobRest).status, 403);
    const HttpResponse submitted =
        call(compliance, "POST"_ba, u"Compliance/Content"_s, true, R"({"Url":"https://partner.example"})"_ba);
    QCOMPARE(submitted.status, 202);
    const QString submissionUri = submitted.json().value(u"QueuedUri"_s).toString();
    const QString prefix = u"/Agencies/%1/"_s.arg(compliance.accountSid);
    QVERIFY2(submissionUri.startsWith(prefix + u"Compliance/Content/ComplianceAPISubmissions/"_s),
             qPrintable(submissionUri));
    const QString id = submissionUri.section(u'/', -1);
    const HttpResponse status = call(compliance, "GET"_ba, submissionUri.sliced(prefix.size()));
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json().value(u"Id"_s).toString(), id);
    const HttpResponse results =
        call(compliance, "GET"_ba, u"Compliance/Content/ComplianceAPISubmissions/Response/"_s + id);
    QCOMPARE(results.status, 200);
    QVERIFY(!results.json().value(u"Results"_s).toArray().isEmpty());
    const HttpResponse malformed = call(compliance, "POST"_ba, u"Compliance/Content"_s, true, "not json"_ba);
    QCOMPARE(malformed.status, 400);
    QVERIFY(!envelopeMessage(malformed).startsWith(u"<not"_s));
}

void tst_ServerAccess::platform_probeTable()
{
    // The probe of the shared wire spec: one cheap GET per category.
    const QList<std::pair<QString, QString>> probe{
        {u"Account"_s, u"CompanyInformation"_s},
        {u"Advertisers"_s, u"Advertisers/0"_s},
        {u"Reports"_s, u"Reports?PageSize=1"_s},
        {u"Jobs"_s, u"Jobs/0"_s},
        {u"Compliance"_s, u"Compliance/Content/ComplianceAPISubmissions/0"_s},
    };
    const QHash<QString, QList<int>> expected{
        {u"Reporting sync"_s, {200, 403, 200, 404, 403}},
        {u"Compliance checker"_s, {403, 404, 403, 403, 404}},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Credential credential = demoCredential(it.key());
        for (qsizetype i = 0; i < probe.size(); ++i) {
            const HttpResponse response = call(credential, "GET"_ba, probe.at(i).second);
            QVERIFY2(response.status == it.value().at(i),
                     qPrintable(u"%1, %2: %3"_s.arg(it.key(), probe.at(i).first).arg(response.status)));
        }
    }
    // PageSize=1 is honoured, and a bad one refused in the envelope.
    const Credential reporting = demoCredential(u"Reporting sync"_s);
    QCOMPARE(call(reporting, "GET"_ba, u"Reports?PageSize=1"_s).json()[u"Reports"_s].toArray().size(), 1);
    QCOMPARE(call(reporting, "GET"_ba, u"Reports"_s).json()[u"Reports"_s].toArray().size(), 2);
    const HttpResponse bad = call(reporting, "GET"_ba, u"Reports?PageSize=zero"_s);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json()[u"Errors"_s][0][u"Field"_s].toString(), u"PageSize"_s);
}

void tst_ServerAccess::platform_legacyTokensOnNewPaths()
{
    QCOMPARE(m_client->post(u"/api/v1/legacy-tokens/enable"_s, {}, HttpClient::bearer(m_admin)).status, 200);
    const QJsonArray tokens = m_client->legacyTokens(m_admin);
    const Credential readWrite{tokens.at(0)[u"accountSid"_s].toString(), tokens.at(0)[u"authToken"_s].toString()};
    const Credential readOnly{tokens.at(1)[u"accountSid"_s].toString(), tokens.at(1)[u"authToken"_s].toString()};
    const QList<std::pair<QString, int>> reads{{u"CompanyInformation"_s, 200}, {u"Advertisers"_s, 200},
                                               {u"Advertisers/1001"_s, 200},   {u"Reports"_s, 200},
                                               {u"Jobs/0"_s, 404},             {u"Jobs/0/Download"_s, 404},
                                               {u"Compliance/Content/ComplianceAPISubmissions/Response/0"_s, 404}};
    for (const Credential &credential : {readWrite, readOnly}) {
        for (const auto &[rest, status] : reads)
            QCOMPARE(call(credential, "GET"_ba, rest).status, status);
    }
    const QByteArray submission = R"({"Url":"https://partner.example"})"_ba;
    QCOMPARE(call(readWrite, "POST"_ba, u"Compliance/Content"_s, true, submission).status, 202);
    const HttpResponse refused = call(readOnly, "POST"_ba, u"Compliance/Content"_s, true, submission);
    QCOMPARE(refused.status, 403);
    QVERIFY2(envelopeMessage(refused).contains(u"read-only"_s), qPrintable(envelopeMessage(refused)));
    // A known path with a method it does not take: 405 with Allow, before credentials.
    const HttpResponse wrongMethod = m_client->send("DELETE"_ba, u"/Agencies/IRx/Compliance/Content"_s, {}, AcceptJson);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("Allow"), "POST");
    QVERIFY(!envelopeMessage(wrongMethod).startsWith(u"<not"_s));
}

void tst_ServerAccess::platform_wrongCredentials()
{
    const Credential reporting = demoCredential(u"Reporting sync"_s);
    const Credential compliance = demoCredential(u"Compliance checker"_s);
    const QChar last = reporting.authToken.back();
    const QString oneOff = reporting.authToken.left(31) + (last == u'x' ? u'y' : u'x');
    const QList<HttpResponse> refused{
        call({reporting.accountSid, oneOff}, "GET"_ba, u"Reports"_s),
        call({reporting.accountSid, compliance.authToken}, "GET"_ba, u"Reports"_s),
        // Genuine credentials, but another token's SID in the path.
        m_client->get(u"/Agencies/%1/Reports"_s.arg(compliance.accountSid),
                      HttpClient::basic(reporting.accountSid, reporting.authToken) + AcceptJson),
    };
    for (const HttpResponse &response : refused) {
        QCOMPARE(response.status, 401);
        QVERIFY2(envelopeMessage(response).contains(u"Unauthorized"_s), qPrintable(envelopeMessage(response)));
    }
    // A 401 even where the token would be out of scope: credentials first.
    QCOMPARE(call({compliance.accountSid, oneOff}, "GET"_ba, u"Reports"_s).status, 401);
}

void tst_ServerAccess::platform_scopeEditTakesEffect()
{
    const Credential reporting = demoCredential(u"Reporting sync"_s);
    QCOMPARE(call(reporting, "GET"_ba, u"Reports"_s).status, 200);
    QCOMPARE(call(reporting, "GET"_ba, u"Advertisers"_s).status, 403);
    const HttpResponse edited = m_client->send("PATCH"_ba, tokenPath(reporting.accountSid),
                                               R"({"scopes":["advertisers.list"]})"_ba,
                                               HttpClient::bearer(m_admin) + HttpClient::Headers{{"Content-Type"_ba, "application/json"_ba}});
    QCOMPARE(edited.status, 200);
    // Same credentials, new scopes, at once.
    QCOMPARE(call(reporting, "GET"_ba, u"Reports"_s).status, 403);
    const HttpResponse advertisers = call(reporting, "GET"_ba, u"Advertisers"_s);
    QCOMPARE(advertisers.status, 200);
    QCOMPARE(advertisers.json()[u"Advertisers"_s].toArray().size(), 2);
}

void tst_ServerAccess::platform_rateLimitPerSid()
{
    ServerProcess limited;
    QVERIFY(limited.start({u"--demo"_s, u"--rate-limit"_s, u"2"_s}));
    m_client->setBaseUrl(limited.url());
    m_admin = m_client->signIn();
    const Credential reporting = demoCredential(u"Reporting sync"_s);
    const Credential compliance = demoCredential(u"Compliance checker"_s);
    QCOMPARE(call(reporting, "GET"_ba, u"Reports"_s).header("X-RateLimit-Remaining"), "1");
    // A refusal for scope still counts: the token was genuine.
    QCOMPARE(call(reporting, "GET"_ba, u"Advertisers"_s).status, 403);
    const HttpResponse limitedAnswer = call(reporting, "GET"_ba, u"Reports"_s);
    QCOMPARE(limitedAnswer.status, 429);
    QCOMPARE(limitedAnswer.header("X-RateLimit-Remaining"), "0");
    QVERIFY(limitedAnswer.header("X-RateLimit-Reset").toInt() > 0);
    // Each token has its own Account SID, so its own window.
    QCOMPARE(call(compliance, "GET"_ba, u"Advertisers/1001"_s).status, 200);
}

void tst_ServerAccess::tokens_surviveRestart()
{
    const QJsonObject created = create(draft(u"Durable"_s, {u"jobs.status"_s})).json();
    const Credential credential{created[u"accountSid"_s].toString(), created[u"authToken"_s].toString()};
    const QJsonArray before = m_client->get(ListPath, HttpClient::bearer(m_admin)).json()[u"accessTokens"_s].toArray();
    m_server->stop();
    QVERIFY(m_server->start());
    m_client->setBaseUrl(m_server->url());
    m_admin = m_client->signIn();
    QCOMPARE(m_client->get(ListPath, HttpClient::bearer(m_admin)).json()[u"accessTokens"_s].toArray(), before);
    QCOMPARE(call(credential, "GET"_ba, u"Jobs/0"_s).status, 404);
    QCOMPARE(call(credential, "GET"_ba, u"Reports"_s).status, 403);
}

QTEST_GUILESS_MAIN(tst_ServerAccess)
#include "tst_server_access.moc"
