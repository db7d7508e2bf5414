// SPDX-License-Identifier: MIT
#include "ConnectionWatch.h"

#include "ServerLogging.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

constexpr QByteArrayView EndOfHead = "\r\n\r\n";

/// The value of header \a name in a raw request head, lower-cased and trimmed.
QByteArray headerValue(const QList<QByteArray> &lines, QByteArrayView name)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.sliced(colon + 1).trimmed().toLower();
    }
    return {};
}

} // namespace

ConnectionWatch::ConnectionWatch(QTcpSocket *socket, const Timeouts &timeouts, std::function<void()> closed)
    : QObject(socket)
    , m_socket(socket)
    , m_timeouts(timeouts)
    , m_closed(std::move(closed))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::expire);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionWatch::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionWatch::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &ConnectionWatch::release);
    // A connection that never sends a byte is a request whose headers are late.
    rearm();
}

ConnectionWatch::~ConnectionWatch()
{
    release();
}

void ConnectionWatch::release()
{
    m_timer.stop();
    if (auto closed = std::exchange(m_closed, nullptr))
        closed();
}

void ConnectionWatch::onReadyRead()
{
    // Runs before Qt's parser (connected first), so peek() shows exactly the
    // bytes Qt has not read yet: the new ones.
    consume(m_socket->peek(m_socket->bytesAvailable()));
}

void ConnectionWatch::consume(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        switch (m_phase) {
        case Phase::BetweenRequests:
            m_phase = Phase::Header;
            ++m_request; // a new request: a new header deadline
            m_head.clear();
            break;
        case Phase::Header: {
            // Search from a little before the new bytes: the blank line may straddle two chunks.
            const qsizetype from = std::max<qsizetype>(0, m_head.size() - (EndOfHead.size() - 1));
            const qsizetype appended = std::min<qsizetype>(bytes.size(), MaxHeaderBytes + 1);
            m_head.append(bytes.first(appended));
            const qsizetype end = m_head.indexOf(EndOfHead, from);
            if (end < 0) {
                bytes = {};
                if (m_head.size() > MaxHeaderBytes) {
                    qCInfo(lcServer) << "Closing a connection whose request headers are too long";
                    m_socket->abort();
                    return;
                }
                break;
            }
            const qsizetype used = end + EndOfHead.size() - (m_head.size() - appended);
            bytes = bytes.sliced(used);
            m_head.truncate(end);
            headersComplete();
            break;
        }
        case Phase::Body:
            if (m_bodyLeft < 0) { // chunked: the answer ends it
                bytes = {};
                break;
            }
            const qsizetype taken = qsizetype(std::min<qint64>(m_bodyLeft, bytes.size()));
            m_bodyLeft -= taken;
            bytes = bytes.sliced(taken);
            if (m_bodyLeft == 0)
                requestComplete();
            break;
        }
    }
    rearm();
}

void ConnectionWatch::headersComplete()
{
    const QList<QByteArray> lines = m_head.split('\n');
    const QByteArray connection = headerValue(lines, "connection");
    const bool http10 = lines.constFirst().trimmed().endsWith("HTTP/1.0");
    m_requestWantsClose = connection.contains("close") || (http10 && !connection.contains("keep-alive"));
    const QByteArray transferEncoding = headerValue(lines, "transfer-encoding");
    bool ok = false;
    const qint64 length = headerValue(lines, "content-length").toLongLong(&ok);
    m_bodyLeft = transferEncoding.contains("chunked") ? -1 : (ok && length > 0 ? length : 0);
    m_head.clear();
    if (m_bodyLeft == 0)
        requestComplete();
    else
        m_phase = Phase::Body;
}

void ConnectionWatch::requestComplete()
{
    m_phase = Phase::BetweenRequests;
    ++m_awaitingAnswers;
    m_closeAfterAnswer = m_closeAfterAnswer || m_requestWantsClose;
}

void ConnectionWatch::onBytesWritten()
{
    if (m_socket->bytesToWrite() > 0)
        return;
    // An answer has gone out in full. Qt answers in order, and a chunked
    // request is over once answered.
    if (m_phase == Phase::Body && m_bodyLeft < 0)
        requestComplete();
    m_awaitingAnswers = 0;
    if (m_closeAfterAnswer) {
        m_socket->disconnectFromHost();
        return;
    }
    rearm();
}

void ConnectionWatch::rearm()
{
    // While a handler works (a password hash), nothing is late: it bounds itself.
    if (m_phase == Phase::BetweenRequests && m_awaitingAnswers > 0) {
        m_timer.stop();
        return;
    }
    // A deadline starts when its phase starts and is never pushed back by more
    // bytes: a client trickling a byte a second still runs out of time.
    const std::pair<Phase, quint64> armedFor{m_phase, m_request};
    if (m_timer.isActive() && m_armedFor == armedFor)
        return;
    m_armedFor = armedFor;
    switch (m_phase) {
    case Phase::Header:
        m_timer.start(m_timeouts.header);
        break;
    case Phase::Body:
        m_timer.start(m_timeouts.body);
        break;
    case Phase::BetweenRequests:
        m_timer.start(m_timeouts.idle);
        break;
    }
}

void ConnectionWatch::expire()
{
    if (m_phase != Phase::BetweenRequests) {
        // Tell a slow client why, then hang up; no keep-alive after a timeout.
        m_socket->write("HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"_ba);
        m_socket->flush();
    }
    m_socket->abort();
}

} // namespace AgencyTokens::Server
