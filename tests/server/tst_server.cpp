// SPDX-License-Identifier: MIT
// The management API of the reference server, over loopback HTTP against the
// real binary: every call, every refusal. Each test gets a fresh server.
#include "HttpClient.h"
#include "ServerProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace AgencyTokens::Testing;

namespace {

const QString SessionPath = u"/api/v1/session"_s;
const QString StatePath = u"/api/v1/platform-rest-web-services"_s;
const QString EnablePath = u"/api/v1/legacy-tokens/enable"_s;
const QString CredentialsPath = u"/api/v1/legacy-tokens/credentials"_s;

QString resetPath(const QString &kind)
{
    return u"/api/v1/legacy-tokens/%1/reset"_s.arg(kind);
}

QString versionPath(const QString &kind)
{
    return u"/api/v1/legacy-tokens/%1/api-version"_s.arg(kind);
}

bool isIsoUtc(const QJsonValue &value)
{
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s);
    return value.isString() && iso.match(value.toString()).hasMatch();
}

} // namespace

class tst_Server : public QObject
{
    Q_OBJECT

private:
    /// A running server, a client for it, and demo sessions signed in at start.
    struct Target
    {
        std::unique_ptr<ServerProcess> server;
        std::unique_ptr<HttpClient> client;
        QString admin;
        QString viewer;
    };

    /// Signs in and returns the session token; empty on failure.
    /// The current target's admin and viewer sessions.
    QString admin() const { return m_target->admin; }
    QString viewer() const { return m_target->viewer; }
    /// Checks what every JSON error carries, and returns its code.
    static QString checkedError(const HttpResponse &response);
    bool startTarget(Target &target, const QStringList &arguments, bool enable);
    // Starting a server costs the demo's two password hashes, so tests that
    // only read share two long-lived servers; tests that need a state of
    // their own get a fresh one.
    /// The shared server where legacy tokens were never enabled.
    void usePristine() { m_target = &m_pristine; m_client = m_pristine.client.get(); }
    /// The shared server where legacy tokens are enabled.
    void useEnabled() { m_target = &m_enabled; m_client = m_enabled.client.get(); }
    /// A new server for this test alone.
    bool useFresh(const QStringList &arguments = {u"--demo"_s});

    Target m_pristine;
    Target m_enabled;
    Target m_fresh;
    Target *m_target = nullptr;
    HttpClient *m_client = nullptr;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signIn_returnsSessionUserAndAgency();
    void signIn_viewerIsStaff();
    void signIn_wrongCredentials_data();
    void signIn_wrongCredentials();
    void signIn_tooManyAttempts();
    void signIn_badRequest_data();
    void signIn_badRequest();
    void signOut_endsTheSession();
    void session_required_data();
    void session_required();
    void session_expired();

    void state_beforeEnabling();
    void state_viewerCannotManage();
    void enable_createsBothTokens();
    void enable_twice_alreadyEnabled();
    void viewer_forbidden_data();
    void viewer_forbidden();
    void notEnabled_data();
    void notEnabled();
    void credentials_returnSecretsOfBothTokens();
    void reset_replacesOnlyThatToken();
    void fingerprint_changesWithTheTokenOnly();
    void unknownKind_data();
    void unknownKind();
    void apiVersion_data();
    void apiVersion();
    void legacyApiVersion_olderTokensUpgrade();

    void envelope_data();
    void envelope();
    void notFound_data();
    void notFound();
    void methodNotAllowed_data();
    void methodNotAllowed();
};

QString tst_Server::checkedError(const HttpResponse &response)
{
    const QJsonObject error = response.json().value(u"error"_s).toObject();
    if (response.header("Content-Type") != "application/json" || response.header("Cache-Control") != "no-store"
        || error.value(u"message"_s).toString().size() < 10)
        return u"<malformed error response: %1>"_s.arg(QString::fromUtf8(response.body));
    return error.value(u"code"_s).toString();
}

bool tst_Server::startTarget(Target &target, const QStringList &arguments, bool enable)
{
    target.server = std::make_unique<ServerProcess>();
    if (!target.server->start(arguments))
        return false;
    target.client = std::make_unique<HttpClient>(target.server->url());
    m_target = &target;
    m_client = target.client.get();
    target.admin = m_client->signIn();
    target.viewer = m_client->signIn(u"viewer"_s, u"viewer-demo"_s);
    if (target.admin.isEmpty() || target.viewer.isEmpty())
        return false;
    return !enable || m_client->post(EnablePath, {}, HttpClient::bearer(target.admin)).status == 200;
}

