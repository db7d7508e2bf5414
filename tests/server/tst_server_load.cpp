// SPDX-License-Identifier: MIT
// Sign-in load must not stall the server: while 8 clients post sign-ins
// (random names, the real 600,000-round hash) for 6 seconds, a signed-in
// client's page-state reads stay fast. Bounded, loopback only.
#include "HttpClient.h"
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace AgencyTokens::Testing;

class tst_ServerLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInsDoNotStallOtherRequests();
};

void tst_ServerLoad::signInsDoNotStallOtherRequests()
{
    constexpr int SignInClients = 8;
    constexpr int DurationMs = 6000;
    constexpr double MaxMedianMs = 50;

    ServerProcess server;
    // The real cost, so a hash on the event loop would show.
    QVERIFY(server.start({u"--demo"_s, u"--hash-iterations"_s, u"600000"_s}));
    HttpClient setup(server.url());
    const QString session = setup.signIn();
    QVERIFY(!session.isEmpty());

    QUrl signInUrl = server.url();
    signInUrl.setPath(u"/api/v1/session"_s);
    QUrl stateUrl = server.url();
    stateUrl.setPath(u"/api/v1/platform-rest-web-services"_s);

    bool running = true;
    int inFlight = 0; // replies not finished yet, sign-ins and reads
    QMap<int, int> signInStatuses;
    // One manager each: QNetworkAccessManager queues beyond 6 connections per host.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    std::function<void(QNetworkAccessManager *)> postSignIn = [&](QNetworkAccessManager *manager) {
        if (!running)
            return;
        QNetworkRequest request(signInUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        const QString name = u"load-%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 36);
        const QByteArray body = QJsonDocument(QJsonObject{{u"username"_s, name}, {u"password"_s, u"guess"_s}})
                                    .toJson(QJsonDocument::Compact);
        QNetworkReply *reply = manager->post(request, body);
        ++inFlight;
        connect(reply, &QNetworkReply::finished, this, [&, reply, manager] {
            --inFlight;
            ++signInStatuses[reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()];
            reply->deleteLater();
            postSignIn(manager); // at once, even after a 503: a client that does not back off
        });
    };
    for (int i = 0; i < SignInClients; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        postSignIn(managers.back().get());
    }

    QList<double> latencies;
    QNetworkAccessManager reader;
    QElapsedTimer requestClock;
    std::function<void()> getState = [&] {
        if (!running)
            return;
        QNetworkRequest request(stateUrl);
        request.setRawHeader("Authorization"_ba, "Bearer " + session.toLatin1());
        requestClock.start();
        QNetworkReply *reply = reader.get(request);
        ++inFlight;
        connect(reply, &QNetworkReply::finished, this, [&, reply] {
            --inFlight;
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                latencies.append(double(requestClock.nsecsElapsed()) / 1e6);
            reply->deleteLater();
            getState();
        });
    };
    getState();

    QEventLoop loop;
    QTimer::singleShot(DurationMs, &loop, &QEventLoop::quit); // the load's length, not a wait for a condition
    loop.exec();
    running = false;
    // The last replies land before the managers go (a hash takes well under a second).
    QTRY_COMPARE_WITH_TIMEOUT(inFlight, 0, 30000);

    QVERIFY(latencies.size() > 20);
    std::sort(latencies.begin(), latencies.end());
    const double median = latencies.at(latencies.size() / 2);
    const double p95 = latencies.at(latencies.size() * 95 / 100);
    int signIns = 0;
    for (const int count : std::as_const(signInStatuses))
        signIns += count;
    qInfo("%lld page reads: median %.1f ms, 95th percentile %.1f ms, max %.1f ms",
          qlonglong(latencies.size()), median, p95, latencies.constLast());
    qInfo("%d sign-ins answered: %d x 401 (hashed), %d x 503 (busy), others %d", signIns,
          signInStatuses.value(401), signInStatuses.value(503),
          signIns - signInStatuses.value(401) - signInStatuses.value(503));
    // The hashes really ran, in parallel with the reads.
    QVERIFY(signInStatuses.value(401) >= 10);
    QVERIFY2(median < MaxMedianMs, qPrintable(u"median %1 ms"_s.arg(median)));
    QVERIFY(server.isRunning());
}

QTEST_GUILESS_MAIN(tst_ServerLoad)
#include "tst_server_load.moc"
