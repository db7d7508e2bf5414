// SPDX-License-Identifier: MIT
#pragma once

#include "RequestFraming.h"

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
    static constexpr qsizetype MaxHeaderBytes = RequestFraming::MaxHeaderBytes;

    /// Must be created before Qt HttpServer connects to \a socket, so this
    /// sees each chunk of bytes before Qt's parser consumes it.
    ConnectionWatch(QTcpSocket *socket, const Timeouts &timeouts, std::function<void()> closed);
    ~ConnectionWatch() override;

private:
    using Phase = RequestFraming::Phase;

    void onReadyRead();
    void onBytesWritten();
    void consume(QByteArrayView bytes);
    void requestsComplete(const RequestFraming::Progress &progress);
    void rearm();
    void expire();
    void release();

    QTcpSocket *m_socket;
    const Timeouts m_timeouts;
    std::function<void()> m_closed;
    QTimer m_timer;
    RequestFraming m_framing;
    /// Requests read in full and not yet answered.
    int m_awaitingAnswers = 0;
    bool m_closeAfterAnswer = false;
    std::pair<Phase, quint64> m_armedFor{Phase::Header, 0};
};

} // namespace AgencyTokens::Server