bool tst_Server::useFresh(const QStringList &arguments)
{
    return startTarget(m_fresh, arguments, false);
}

void tst_Server::initTestCase()
{
    QVERIFY(startTarget(m_pristine, {u"--demo"_s}, false));
    QVERIFY(startTarget(m_enabled, {u"--demo"_s}, true));
}

void tst_Server::init()
{
    useEnabled();
}

void tst_Server::cleanup()
{
    m_fresh = {};
}

void tst_Server::signIn_returnsSessionUserAndAgency()
{
    usePristine();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const HttpResponse response =
        m_client->post(SessionPath, {{u"username"_s, u"admin"_s}, {u"password"_s, u"admin-demo"_s}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Type"), "application/json");
    QCOMPARE(response.header("Cache-Control"), "no-store");
    const QJsonObject body = response.json();
    QVERIFY(body.value(u"token"_s).toString().size() >= 32);
    QVERIFY(isIsoUtc(body.value(u"expiresAt"_s)));
    const QDateTime expires = QDateTime::fromString(body.value(u"expiresAt"_s).toString(), Qt::ISODate);
    // Default lifetime: 8 hours.
    QVERIFY(qAbs(before.secsTo(expires) - 8 * 3600) <= 5);
    const QJsonObject user = body.value(u"user"_s).toObject();
    QCOMPARE(user.value(u"username"_s).toString(), u"admin"_s);
    QCOMPARE(user.value(u"displayName"_s).toString(), u"Demo Admin"_s);
    QCOMPARE(user.value(u"role"_s).toString(), u"administrator"_s);
    QCOMPARE(body.value(u"agency"_s).toObject().value(u"name"_s).toString(), u"Demo Agency"_s);

    // Two sign-ins give two independent sessions.
    const QString second = m_client->signIn();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != body.value(u"token"_s).toString());
}

void tst_Server::signIn_viewerIsStaff()
{
    usePristine();
    const HttpResponse response =
        m_client->post(SessionPath, {{u"username"_s, u"viewer"_s}, {u"password"_s, u"viewer-demo"_s}});
    QCOMPARE(response.status, 200);
    const QJsonObject user = response.json().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"displayName"_s).toString(), u"Demo Viewer"_s);
    QCOMPARE(user.value(u"role"_s).toString(), u"staff"_s);
}

void tst_Server::signIn_wrongCredentials_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << u"admin"_s << u"admin-wrong"_s;
    QTest::newRow("other user's password") << u"admin"_s << u"viewer-demo"_s;
    QTest::newRow("unknown user") << u"nobody"_s << u"admin-demo"_s;
    QTest::newRow("empty password") << u"admin"_s << QString();
    QTest::newRow("username case") << u"Admin"_s << u"admin-demo"_s;
}

void tst_Server::signIn_wrongCredentials()
{
    usePristine();
    QFETCH(QString, username);
    QFETCH(QString, password);
    const HttpResponse response =
        m_client->post(SessionPath, {{u"username"_s, username}, {u"password"_s, password}});
    QCOMPARE(response.status, 401);
    QCOMPARE(checkedError(response), u"invalid_credentials"_s);
    QVERIFY(!response.json().contains(u"token"_s));
}

void tst_Server::signIn_tooManyAttempts()
{
    QVERIFY(useFresh());
    for (int attempt = 1; attempt <= 5; ++attempt) {
        const HttpResponse response =
            m_client->post(SessionPath, {{u"username"_s, u"admin"_s}, {u"password"_s, u"guess-%1"_s.arg(attempt)}});
        QCOMPARE(response.status, 401);
        QCOMPARE(checkedError(response), u"invalid_credentials"_s);
    }
    // Locked now: even the right password is refused, with a time to wait.
    const HttpResponse locked =
        m_client->post(SessionPath, {{u"username"_s, u"admin"_s}, {u"password"_s, u"admin-demo"_s}});
    QCOMPARE(locked.status, 429);
    QCOMPARE(checkedError(locked), u"too_many_attempts"_s);
    bool ok = false;
    const int retryAfter = locked.header("Retry-After").toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(retryAfter > 0 && retryAfter <= 300, locked.header("Retry-After").constData());

    // The lock is per username.
    QVERIFY(!m_client->signIn(u"viewer"_s, u"viewer-demo"_s).isEmpty());
}

