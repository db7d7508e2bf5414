// SPDX-License-Identifier: MIT
// A platform that floods the header section of its answer (one 100 MB header
// line, a million short ones) gets a clear "too large" error from the core
// client within the request deadline, and the process spends little CPU on
// it. The flood comes from header-flood-server, a process of its own, so the
// CPU time measured here (getrusage, every thread) is the client's alone.
#include "FaultServer.h"
#include "network/RestClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <sys/resource.h>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;
using Kind = HttpError::Kind;

namespace {

/// User and system CPU time of this process so far, every thread, in seconds.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

RestClient::Response sendAndWait(RestClient &client, const QUrl &base, int waitMs)
{
    std::optional<RestClient::Response> out;
    QObject ctx;
    RestClient::Request request;
    request.path = u"/api/v1/platform-rest-web-services"_s;
    client.send(base, request, &ctx, [&](const RestClient::Response &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, waitMs))
        return {HttpError::make(Kind::Cancelled, u"test gave up waiting"_s), 0, {}, {}};
    return *out;
}

/// The flood server, started with \a arguments; its address once it listens.
QUrl startFlood(QProcess &server, const QStringList &arguments)
{
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral(AT_HEADER_FLOOD_SERVER), arguments);
    if (!server.waitForStarted(10000) || !server.waitForReadyRead(10000))
        return {};
    const QByteArray line = server.readLine().trimmed();
    if (!line.startsWith("port "))
        return {};
    return QUrl(u"http://127.0.0.1:%1"_s.arg(QString::fromLatin1(line.mid(5))));
}

} // namespace

class TestRestClientHeaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void floodEndsInAnErrorWithBoundedCpu_data()
    {
        QTest::addColumn<QStringList>("flood");
        QTest::newRow("one 100 MB header line") << QStringList{u"line"_s, u"100"_s};
        QTest::newRow("a million header lines, one name") << QStringList{u"lines"_s, u"1000000"_s};
        QTest::newRow("a million header lines, each its own name") << QStringList{u"names"_s, u"1000000"_s};
    }
    void floodEndsInAnErrorWithBoundedCpu()
    {
        QFETCH(QStringList, flood);
        QProcess server;
        const QUrl url = startFlood(server, flood);
        QVERIFY2(url.isValid(), "the flood server did not start");

        RestClient client; // the real deadline: 15 s
        QCOMPARE(client.timeout(), NetworkPolicy::DefaultTimeoutMs);
        QElapsedTimer wall;
        const double cpuBefore = cpuSeconds();
        wall.start();
        // Waits well past the deadline: a client that misses it is measured, not cut off.
        const RestClient::Response r = sendAndWait(client, url, 120000);
        const double cpu = cpuSeconds() - cpuBefore;
        const qint64 elapsed = wall.elapsed();
        server.kill();
        server.waitForFinished(5000);
        qInfo("%s: %s after %lld ms wall, %.2f s CPU", qPrintable(flood.join(u' ')),
              QMetaEnum::fromType<Kind>().valueToKey(int(r.error.kind)), elapsed, cpu);

        QCOMPARE(r.error.kind, Kind::TooLarge);
        QVERIFY2(r.error.message.contains(u"larger than expected"_s), qPrintable(r.error.message));
        QCOMPARE(r.status, 0);
        // Generous for a slow, shared machine, and still far below the 15 s a
        // flood could burn before (18.6 s of CPU in the CLI).
        QVERIFY2(cpu < 4.0, qPrintable(u"%1 s of CPU"_s.arg(cpu)));
        // Refused as the cap passes, long before the deadline (15 s) that ended it before.
        QVERIFY2(elapsed < 5000, qPrintable(u"%1 ms"_s.arg(elapsed)));
    }

    // The caps leave room for any real answer, and the transport reads what
    // HTTP/1.1 servers send: interim answers, chunked bodies, folded lines.
    void realAnswersStillPass_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("body");
        QByteArray many;
        for (int i = 0; i < 95; ++i)
            many += "X-Header-" + QByteArray::number(i) + ": " + QByteArray(600, 'v') + "\r\n";
        QTest::newRow("95 headers, 57 KiB") << FaultServer::response(200, "{\"a\":1}", "application/json", many)
                                           << QByteArray("{\"a\":1}");
        QTest::newRow("interim 100 first")
            << "HTTP/1.1 100 Continue\r\n\r\n" + FaultServer::response(200, "{\"a\":2}") << QByteArray("{\"a\":2}");
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                               "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                                               "3;ext=1\r\n{\"a\r\n4\r\n\":3}\r\n0\r\nX-Trailer: t\r\n\r\n")
                                 << QByteArray("{\"a\":3}");
        QTest::newRow("read to the close, LF only")
            << QByteArray("HTTP/1.0 200 OK\nContent-Type: application/json\n\n{\"a\":4}") << QByteArray("{\"a\":4}");
    }
    void realAnswersStillPass()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, body);
        FaultServer server;
        server.setAnswer(raw);
        RestClient client;
        const RestClient::Response r = sendAndWait(client, server.url(), 10000);
        QVERIFY2(r.error.ok(), qPrintable(r.error.message));
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument(r.body).toJson(QJsonDocument::Compact), body);
    }

    void capsAreCountedAsBytesArrive_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("kind");
        QByteArray lines;
        for (int i = 0; i < 101; ++i)
            lines += "X-H: " + QByteArray::number(i) + "\r\n";
        QTest::newRow("101 header lines") << FaultServer::response(200, "{}", "application/json", lines)
                                          << int(Kind::TooLarge);
        QTest::newRow("one 65 KiB line") << FaultServer::response(200, "{}", "application/json",
                                                                 "X-H: " + QByteArray(65 * 1024, 'v') + "\r\n")
                                         << int(Kind::TooLarge);
        QByteArray interims;
        for (int i = 0; i < 200; ++i)
            interims += "HTTP/1.1 100 Continue\r\nX-H: v\r\n\r\n";
        QTest::newRow("200 interim answers") << interims + FaultServer::response(200, "{}") << int(Kind::TooLarge);
        QTest::newRow("chunk over the body cap")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "200000\r\n")
            << int(Kind::TooLarge);
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << int(Kind::BadResponse);
        QTest::newRow("bad chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << int(Kind::BadResponse);
        QTest::newRow("head cut short") << QByteArray("HTTP/1.1 200 OK\r\nContent-Ty") << int(Kind::ConnectionClosed);
    }
    void capsAreCountedAsBytesArrive()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, kind);
        FaultServer server;
        server.setAnswer(raw);
        RestClient client;
        const RestClient::Response r = sendAndWait(client, server.url(), 10000);
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(r.status, 0);
    }
};

QTEST_GUILESS_MAIN(TestRestClientHeaders)
#include "tst_restclient_headers.moc"
