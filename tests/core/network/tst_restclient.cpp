// SPDX-License-Identifier: MIT
// Network policy of RestClient and PlatformApi: every fault ends in its own
// clear error. Faults come from FaultServer, a raw loopback peer.
#include "FaultServer.h"
#include "network/RestClient.h"
#include "platform/PlatformApi.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;
using Kind = HttpError::Kind;

namespace {
RestClient::Response sendAndWait(RestClient &client, const QUrl &base, const RestClient::Request &request)
{
    std::optional<RestClient::Response> out;
    QObject ctx;
    client.send(base, request, &ctx, [&](const RestClient::Response &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        return {HttpError::make(Kind::Cancelled, u"test gave up waiting"_s), 0, {}, {}};
    return *out;
}

RestClient::Request get(const QString &path = u"/api/v1/platform-rest-web-services"_s)
{
    RestClient::Request r;
    r.path = path;
    r.authorization = "Bearer secret-session-token-value";
    return r;
}
} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addressPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        QTest::newRow("https") << u"https://platform.example"_s << int(Kind::None);
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << int(Kind::None);
        QTest::newRow("http loopback 127/8") << u"http://127.1.2.3"_s << int(Kind::None);
        QTest::newRow("http localhost") << u"http://localhost:1"_s << int(Kind::None);
        QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << int(Kind::None);
        QTest::newRow("http remote") << u"http://platform.example"_s << int(Kind::InsecureAddress);
        QTest::newRow("http private lan") << u"http://192.168.1.10"_s << int(Kind::InsecureAddress);
        QTest::newRow("http localhost lookalike") << u"http://localhost.example.com"_s << int(Kind::InsecureAddress);
        QTest::newRow("ftp") << u"ftp://platform.example"_s << int(Kind::InvalidAddress);
        QTest::newRow("userinfo") << u"https://user:pw@platform.example"_s << int(Kind::InvalidAddress);
        QTest::newRow("empty") << QString() << int(Kind::InvalidAddress);
    }
    void addressPolicy()
    {
        QFETCH(QString, url);
        QFETCH(int, kind);
        QCOMPARE(int(NetworkPolicy::checkAddress(QUrl(url)).kind), kind);
    }

    void addressFromUserInput_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::newRow("host only means https") << u" platform.example "_s << u"https://platform.example"_s;
        QTest::newRow("host and port") << u"platform.example:8443"_s << u"https://platform.example:8443"_s;
        QTest::newRow("explicit http stays http") << u"http://127.0.0.1:8765"_s << u"http://127.0.0.1:8765"_s;
        QTest::newRow("https kept") << u"https://platform.example/base"_s << u"https://platform.example/base"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void addressFromUserInput()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QCOMPARE(NetworkPolicy::addressFromUserInput(typed).toString(), url);
    }

    void plainHttpRemoteRefusedBeforeSending()
    {
        RestClient client;
        const auto r = sendAndWait(client, QUrl(u"http://platform.example"_s), get());
        QCOMPARE(r.error.kind, Kind::InsecureAddress);
        QVERIFY(r.error.message.contains(u"HTTPS"_s));
        QCOMPARE(r.status, 0);
    }

    void connectionRefused()
    {
        QUrl url;
        {
            FaultServer gone;
            url = gone.url();
        } // listener closed: nothing answers on that port now
        RestClient client;
        const auto r = sendAndWait(client, url, get());
        QCOMPARE(r.error.kind, Kind::Unreachable);
        QVERIFY(r.error.isOffline());
        QVERIFY(r.error.message.contains(u"cannot be reached"_s));
    }

    void slowServerTimesOut()
    {
        FaultServer silent; // never answers
        RestClient client;
        client.setTimeout(300);
        const auto r = sendAndWait(client, silent.url(), get());
        QCOMPARE(r.error.kind, Kind::Timeout);
        QVERIFY(r.error.isOffline());
        QVERIFY(r.error.message.contains(u"in time"_s));
    }

    void internalServerError()
    {
        FaultServer server;
        server.setAnswer(FaultServer::response(500, "oops", "text/plain"));
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QCOMPARE(r.error.kind, Kind::Server);
        QCOMPARE(r.status, 500);
        QVERIFY(r.error.message.contains(u"internal error"_s));
        QVERIFY(!r.error.isOffline());
    }