void tst_Server::signIn_badRequest_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty object") << "{}"_ba;
    QTest::newRow("no password") << R"({"username":"admin"})"_ba;
    QTest::newRow("no username") << R"({"password":"admin-demo"})"_ba;
    QTest::newRow("number username") << R"({"username":1,"password":"admin-demo"})"_ba;
    QTest::newRow("null password") << R"({"username":"admin","password":null})"_ba;
    QTest::newRow("empty username") << R"({"username":"","password":"x"})"_ba;
    QTest::newRow("array body") << R"(["admin","admin-demo"])"_ba;
}

void tst_Server::signIn_badRequest()
{
    usePristine();
    QFETCH(QByteArray, body);
    const HttpResponse response =
        m_client->send("POST"_ba, SessionPath, body, {{"Content-Type"_ba, "application/json"_ba}});
    QCOMPARE(response.status, 400);
    QCOMPARE(checkedError(response), u"bad_request"_s);
}

void tst_Server::signOut_endsTheSession()
{
    const QString token = m_client->signIn();
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_client->get(StatePath, HttpClient::bearer(token)).status, 200);

    const HttpResponse signedOut = m_client->del(SessionPath, HttpClient::bearer(token));
    QCOMPARE(signedOut.status, 204);
    QVERIFY(signedOut.body.isEmpty());
    QCOMPARE(signedOut.header("Cache-Control"), "no-store");

    const HttpResponse after = m_client->get(StatePath, HttpClient::bearer(token));
    QCOMPARE(after.status, 401);
    QCOMPARE(checkedError(after), u"session_required"_s);
    const HttpResponse again = m_client->del(SessionPath, HttpClient::bearer(token));
    QCOMPARE(again.status, 401);
    QCOMPARE(checkedError(again), u"session_required"_s);
    QCOMPARE(m_client->del(SessionPath).status, 401);
}

void tst_Server::session_required_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("unknown token") << "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_ba;
    QTest::newRow("empty bearer") << "Bearer "_ba;
    QTest::newRow("basic scheme") << "Basic YWRtaW46YWRtaW4tZGVtbw=="_ba;
    QTest::newRow("garbage") << "\x01\x02 nonsense"_ba;
    QTest::newRow("huge") << "Bearer "_ba + QByteArray(4000, 'A');
}

void tst_Server::session_required()
{
    QFETCH(QByteArray, authorization);
    HttpClient::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization"_ba, authorization});
    const HttpResponse response = m_client->get(StatePath, headers);
    QCOMPARE(response.status, 401);
    QCOMPARE(checkedError(response), u"session_required"_s);
    QVERIFY(response.header("WWW-Authenticate").startsWith("Bearer"));
}

void tst_Server::session_expired()
{
    QVERIFY(useFresh({u"--demo"_s, u"--session-ttl"_s, u"1"_s}));
    const HttpResponse signedIn =
        m_client->post(SessionPath, {{u"username"_s, u"admin"_s}, {u"password"_s, u"admin-demo"_s}});
    QCOMPARE(signedIn.status, 200);
    const QString token = signedIn.json().value(u"token"_s).toString();
    const QDateTime expires = QDateTime::fromString(signedIn.json().value(u"expiresAt"_s).toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires)) <= 2);

    QTRY_COMPARE_WITH_TIMEOUT(checkedError(m_client->get(StatePath, HttpClient::bearer(token))),
                              u"session_expired"_s, 5000);
    QCOMPARE(m_client->get(StatePath, HttpClient::bearer(token)).status, 401);
    // A fresh sign-in works again.
    QVERIFY(!m_client->signIn().isEmpty());
}

void tst_Server::state_beforeEnabling()
{
    usePristine();
    const HttpResponse response = m_client->get(StatePath, HttpClient::bearer(admin()));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Cache-Control"), "no-store");
    const QJsonObject body = response.json();
    QCOMPARE(body.value(u"legacyTokensEnabled"_s), QJsonValue(false));
    QCOMPARE(body.value(u"canManage"_s), QJsonValue(true));
    QCOMPARE(body.value(u"apiVersions"_s).toArray(), (QJsonArray{2, 3}));
    QCOMPARE(body.value(u"tokens"_s).toArray(), QJsonArray());
}

