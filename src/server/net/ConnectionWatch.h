// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <utility>

class QTcpSocket;

namespace AgencyTokens::Server {

/// Watches one connection that Qt HttpServer serves, which in Qt 6.4 has no
/// timeouts of its own: follows the bytes of each request just enough to know
/// whether headers, a body or the next request are awaited, and closes the
/// connection when that takes too long. Also closes it after the answer when
/// the client asked for Connection: close (or spoke HTTP/1.0). A child of the
/// socket; \a closed runs once when the connection ends.
class ConnectionWatch : public QObject
{
public:
    struct Timeouts
    {
        std::chrono::milliseconds header;
        std::chrono::milliseconds body;
        std::chrono::milliseconds idle;
    };
    /// Requests whose headers are longer are cut off: Qt would buffer them without end.
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

    /// Must be created before Qt HttpServer connects to \a socket, so this
    /// sees each chunk of bytes before Qt's parser consumes it.
    ConnectionWatch(QTcpSocket *socket, const Timeouts &timeouts, std::function<void()> closed);
    ~ConnectionWatch() override;

private:
    enum class Phase { Header, Body, BetweenRequests };

    void onReadyRead();
    void onBytesWritten();
    void consume(QByteArrayView bytes);
    void headersComplete();
    void requestComplete();
    void rearm();
    void expire();
    void release();

    QTcpSocket *m_socket;
    const Timeouts m_timeouts;
    std::function<void()> m_closed;
    QTimer m_timer;
    Phase m_phase = Phase::Header;
    QByteArray m_head;
    /// Body bytes still to come; -1 while chunked (ends with the answer).
    qint64 m_bodyLeft = 0;
    bool m_requestWantsClose = false;
    /// Requests read in full and not yet answered.
    int m_awaitingAnswers = 0;
    bool m_closeAfterAnswer = false;
    /// Counts requests on this connection, so each gets its own deadline.
    quint64 m_request = 0;
    std::pair<Phase, quint64> m_armedFor{Phase::Header, 0};
};

} // namespace AgencyTokens::Server
