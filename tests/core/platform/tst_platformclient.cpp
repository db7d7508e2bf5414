// SPDX-License-Identifier: MIT
// The client against the platform's own API as the reference server imitates
// it (documented fields, XML unless JSON is asked for, the error envelope,
// 401/403/429 with X-RateLimit-*): every answer ends in its own message, and
// none crashes, hangs or loops. What the real server cannot produce on demand
// (a malformed envelope, a 5xx) comes from FaultServer.
#include "FaultServer.h"
#include "HttpClient.h"
#include "ServerProcess.h"
#include "platform/PlatformApi.h"

#include <QJsonArray>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;
using Kind = HttpError::Kind;

namespace {
constexpr int Wait = 20000;

Credential credentialFrom(const QJsonValue &json, TokenKind kind)
{
    Credential c;
    c.kind = kind;
    c.accountSid = *AccountSid::parse(json[u"accountSid"_s].toString());
    c.authToken = *AuthToken::parse(json[u"authToken"_s].toString());
    return c;
}
} // namespace

class TestPlatformClient : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    Credential m_readWrite;
    Credential m_readOnly;
    RestClient m_client;
    PlatformApi m_api{&m_client};
    int m_sent = 0;

    std::pair<HttpError, VerifyResult> verify(const Credential &c, std::optional<int> version = std::nullopt)
    {
        std::optional<std::pair<HttpError, VerifyResult>> out;
        m_api.verify(c, version, this, [&](const HttpError &e, const VerifyResult &r) { out = {e, r}; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, Wait))
            return {HttpError::make(Kind::Cancelled, u"test gave up waiting"_s), {}};
        ++m_sent;
        return *out;
    }

    RestClient::Response send(const Credential &c, const QByteArray &method, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        RestClient::Request request;
        request.method = method;
        request.path = PlatformApi::companyInformationPath(c.accountSid);
        request.authorization = c.basicAuthorizationHeader();
        request.headers = headers;
        if (method == "PUT")
            request.body = QJsonObject{{u"Website"_s, u"https://agency.example"_s}};
        std::optional<RestClient::Response> out;
        m_client.send(m_api.apiBase(), request, this, [&](const RestClient::Response &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, Wait))
            return {HttpError::make(Kind::Cancelled, u"test gave up waiting"_s), 0, {}, {}};
        ++m_sent;
        return *out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A limit small enough to reach, large enough for the tests before it.
        QVERIFY(m_server.start({u"--demo"_s, u"--rate-limit"_s, u"24"_s}));
        HttpClient http(m_server.url());
        const QString session = http.signInAndEnable();
        QVERIFY(!session.isEmpty());
        const QJsonArray tokens = http.legacyTokens(session);
        m_readWrite = credentialFrom(tokens.at(0), TokenKind::ReadWrite);
        m_readOnly = credentialFrom(tokens.at(1), TokenKind::ReadOnly);
        m_api.setServer(m_server.url());
    }

    void verifyShowsTheCompanyName()
    {
        for (const Credential &c : {m_readWrite, m_readOnly}) {
            const auto [error, result] = verify(c);
            QVERIFY2(error.ok(), qPrintable(error.message));
            QVERIFY(result.authorized);
            QCOMPARE(result.companyName, u"Demo Agency"_s);
            QCOMPARE(result.currency, u"USD"_s);
            QVERIFY(!result.versionTried);
        }
    }

    void tryingAVersionReportsWhetherItAcceptedTheCall()
    {
        const auto [accepted, result] = verify(m_readWrite, 3);
        QVERIFY2(accepted.ok(), qPrintable(accepted.message));
        QVERIFY(result.authorized);
        QCOMPARE(result.versionTried, 3);
        QCOMPARE(result.companyName, u"Demo Agency"_s);

        const auto [refused, nothing] = verify(m_readWrite, 9);
        QCOMPARE(refused.kind, Kind::Server);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.message.contains(u"IR-Version"_s), qPrintable(refused.message)); // the platform's own words
    }

    void wrongTokenDoesNotPass()
    {
        Credential wrong = m_readWrite;
        wrong.authToken = *AuthToken::parse(u"abcdefghijklmnopqrstuvwxyz012345"_s);
        const auto [error, result] = verify(wrong);
        QVERIFY2(error.ok(), qPrintable(error.message)); // an answer, not a failure to ask
        QVERIFY(!result.authorized);
        QVERIFY(result.companyName.isEmpty());

        // Outside Verify, the same 401 is an error with its own sentence.
        const RestClient::Response r = send(wrong, "GET");
        QCOMPARE(r.error.status, 401);
        QCOMPARE(r.error.code, u"unauthorized"_s);
        QVERIFY2(r.error.message.contains(u"wrong, or it was reset"_s), qPrintable(r.error.message));
    }

    void wrongTokenAfterAGoodOneNeverPasses()
    {
        // Qt keeps credentials per host and realm and may answer a 401 challenge
        // with them: a wrong token must never pass on a good one's strength.
        Credential wrong = m_readOnly;
        wrong.authToken = *AuthToken::parse(u"zyxwvutsrqponmlkjihgfedcba987654"_s);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(verify(m_readOnly).second.authorized);
            const auto [error, result] = verify(wrong);
            QVERIFY2(error.ok(), qPrintable(error.message));
            QVERIFY2(!result.authorized, "a wrong token passed");
        }
    }

    void readOnlyWriteIsRefused()
    {
        const RestClient::Response r = send(m_readOnly, "PUT");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.error.code, u"token_forbidden"_s);
        QVERIFY2(r.error.message.contains(u"Read-Only token cannot change data"_s), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(u"read-only"_s), qPrintable(r.error.message)); // and what the platform said
        QCOMPARE(send(m_readWrite, "PUT").status, 200);
    }

    void xmlAnswerIsNamed()
    {
        // What a client that forgets Accept: application/json gets from the platform.
        const RestClient::Response r = send(m_readOnly, "GET", {{"Accept", "application/xml"}});
        QCOMPARE(r.error.kind, Kind::NotJson);
        QVERIFY2(r.error.message.contains(u"XML instead of JSON"_s), qPrintable(r.error.message));
    }

    void rateLimitSaysHowLongToWait()
    {
        // Use up the Read/Write token's window; count from the server's own header.
        RestClient::Response r = send(m_readWrite, "GET");
        QVERIFY(r.error.ok());
        const int remaining = r.rateLimit.remaining;
        QCOMPARE(r.rateLimit.limit, 24);
        QVERIFY(remaining >= 0 && remaining < 24);
        for (int i = 0; i < remaining; ++i)
            QVERIFY(send(m_readWrite, "GET").error.ok());
        const int before = m_sent;
        const auto [error, result] = verify(m_readWrite);
        QCOMPARE(m_sent, before + 1); // one request, no retry loop
        QCOMPARE(error.kind, Kind::RateLimited);
        QCOMPARE(error.status, 429);
        QVERIFY(error.retryAfterSeconds > 0 && error.retryAfterSeconds <= 3600);
        QVERIFY2(error.message.contains(u"24 requests an hour"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"Try again in %1 s"_s.arg(error.retryAfterSeconds)), qPrintable(error.message));
        QVERIFY(!result.authorized);
    }

    void signInLockOutSaysWhen()
    {
        // The management contract's lock-out: the wait comes from Retry-After.
        std::optional<HttpError> last;
        for (int i = 0; i < 7 && !(last && last->code == u"too_many_attempts"_s); ++i) {
            std::optional<HttpError> out;
            m_api.signIn(u"locked-out-user"_s, u"wrong"_s, this, [&](const HttpError &e, const SessionInfo &) { out = e; });
            QTRY_VERIFY(out.has_value());
            last = out;
        }
        QVERIFY(last);
        QCOMPARE(last->code, u"too_many_attempts"_s);
        QVERIFY(last->retryAfterSeconds > 0);
        QVERIFY2(last->message.contains(u"Try again in"_s), qPrintable(last->message));
        QVERIFY2(!last->message.contains(u"a few minutes"_s), qPrintable(last->message));
    }

    void envelopeVariants_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("envelope with field errors")
            << FaultServer::response(400, R"({"Status":"ERROR","Message":"Invalid request.","Errors":[{"Field":"Currency","Message":"Unknown currency."}]})")
            << u"The platform said: “Invalid request.; Currency: Unknown currency.”"_s;
        QTest::newRow("malformed envelope")
            << FaultServer::response(400, R"({"Status":"ERROR","Message":42,"Errors":"none"})")
            << u"not in the platform's error format"_s;
        QTest::newRow("html error page") << FaultServer::response(403, "<html><body>Forbidden</body></html>", "text/html")
                                         << u"(The answer was a web page, not JSON.)"_s;
        QTest::newRow("5xx") << FaultServer::response(503, "<html>down</html>", "text/html")
                             << u"internal error (HTTP 503)"_s;
        QTest::newRow("429 without headers") << FaultServer::response(429, "{}")
                                             << u"request limit is used up. Try again later."_s;
    }
    void envelopeVariants()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        FaultServer fault;
        fault.setAnswer(raw);
        RestClient client;
        PlatformApi api(&client);
        api.setServer(fault.url());
        std::optional<HttpError> error;
        api.verify(m_readOnly, std::nullopt, this, [&](const HttpError &e, const VerifyResult &) { error = e; });
        QTRY_VERIFY(error.has_value());
        QVERIFY2(error->message.contains(expected), qPrintable(error->message));
        QCOMPARE(fault.requests().size(), 1); // asked once, never retried
    }
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"