void tst_Server::state_viewerCannotManage()
{
    usePristine();
    const HttpResponse response = m_client->get(StatePath, HttpClient::bearer(viewer()));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(u"canManage"_s), QJsonValue(false));
    QCOMPARE(response.json().value(u"legacyTokensEnabled"_s), QJsonValue(false));
}

void tst_Server::enable_createsBothTokens()
{
    QVERIFY(useFresh());
    const QString token = admin();
    const HttpResponse response = m_client->post(EnablePath, {}, HttpClient::bearer(token));
    QCOMPARE(response.status, 200);
    const QJsonObject body = response.json();
    QCOMPARE(body.value(u"legacyTokensEnabled"_s), QJsonValue(true));
    QCOMPARE(body.value(u"canManage"_s), QJsonValue(true));
    QCOMPARE(body.value(u"apiVersions"_s).toArray(), (QJsonArray{2, 3}));
    const QJsonArray tokens = body.value(u"tokens"_s).toArray();
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens.at(0).toObject().value(u"kind"_s).toString(), u"readWrite"_s);
    QCOMPARE(tokens.at(1).toObject().value(u"kind"_s).toString(), u"readOnly"_s);
    static const QRegularExpression sidFormat(u"^IR[A-Za-z0-9]{32}$"_s);
    for (const QJsonValue &value : tokens) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.keys(), (QStringList{u"accountSid"_s, u"apiVersion"_s, u"createdAt"_s, u"fingerprint"_s,
                                           u"kind"_s, u"lastResetAt"_s}));
        QVERIFY(sidFormat.match(item.value(u"accountSid"_s).toString()).hasMatch());
        QCOMPARE(item.value(u"apiVersion"_s).toInt(), 3);
        QVERIFY(isIsoUtc(item.value(u"createdAt"_s)));
        QVERIFY(item.value(u"lastResetAt"_s).isNull());
    }
    QVERIFY(tokens.at(0).toObject().value(u"accountSid"_s) != tokens.at(1).toObject().value(u"accountSid"_s));

    // The GET shows the same, to the viewer too (no secrets in it).
    QCOMPARE(m_client->get(StatePath, HttpClient::bearer(token)).json(), body);
    const QJsonObject viewerState = m_client->get(StatePath, HttpClient::bearer(viewer())).json();
    QCOMPARE(viewerState.value(u"tokens"_s).toArray(), tokens);
    QCOMPARE(viewerState.value(u"canManage"_s), QJsonValue(false));
}

void tst_Server::enable_twice_alreadyEnabled()
{
    // The shared server was enabled at start.
    const HttpResponse again = m_client->post(EnablePath, {}, HttpClient::bearer(admin()));
    QCOMPARE(again.status, 409);
    QCOMPARE(checkedError(again), u"already_enabled"_s);
}

void tst_Server::viewer_forbidden_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("enable") << "POST"_ba << EnablePath << QByteArray();
    QTest::newRow("credentials") << "GET"_ba << CredentialsPath << QByteArray();
    QTest::newRow("reset readWrite") << "POST"_ba << resetPath(u"readWrite"_s) << QByteArray();
    QTest::newRow("reset readOnly") << "POST"_ba << resetPath(u"readOnly"_s) << QByteArray();
    QTest::newRow("api-version") << "PUT"_ba << versionPath(u"readWrite"_s) << R"({"apiVersion":3})"_ba;
}

void tst_Server::viewer_forbidden()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    // Refused before enabling and after, so "forbidden" is not masked by state.
    for (Target *target : {&m_pristine, &m_enabled}) {
        HttpClient::Headers headers = HttpClient::bearer(target->viewer);
        headers.append({"Content-Type"_ba, "application/json"_ba});
        const HttpResponse response = target->client->send(method, path, body, headers);
        QCOMPARE(response.status, 403);
        QCOMPARE(checkedError(response), u"forbidden"_s);
        QVERIFY(!response.body.contains("authToken"));
    }
}

void tst_Server::notEnabled_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("credentials") << "GET"_ba << CredentialsPath << QByteArray();
    QTest::newRow("reset readWrite") << "POST"_ba << resetPath(u"readWrite"_s) << QByteArray();
    QTest::newRow("reset readOnly") << "POST"_ba << resetPath(u"readOnly"_s) << QByteArray();
    QTest::newRow("api-version") << "PUT"_ba << versionPath(u"readOnly"_s) << R"({"apiVersion":3})"_ba;
}

