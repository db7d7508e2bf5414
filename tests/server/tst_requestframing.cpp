// SPDX-License-Identifier: MIT
// RequestFraming: where each request on a connection ends, from raw bytes
// however TCP cuts them (the part of the server's ConnectionWatch that the
// fuzzer drives too).
#include "net/RequestFraming.h"

#include <QTest>

using namespace AgencyTokens::Server;
using Phase = RequestFraming::Phase;

namespace {
/// Feeds \a stream in pieces of \a piece bytes; sums what they did.
RequestFraming::Progress feed(RequestFraming &framing, QByteArrayView stream, qsizetype piece)
{
    RequestFraming::Progress sum;
    for (qsizetype at = 0; at < stream.size() && !sum.headerTooLong; at += piece) {
        const auto p = framing.consume(stream.sliced(at, std::min(piece, stream.size() - at)));
        sum.requestsCompleted += p.requestsCompleted;
        sum.wantsClose = sum.wantsClose || p.wantsClose;
        sum.headerTooLong = p.headerTooLong;
    }
    return sum;
}
} // namespace

class TestRequestFraming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framesRequestsHoweverCut_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("wantsClose");
        QTest::addColumn<Phase>("phase");
        QTest::newRow("get") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << 1 << false << Phase::BetweenRequests;
        QTest::newRow("post body") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello") << 1 << false
                                   << Phase::BetweenRequests;
        QTest::newRow("body missing") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhel") << 0 << false
                                      << Phase::Body;
        QTest::newRow("pipelined close")
            << QByteArray("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\nConnection: Close\r\n\r\n") << 2 << true
            << Phase::BetweenRequests;
        QTest::newRow("http/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1 << true << Phase::BetweenRequests;
        QTest::newRow("http/1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << 1
                                             << false << Phase::BetweenRequests;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
                                 << 0 << false << Phase::Body;
        QTest::newRow("negative length") << QByteArray("GET / HTTP/1.1\r\nContent-Length: -4\r\n\r\n") << 1 << false
                                         << Phase::BetweenRequests;
        QTest::newRow("headers only half") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r") << 0 << false
                                           << Phase::Header;
    }
    void framesRequestsHoweverCut()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, requests);
        QFETCH(bool, wantsClose);
        QFETCH(Phase, phase);
        for (const qsizetype piece : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), stream.size()}) {
            RequestFraming framing;
            const auto progress = feed(framing, stream, piece);
            QCOMPARE(progress.requestsCompleted, requests);
            QCOMPARE(progress.wantsClose, wantsClose);
            QVERIFY(!progress.headerTooLong);
            QCOMPARE(framing.phase(), phase);
        }
    }

    void chunkedRequestEndsWithItsAnswer()
    {
        RequestFraming framing;
        QCOMPARE(framing.consume("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n").requestsCompleted, 0);
        QCOMPARE(framing.answerSent().requestsCompleted, 1);
        QCOMPARE(framing.phase(), Phase::BetweenRequests);
        QCOMPARE(framing.answerSent().requestsCompleted, 0);
        QCOMPARE(framing.consume("GET / HTTP/1.1\r\n\r\n").requestsCompleted, 1);
        QCOMPARE(framing.requestNumber(), quint64(1));
    }

    void overlongHeadersAreCutOff()
    {
        RequestFraming framing;
        const QByteArray line = "X-Filler: " + QByteArray(1000, 'x') + "\r\n";
        QVERIFY(!framing.consume("GET / HTTP/1.1\r\n").headerTooLong);
        bool tooLong = false;
        for (int i = 0; i < 70 && !tooLong; ++i)
            tooLong = framing.consume(line).headerTooLong;
        QVERIFY(tooLong);
    }
};

QTEST_GUILESS_MAIN(TestRequestFraming)
#include "tst_requestframing.moc"
