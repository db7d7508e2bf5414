// SPDX-License-Identifier: MIT
#pragma once

#include "HttpAnswerParser.h"

#include <QObject>
#include <QSslSocket>
#include <QUrl>

#include <memory>

namespace AgencyTokens {

/// One HTTP/1.1 request and its answer, on a connection of its own
/// ("Connection: close"), read through HttpAnswerParser's caps.
///
/// Why not QNetworkAccessManager: Qt 6.4's HTTP/1 reads the status line and
/// headers one byte per read(2) from an unbuffered socket, with no cap, in a
/// loop that runs while bytes arrive; nothing of it is visible before the
/// head has ended. A platform flooding the head kept a core busy past the
/// request deadline (docs/security.md). Here the socket is buffered and the
/// head is refused as soon as it passes its cap.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        None,
        Unreachable,      ///< no connection: refused, host not found, network down
        ConnectionClosed, ///< connected, but closed before a whole answer
        Tls,              ///< certificate or handshake failure (never ignored)
        TooLarge,         ///< a cap of HttpAnswerParser::Limits was passed
        Malformed,        ///< not an HTTP/1.x answer
        Cancelled,        ///< abort()
    };
    Q_ENUM(Failure)

    struct Request
    {
        QByteArray method = "GET";
        QUrl url; ///< http or https; path and query are sent as they are encoded
        QList<std::pair<QByteArray, QByteArray>> headers; ///< values may be secrets: never logged
        QByteArray body;
    };

    HttpExchange(Request request, HttpAnswerParser::Limits limits, QObject *parent = nullptr);

    /// Connects and sends; finished() follows, once.
    void start();
    /// Ends the exchange now as Cancelled (finished() is emitted before it returns).
    void abort();

    [[nodiscard]] Failure failure() const { return m_failure; }
    /// The answer as far as it was read: complete when failure() is None.
    [[nodiscard]] const HttpAnswerParser &answer() const { return m_answer; }
    [[nodiscard]] const QUrl &url() const { return m_request.url; }

Q_SIGNALS:
    void finished();

private:
    void send();
    void read();
    void onError(QAbstractSocket::SocketError error);
    void end(Failure failure);

    Request m_request;
    HttpAnswerParser m_answer;
    /// A QSslSocket for https only: making one loads the TLS library
    /// (OpenSSL, a few MB), which a plain loopback exchange does not need.
    std::unique_ptr<QTcpSocket> m_socket;
    Failure m_failure = Failure::None;
    bool m_connected = false;
    bool m_tlsFailed = false;
    bool m_ended = false;
};

} // namespace AgencyTokens