void tst_Server::notEnabled()
{
    usePristine();
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    HttpClient::Headers headers = HttpClient::bearer(admin());
    headers.append({"Content-Type"_ba, "application/json"_ba});
    const HttpResponse response = m_client->send(method, path, body, headers);
    QCOMPARE(response.status, 409);
    QCOMPARE(checkedError(response), u"not_enabled"_s);
}

void tst_Server::credentials_returnSecretsOfBothTokens()
{
    const QString token = admin();
    const QJsonArray listed = m_client->get(StatePath, HttpClient::bearer(token)).json().value(u"tokens"_s).toArray();
    const HttpResponse response = m_client->get(CredentialsPath, HttpClient::bearer(token));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Cache-Control"), "no-store");
    const QJsonArray tokens = response.json().value(u"tokens"_s).toArray();
    QCOMPARE(tokens.size(), 2);
    static const QRegularExpression tokenFormat(u"^[A-Za-z0-9._~-]{32}$"_s);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject item = tokens.at(i).toObject();
        QCOMPARE(item.keys(), (QStringList{u"accountSid"_s, u"authToken"_s, u"kind"_s}));
        QCOMPARE(item.value(u"kind"_s), listed.at(i).toObject().value(u"kind"_s));
        QCOMPARE(item.value(u"accountSid"_s), listed.at(i).toObject().value(u"accountSid"_s));
        QVERIFY(tokenFormat.match(item.value(u"authToken"_s).toString()).hasMatch());
    }
    QVERIFY(tokens.at(0).toObject().value(u"authToken"_s) != tokens.at(1).toObject().value(u"authToken"_s));
    // Reading does not change them.
    QCOMPARE(m_client->get(CredentialsPath, HttpClient::bearer(token)).json(), response.json());
}

void tst_Server::reset_replacesOnlyThatToken()
{
    QVERIFY(useFresh());
    const QString token = admin();
    QCOMPARE(m_client->post(EnablePath, {}, HttpClient::bearer(token)).status, 200);
    const QJsonArray before = m_client->get(CredentialsPath, HttpClient::bearer(token)).json().value(u"tokens"_s).toArray();

    const HttpResponse response = m_client->post(resetPath(u"readWrite"_s), {}, HttpClient::bearer(token));
    QCOMPARE(response.status, 200);
    const QJsonObject reset = response.json();
    QCOMPARE(reset.keys(),
             (QStringList{u"accountSid"_s, u"authToken"_s, u"fingerprint"_s, u"kind"_s, u"lastResetAt"_s}));
    QCOMPARE(reset.value(u"kind"_s).toString(), u"readWrite"_s);
    QCOMPARE(reset.value(u"accountSid"_s), before.at(0).toObject().value(u"accountSid"_s));
    QVERIFY(reset.value(u"authToken"_s).toString().size() == 32);
    QVERIFY(reset.value(u"authToken"_s) != before.at(0).toObject().value(u"authToken"_s));
    QVERIFY(isIsoUtc(reset.value(u"lastResetAt"_s)));

    const QJsonArray after = m_client->get(CredentialsPath, HttpClient::bearer(token)).json().value(u"tokens"_s).toArray();
    QCOMPARE(after.at(0).toObject().value(u"authToken"_s), reset.value(u"authToken"_s));
    QCOMPARE(after.at(1), before.at(1));
    const QJsonArray listed = m_client->get(StatePath, HttpClient::bearer(token)).json().value(u"tokens"_s).toArray();
    QCOMPARE(listed.at(0).toObject().value(u"lastResetAt"_s), reset.value(u"lastResetAt"_s));
    QVERIFY(listed.at(1).toObject().value(u"lastResetAt"_s).isNull());
}