#ifdef Q_OS_LINUX
    // A plain loopback exchange does not load the TLS library (a QSslSocket
    // would: OpenSSL, a few MB resident; docs/performance.md). Runs before the
    // TLS tests below, which load it.
    void plainHttpDoesNotLoadTls()
    {
        FaultServer server;
        server.setAnswer(FaultServer::response(500, "oops", "text/plain"));
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QCOMPARE(r.status, 500);
        QFile maps(u"/proc/self/maps"_s);
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY2(!mapped.contains("libssl.so"), "a plain HTTP exchange loaded OpenSSL");
        QVERIFY2(!mapped.contains("libqopensslbackend"), "a plain HTTP exchange loaded Qt's TLS backend");
    }
#endif

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("truncated") << FaultServer::response(200, R"({"legacyTokensEnabled": tr)");
        QTest::newRow("array") << FaultServer::response(200, "[1,2]");
        QTest::newRow("json as text") << FaultServer::response(200, "{}", "text/plain");
        QTest::newRow("wrong types") << FaultServer::response(
            200, R"({"legacyTokensEnabled":"yes","apiVersions":[2,3],"tokens":[]})");
        QTest::newRow("missing field") << FaultServer::response(200, R"({"apiVersions":[2,3],"tokens":[]})");
        QTest::newRow("bad token")
            << FaultServer::response(200, R"({"legacyTokensEnabled":true,"apiVersions":[3],"tokens":[{"kind":"admin"}]})");
    }
    void malformedJson()
    {
        QFETCH(QByteArray, raw);
        FaultServer server;
        server.setAnswer(raw);
        RestClient client;
        PlatformApi api(&client);
        api.setServer(server.url());
        std::optional<HttpError> error;
        api.loadState(this, [&](const HttpError &e, const ServicesState &) { error = e; });
        QTRY_VERIFY(error.has_value());
        QCOMPARE(error->kind, Kind::BadResponse);
        QVERIFY(error->message.contains(u"could not be understood"_s));
    }

    void markupInsteadOfJson_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("named");
        QTest::newRow("xml") << FaultServer::response(200, "<?xml version=\"1.0\"?><CompanyInformation/>",
                                                      "application/xml") << u"XML"_s;
        QTest::newRow("xml untyped") << FaultServer::response(200, "<CompanyInformation/>", "text/plain") << u"XML"_s;
        QTest::newRow("html") << FaultServer::response(200, "<!DOCTYPE html><html>login</html>", "text/html")
                              << u"a web page"_s;
    }
    void markupInsteadOfJson()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, named);
        FaultServer server;
        server.setAnswer(raw);
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QCOMPARE(r.error.kind, Kind::NotJson);
        QVERIFY2(r.error.message.contains(u"answered with "_s + named + u" instead of JSON"_s), qPrintable(r.error.message));
        QVERIFY(server.requests().constFirst().contains("Accept: application/json\r\n"));
    }

    void oversizedBody()
    {
        FaultServer server;
        server.setAnswer(FaultServer::response(200, "{\"pad\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}"));
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QCOMPARE(r.error.kind, Kind::TooLarge);
        QVERIFY(r.error.message.contains(u"larger"_s));
    }

    void redirectToAnotherOriginRefused()
    {
        FaultServer elsewhere;
        elsewhere.setAnswer(FaultServer::response(200, "{}"));
        FaultServer server;
        const QByteArray location = elsewhere.url().toEncoded() + "/api/v1/platform-rest-web-services";
        server.setAnswer(FaultServer::response(302, "", "text/plain", "Location: " + location + "\r\n"));
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QCOMPARE(r.error.kind, Kind::Redirect);
        QVERIFY(r.error.message.contains(u"another address"_s));
        // The reply has ended, so the refused request can no longer be under way.
        QCOMPARE(elsewhere.connections(), 0); // the credentials never left for the other origin
    }

    void sameOriginRedirectFollowed()
    {
        FaultServer server;
        // Every request gets a redirect to the same origin: followed until the cap.
        // Keep-alive, as a real server answers: a peer that closes right after each
        // answer races with Qt reusing that connection for the next request.
        server.setKeepAlive(true);
        server.setAnswer(FaultServer::response(302, "", "text/plain", "Location: /again\r\n", true));
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QCOMPARE(r.error.kind, Kind::Redirect);
        // Followed to the cap, then refused: the first request plus MaxRedirects.
        QCOMPARE(server.requests().size(), NetworkPolicy::MaxRedirects + 1);
        QVERIFY(server.requests().last().startsWith("GET /again "));
        QVERIFY(server.requests().last().contains("Authorization: Bearer"));
    }

    void sameOriginRedirectOverClosingConnections()
    {
        // The peer closes after each answer, the race that once ended the chain in
        // an empty reply with status 100: each hop is a new request of our own.
        FaultServer server;
        server.setAnswer(FaultServer::response(302, "", "text/plain", "Location: /again\r\n"));
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QCOMPARE(r.error.kind, Kind::Redirect);
        QCOMPARE(server.requests().size(), NetworkPolicy::MaxRedirects + 1);
    }

    void redirectOfAWriteIsNotTurnedIntoARead()
    {
        FaultServer server;
        server.setAnswer(FaultServer::response(302, "", "text/plain", "Location: /elsewhere\r\n"));
        RestClient client;
        RestClient::Request put = get();
        put.method = "PUT";
        put.body = QJsonObject{{u"apiVersion"_s, 3}};
        const auto r = sendAndWait(client, server.url(), put);
        QCOMPARE(r.error.kind, Kind::Redirect);
        QCOMPARE(server.requests().size(), 1);
    }

    void queryIsSentAsGiven()
    {
        FaultServer server;
        server.setAnswer(FaultServer::response(200, "{}"));
        RestClient client;
        RestClient::Request request = get(u"/Agencies/IRx/Reports"_s);
        request.query = u"PageSize=1"_s;
        const auto r = sendAndWait(client, server.url(), request);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QVERIFY(server.requests().constFirst().startsWith("GET /Agencies/IRx/Reports?PageSize=1 HTTP/1.1\r\n"));
    }

    void statusOnlyTakesAnyTwoHundred_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("array") << FaultServer::response(200, R"([{"Id":"1"}])");
        QTest::newRow("xml") << FaultServer::response(200, "<Reports/>", "application/xml");
        QTest::newRow("broken json") << FaultServer::response(200, "{\"a\":");
        QTest::newRow("empty") << FaultServer::response(200, "", "text/plain");
    }
    void statusOnlyTakesAnyTwoHundred()
    {
        QFETCH(QByteArray, raw);
        FaultServer server;
        server.setAnswer(raw);
        RestClient client;
        RestClient::Request request = get();
        request.statusOnly = true;
        const auto r = sendAndWait(client, server.url(), request);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty()); // never kept
        // Without it, the same answer is no usable answer.
        const auto strict = sendAndWait(client, server.url(), get());
        QVERIFY(!strict.error.ok());
        QCOMPARE(strict.status, 200);
        // Error answers are still read for their reason.
        server.setAnswer(FaultServer::response(500, "oops", "text/plain"));
        const auto failed = sendAndWait(client, server.url(), request);
        QCOMPARE(failed.error.kind, Kind::Server);
        QCOMPARE(failed.status, 500);
    }

    void redirectNotFollowedWhenAsked()
    {
        FaultServer server;
        server.setAnswer(FaultServer::response(302, "", "text/plain", "Location: /again\r\n"));
        RestClient client;
        RestClient::Request request = get();
        request.followRedirects = false;
        const auto r = sendAndWait(client, server.url(), request);
        QCOMPARE(r.error.kind, Kind::Redirect);
        QCOMPARE(r.status, 302);
        QCOMPARE(server.requests().size(), 1);
    }

    void patchAndCreatedAreSupported()
    {
        FaultServer server;
        server.setAnswer(FaultServer::response(201, R"({"id":"x"})"));
        RestClient client;
        RestClient::Request request = get(u"/api/v1/access-tokens/IRx"_s);
        request.method = "PATCH";
        request.body = QJsonObject{{u"name"_s, u"n"_s}};
        const auto r = sendAndWait(client, server.url(), request);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body.value(u"id"_s).toString(), u"x"_s);
        const QByteArray sent = server.requests().constFirst();
        QVERIFY(sent.startsWith("PATCH /api/v1/access-tokens/IRx HTTP/1.1\r\n"));
        QVERIFY(sent.contains("\r\nContent-Type: application/json\r\n"));
        QVERIFY(sent.endsWith("\r\n\r\n{\"name\":\"n\"}"));
    }

    void connectionClosedWithoutAnswer()
    {
        FaultServer server;
        server.setAnswer(FaultServer::CloseWithoutAnswer);
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QCOMPARE(r.error.kind, Kind::ConnectionClosed);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error.message.contains(u"closed the connection"_s));
    }

    void redirectChainEndingInClosedConnection()
    {
        // Two redirects, then the connection closes: reported as what it is.
        FaultServer server;
        server.setKeepAlive(true);
        const QByteArray redirect = FaultServer::response(302, "", "text/plain", "Location: /again\r\n", true);
        server.setAnswers({redirect, redirect, FaultServer::CloseWithoutAnswer});
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QCOMPARE(r.error.kind, Kind::ConnectionClosed);
        QVERIFY(server.requests().size() >= 3);
    }

    void interimStatusAsFinalAnswer()
    {
        FaultServer server;
        server.setAnswer("HTTP/1.1 199 Odd\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QVERIFY2(r.error.kind == Kind::BadResponse || r.error.kind == Kind::ConnectionClosed,
                 qPrintable(r.error.message));
        QVERIFY(r.status != 100);
    }

    void tlsFailureIsNotIgnored()
    {
        FaultServer plain; // speaks plain HTTP: the TLS handshake cannot succeed
        plain.setAnswer(FaultServer::response(200, "{}"));
        plain.setAnswerImmediately(true);
        RestClient client;
        QUrl url = plain.url();
        url.setScheme(u"https"_s);
        const auto r = sendAndWait(client, url, get());
        QCOMPARE(r.error.kind, Kind::Tls);
        QVERIFY(r.error.message.contains(u"secure connection"_s));
    }

    void httpsAnswerIsRead()
    {
        // A loopback TLS server whose self-signed certificate (for IP 127.0.0.1)
        // the process is told to trust: the whole exchange, handshake to body.
        QTemporaryDir dir;
        const QString key = dir.filePath(u"key.pem"_s);
        const QString cert = dir.filePath(u"cert.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                                     u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                                     u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s, key, u"-out"_s, cert});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        QFile certFile(cert);
        QFile keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey privateKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull() && !privateKey.isNull());

        const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
        auto restore = qScopeGuard([&before] { QSslConfiguration::setDefaultConfiguration(before); });
        QSslConfiguration trusting = before;
        trusting.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);

        QSslServer server;
        QSslConfiguration serving = QSslConfiguration::defaultConfiguration();
        serving.setLocalCertificate(certificate);
        serving.setPrivateKey(privateKey);
        server.setSslConfiguration(serving);
        QByteArray request;
        connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QIODevice::readyRead, socket, [&request, socket] {
                request += socket->readAll();
                if (request.contains("\r\n\r\n")) {
                    socket->write(FaultServer::response(200, R"({"CompanyName":"Secure"})"));
                    socket->disconnectFromHost();
                }
            });
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        RestClient client;
        const auto r = sendAndWait(client, QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())), get());
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(u"CompanyName"_s).toString(), u"Secure"_s);
        QVERIFY(request.startsWith("GET /api/v1/platform-rest-web-services HTTP/1.1\r\n"));
        QVERIFY(request.contains("\r\nHost: 127.0.0.1:"));
        QVERIFY(request.contains("\r\nAuthorization: Bearer secret-session-token-value\r\n"));

        // Not trusted any more: refused, nothing sent.
        QSslConfiguration::setDefaultConfiguration(before);
        request.clear();
        RestClient untrusting;
        const auto refused = sendAndWait(untrusting, QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())), get());
        QCOMPARE(refused.error.kind, Kind::Tls);
        QVERIFY(request.isEmpty());
    }

    void serverErrorCodesHaveTheirOwnMessages()
    {
        const QStringList codes{u"invalid_credentials"_s, u"too_many_attempts"_s, u"session_required"_s,
                                u"session_expired"_s, u"forbidden"_s, u"already_enabled"_s, u"not_enabled"_s,
                                u"unknown_kind"_s, u"downgrade_not_allowed"_s, u"unknown_version"_s,
                                u"read_only_token"_s, u"bad_json"_s, u"bad_content_type"_s, u"body_too_large"_s,
                                u"bad_request"_s, u"not_found"_s, u"unauthorized"_s,
                                u"internal_error"_s};
        QSet<QString> messages;
        for (const QString &code : codes) {
            const QString message = HttpError::messageForCode(code);
            QVERIFY2(!message.isEmpty(), qPrintable(code));
            messages.insert(message);
        }
        QCOMPARE(messages.size(), codes.size());
        FaultServer server;
        server.setAnswer(FaultServer::response(409, R"({"error":{"code":"already_enabled","message":"x"}})"));
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QCOMPARE(r.error.code, u"already_enabled"_s);
        QCOMPARE(r.error.message, HttpError::messageForCode(u"already_enabled"_s));
    }

    // A wait the platform names is shown in seconds up to a day; beyond that,
    // or negative, or not a number, it is no figure to show: "later".
    void rateLimitWaitIsClamped_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("an hour") << QByteArray("X-RateLimit-Limit: 24\r\nX-RateLimit-Reset: 3600\r\n") << 3600
                                 << u"The platform's request limit (24 requests an hour) is used up. Try again in 3600 s."_s;
        QTest::newRow("a day") << QByteArray("X-RateLimit-Reset: 86400\r\n") << 86400
                               << u"The platform's request limit is used up. Try again in 86400 s."_s;
        QTest::newRow("2^30") << QByteArray("X-RateLimit-Limit: 24\r\nX-RateLimit-Reset: 1073741824\r\n") << -1
                              << u"The platform's request limit (24 requests an hour) is used up. Try again later."_s;
        QTest::newRow("a day and a second") << QByteArray("X-RateLimit-Reset: 86401\r\n") << -1
                                            << u"The platform's request limit is used up. Try again later."_s;
        QTest::newRow("past int") << QByteArray("X-RateLimit-Reset: 99999999999999999999\r\n") << -1
                                  << u"The platform's request limit is used up. Try again later."_s;
        QTest::newRow("negative") << QByteArray("X-RateLimit-Limit: 24\r\nX-RateLimit-Reset: -5\r\n") << -1
                                  << u"The platform's request limit (24 requests an hour) is used up. Try again later."_s;
        QTest::newRow("not a number") << QByteArray("X-RateLimit-Reset: soon\r\n") << -1
                                      << u"The platform's request limit is used up. Try again later."_s;
        QTest::newRow("absurd reset, usable Retry-After")
            << QByteArray("X-RateLimit-Reset: 1073741824\r\nRetry-After: 120\r\n") << 120
            << u"The platform's request limit is used up. Try again in 120 s."_s;
        QTest::newRow("Retry-After as a date") << QByteArray("Retry-After: Fri, 31 Dec 2100 23:59:59 GMT\r\n") << -1
                                               << u"The platform's request limit is used up. Try again later."_s;
    }
    void rateLimitWaitIsClamped()
    {
        QFETCH(QByteArray, headers);
        QFETCH(int, seconds);
        QFETCH(QString, sentence);
        FaultServer server;
        server.setAnswer(FaultServer::response(429, "{}", "application/json", headers));
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QCOMPARE(r.error.kind, Kind::RateLimited);
        QCOMPARE(r.error.retryAfterSeconds, seconds);
        QCOMPARE(r.error.message, sentence);
    }

    void signInLockOutWithAnAbsurdWaitSaysNoFigure()
    {
        FaultServer server;
        server.setAnswer(FaultServer::response(429, R"({"error":{"code":"too_many_attempts","message":"x"}})",
                                               "application/json", "Retry-After: 1073741824\r\n"));
        RestClient client;
        const auto r = sendAndWait(client, server.url(), get());
        QCOMPARE(r.error.code, u"too_many_attempts"_s);
        QCOMPARE(r.error.retryAfterSeconds, -1);
        QCOMPARE(r.error.message, HttpError::messageForCode(u"too_many_attempts"_s));
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
