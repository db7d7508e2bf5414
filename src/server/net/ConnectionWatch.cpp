// SPDX-License-Identifier: MIT
#include "ConnectionWatch.h"

#include "ServerLogging.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

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
    const RequestFraming::Progress progress = m_framing.consume(bytes);
    if (progress.headerTooLong) {
        qCInfo(lcServer) << "Closing a connection whose request headers are too long";
        m_socket->abort();
        return;
    }
    requestsComplete(progress);
    rearm();
}

void ConnectionWatch::requestsComplete(const RequestFraming::Progress &progress)
{
    m_awaitingAnswers += progress.requestsCompleted;
    m_closeAfterAnswer = m_closeAfterAnswer || progress.wantsClose;
}

void ConnectionWatch::onBytesWritten()
{
    if (m_socket->bytesToWrite() > 0)
        return;
    // An answer has gone out in full. Qt answers in order, and a chunked
    // request is over once answered.
    requestsComplete(m_framing.answerSent());
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
    const Phase phase = m_framing.phase();
    if (phase == Phase::BetweenRequests && m_awaitingAnswers > 0) {
        m_timer.stop();
        return;
    }
    // A deadline starts when its phase starts and is never pushed back by more
    // bytes: a client trickling a byte a second still runs out of time.
    const std::pair<Phase, quint64> armedFor{phase, m_framing.requestNumber()};
    if (m_timer.isActive() && m_armedFor == armedFor)
        return;
    m_armedFor = armedFor;
    switch (phase) {
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
    if (m_framing.phase() != Phase::BetweenRequests) {
        // Tell a slow client why, then hang up; no keep-alive after a timeout.
        m_socket->write("HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"_ba);
        m_socket->flush();
    }
    m_socket->abort();
}

} // namespace AgencyTokens::Server