void tst_Server::fingerprint_changesWithTheTokenOnly()
{
    QVERIFY(useFresh());
    const HttpClient::Headers headers = HttpClient::bearer(admin());
    QCOMPARE(m_client->post(EnablePath, {}, headers).status, 200);
    const auto fingerprints = [&] {
        QStringList out;
        const QJsonArray tokens = m_client->get(StatePath, headers).json().value(u"tokens"_s).toArray();
        for (const QJsonValue &token : tokens)
            out.append(token.toObject().value(u"fingerprint"_s).toString());
        return out;
    };
    const QStringList before = fingerprints();
    QCOMPARE(before.size(), 2);
    static const QRegularExpression format(u"^[A-Za-z0-9_-]{22}$"_s);
    for (const QString &fingerprint : before)
        QVERIFY2(format.match(fingerprint).hasMatch(), qPrintable(fingerprint));
    QVERIFY(before.at(0) != before.at(1));
    // Asked again, unchanged: a client can compare it.
    QCOMPARE(fingerprints(), before);

    // Keyed: not the token, nor a plain hash of it that anyone could check a guess against.
    const QJsonArray secrets = m_client->get(CredentialsPath, headers).json().value(u"tokens"_s).toArray();
    for (qsizetype i = 0; i < secrets.size(); ++i) {
        const QJsonObject secret = secrets.at(i).toObject();
        const QByteArray authToken = secret.value(u"authToken"_s).toString().toUtf8();
        const QByteArray sid = secret.value(u"accountSid"_s).toString().toUtf8();
        QVERIFY(!before.at(i).contains(QString::fromUtf8(authToken.first(8))));
        for (const QByteArray &message : {authToken, sid + '\0' + authToken, sid + authToken}) {
            for (const auto algorithm : {QCryptographicHash::Sha256, QCryptographicHash::Sha1, QCryptographicHash::Md5}) {
                const QByteArray plain = QCryptographicHash::hash(message, algorithm)
                                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
                QVERIFY(!plain.startsWith(before.at(i).toUtf8().first(16)));
            }
        }
    }

    // A reset changes that token's fingerprint, to the one its answer carries; the other stays.
    const QJsonObject reset = m_client->post(resetPath(u"readOnly"_s), {}, headers).json();
    const QStringList afterReset = fingerprints();
    QCOMPARE(afterReset.at(0), before.at(0));
    QVERIFY(afterReset.at(1) != before.at(1));
    QCOMPARE(reset.value(u"fingerprint"_s).toString(), afterReset.at(1));

    // A new API version keeps the Auth Token, so the fingerprint too.
    HttpClient::Headers json = headers;
    json.append({"Content-Type"_ba, "application/json"_ba});
    const QByteArray body = R"({"apiVersion":3})"_ba;
    const HttpResponse upgraded = m_client->send("PUT"_ba, versionPath(u"readWrite"_s), body, json);
    QCOMPARE(upgraded.status, 200);
    QCOMPARE(upgraded.json().value(u"fingerprint"_s).toString(), before.at(0));
    QCOMPARE(fingerprints(), afterReset);
}

void tst_Server::unknownKind_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("reset bogus") << "POST"_ba << resetPath(u"bogus"_s);
    QTest::newRow("reset wrong case") << "POST"_ba << resetPath(u"ReadWrite"_s);
    QTest::newRow("api-version bogus") << "PUT"_ba << versionPath(u"read-only"_s);
    // A kind of the contract, but not one of the legacy pair.
    QTest::newRow("reset scoped") << "POST"_ba << resetPath(u"scoped"_s);
    QTest::newRow("api-version scoped") << "PUT"_ba << versionPath(u"scoped"_s);
}

void tst_Server::unknownKind()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    HttpClient::Headers headers = HttpClient::bearer(admin());
    headers.append({"Content-Type"_ba, "application/json"_ba});
    const HttpResponse response = m_client->send(method, path, R"({"apiVersion":3})"_ba, headers);
    QCOMPARE(response.status, 404);
    QCOMPARE(checkedError(response), u"unknown_kind"_s);
}

void tst_Server::apiVersion_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("same version is a no-op") << u"readWrite"_s << R"({"apiVersion":3})"_ba << 200 << QString();
    QTest::newRow("same version, read-only") << u"readOnly"_s << R"({"apiVersion":3.0})"_ba << 200 << QString();
    QTest::newRow("downgrade") << u"readWrite"_s << R"({"apiVersion":2})"_ba << 409 << u"downgrade_not_allowed"_s;
    QTest::newRow("unknown newer") << u"readOnly"_s << R"({"apiVersion":4})"_ba << 422 << u"unknown_version"_s;
    QTest::newRow("unknown older") << u"readWrite"_s << R"({"apiVersion":1})"_ba << 422 << u"unknown_version"_s;
    QTest::newRow("string") << u"readWrite"_s << R"({"apiVersion":"3"})"_ba << 400 << u"bad_request"_s;
    QTest::newRow("fraction") << u"readWrite"_s << R"({"apiVersion":2.5})"_ba << 400 << u"bad_request"_s;
    QTest::newRow("missing") << u"readWrite"_s << R"({"version":3})"_ba << 400 << u"bad_request"_s;
    QTest::newRow("no body") << u"readWrite"_s << QByteArray() << 400 << u"bad_request"_s;
    QTest::newRow("huge number") << u"readWrite"_s << R"({"apiVersion":1e300})"_ba << 400 << u"bad_request"_s;
}

void tst_Server::apiVersion()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    HttpClient::Headers headers = HttpClient::bearer(admin());
    const QJsonArray listed = m_client->get(StatePath, headers).json().value(u"tokens"_s).toArray();
    QCOMPARE(listed.size(), 2);
    headers.append({"Content-Type"_ba, "application/json"_ba});

    const HttpResponse response = m_client->send("PUT"_ba, versionPath(kind), body, headers);
    QCOMPARE(response.status, status);
    if (status != 200) {
        QCOMPARE(checkedError(response), code);
    } else {
        // The token object, exactly as listed, without any secret.
        const int index = kind == u"readWrite"_s ? 0 : 1;
        QCOMPARE(response.json(), listed.at(index).toObject());
    }
    // Nothing changed either way.
    QCOMPARE(m_client->get(StatePath, headers).json().value(u"tokens"_s).toArray(), listed);
}

void tst_Server::legacyApiVersion_olderTokensUpgrade()
{
    // --legacy-api-version 2 emulates tokens created before version 3, so the
    // upgrade flow has something to upgrade.
    QVERIFY(useFresh({u"--demo"_s, u"--legacy-api-version"_s, u"2"_s}));
    HttpClient::Headers headers = HttpClient::bearer(admin());
    QCOMPARE(m_client->post(EnablePath, {}, headers).status, 200);
    const QJsonObject state = m_client->get(StatePath, headers).json();
    QCOMPARE(state.value(u"apiVersions"_s).toArray(), (QJsonArray{2, 3}));
    const QJsonArray tokens = state.value(u"tokens"_s).toArray();
    QCOMPARE(tokens.size(), 2);
    for (const QJsonValue &token : tokens)
        QCOMPARE(token[u"apiVersion"_s].toInt(), 2);

    // The platform answers at the token's own version when no IR-Version is sent.
    const QJsonObject readWrite =
        m_client->get(CredentialsPath, headers).json().value(u"tokens"_s).toArray().at(0).toObject();
    QCOMPARE(readWrite.value(u"kind"_s).toString(), u"readWrite"_s);
    const QString sid = readWrite.value(u"accountSid"_s).toString();
    const auto company = [&] {
        return m_client->get(u"/Agencies/%1/CompanyInformation"_s.arg(sid),
                             HttpClient::basic(sid, readWrite.value(u"authToken"_s).toString()));
    };
    const HttpResponse before = company();
    QCOMPARE(before.status, 200);
    // The platform reports no API version; the state above is where it shows.

    headers.append({"Content-Type"_ba, "application/json"_ba});
    const HttpResponse upgraded =
        m_client->send("PUT"_ba, versionPath(u"readWrite"_s), R"({"apiVersion":3})"_ba, headers);
    QCOMPARE(upgraded.status, 200);
    QCOMPARE(upgraded.json().value(u"apiVersion"_s).toInt(), 3);
    const QJsonArray after = m_client->get(StatePath, headers).json().value(u"tokens"_s).toArray();
    QCOMPARE(after.at(0)[u"apiVersion"_s].toInt(), 3);
    QCOMPARE(after.at(1)[u"apiVersion"_s].toInt(), 2);
    QCOMPARE(company().status, 200);

    // Once upgraded there is no way back.
    const HttpResponse downgrade =
        m_client->send("PUT"_ba, versionPath(u"readWrite"_s), R"({"apiVersion":2})"_ba, headers);
    QCOMPARE(downgrade.status, 409);
    QCOMPARE(checkedError(downgrade), u"downgrade_not_allowed"_s);
    QCOMPARE(m_client->get(StatePath, headers).json().value(u"tokens"_s).toArray(), after);
}

void tst_Server::envelope_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    const QByteArray json = "application/json"_ba;
    const QByteArray tooLarge = R"({"username":")"_ba + QByteArray(64 * 1024, 'a') + R"(","password":"x"})"_ba;
    QTest::newRow("session bad json") << "POST"_ba << SessionPath << json << "{\"username\":"_ba << u"bad_json"_s;
    QTest::newRow("session not json at all") << "POST"_ba << SessionPath << json << "username=admin"_ba << u"bad_json"_s;
    QTest::newRow("session form content") << "POST"_ba << SessionPath << "application/x-www-form-urlencoded"_ba
                                          << "username=admin&password=admin-demo"_ba << u"bad_content_type"_s;
    QTest::newRow("session text content") << "POST"_ba << SessionPath << "text/plain"_ba
                                          << R"({"username":"admin","password":"admin-demo"})"_ba << u"bad_content_type"_s;
    QTest::newRow("session no content type") << "POST"_ba << SessionPath << QByteArray()
                                             << R"({"username":"admin","password":"admin-demo"})"_ba
                                             << u"bad_content_type"_s;
    QTest::newRow("session too large") << "POST"_ba << SessionPath << json << tooLarge << u"body_too_large"_s;
    QTest::newRow("session empty body") << "POST"_ba << SessionPath << json << QByteArray() << u"bad_request"_s;
    QTest::newRow("api-version bad json") << "PUT"_ba << versionPath(u"readWrite"_s) << json << "{apiVersion:3}"_ba
                                          << u"bad_json"_s;
    QTest::newRow("api-version content type") << "PUT"_ba << versionPath(u"readWrite"_s) << "text/json"_ba
                                              << R"({"apiVersion":3})"_ba << u"bad_content_type"_s;
    QTest::newRow("api-version too large") << "PUT"_ba << versionPath(u"readWrite"_s) << json << tooLarge
                                           << u"body_too_large"_s;
    QTest::newRow("enable with a bad body") << "POST"_ba << EnablePath << json << "not json"_ba << u"bad_json"_s;
}

void tst_Server::envelope()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    HttpClient::Headers headers = HttpClient::bearer(admin());
    if (!contentType.isEmpty())
        headers.append({"Content-Type"_ba, contentType});
    const HttpResponse response = m_client->send(method, path, body, headers);
    QCOMPARE(response.status, 400);
    QCOMPARE(checkedError(response), code);
    // The charset parameter is fine.
    QCOMPARE(m_client->send("POST"_ba, SessionPath, R"({"username":"admin","password":"admin-demo"})"_ba,
                            {{"Content-Type"_ba, "application/json; charset=utf-8"_ba}})
                 .status,
             200);
}

void tst_Server::notFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << "GET"_ba << u"/"_s;
    QTest::newRow("unknown api") << "GET"_ba << u"/api/v1/nothing"_s;
    QTest::newRow("older api") << "POST"_ba << u"/api/v0/session"_s;
    QTest::newRow("trailing slash") << "POST"_ba << u"/api/v1/session/"_s;
    QTest::newRow("token subpath") << "GET"_ba << u"/api/v1/legacy-tokens/readWrite"_s;
    QTest::newRow("agency root") << "GET"_ba << u"/Agencies/IR0123"_s;
}

void tst_Server::notFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpResponse response = m_client->send(method, path, {}, HttpClient::bearer(admin()));
    QCOMPARE(response.status, 404);
    QCOMPARE(checkedError(response), u"not_found"_s);
}

void tst_Server::methodNotAllowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("GET session") << "GET"_ba << SessionPath << "POST, DELETE"_ba;
    QTest::newRow("PUT session") << "PUT"_ba << SessionPath << "POST, DELETE"_ba;
    QTest::newRow("POST state") << "POST"_ba << StatePath << "GET"_ba;
    QTest::newRow("DELETE state") << "DELETE"_ba << StatePath << "GET"_ba;
    QTest::newRow("GET enable") << "GET"_ba << EnablePath << "POST"_ba;
    QTest::newRow("POST credentials") << "POST"_ba << CredentialsPath << "GET"_ba;
    QTest::newRow("GET reset") << "GET"_ba << resetPath(u"readWrite"_s) << "POST"_ba;
    QTest::newRow("POST api-version") << "POST"_ba << versionPath(u"readOnly"_s) << "PUT"_ba;
    // The platform's own paths answer in its envelope: tst_server_platform.
}

void tst_Server::methodNotAllowed()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const HttpResponse response = m_client->send(method, path, {}, HttpClient::bearer(admin()));
    QCOMPARE(response.status, 405);
    QCOMPARE(checkedError(response), u"method_not_allowed"_s);
    QCOMPARE(response.header("Allow"), allow);
}

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"
