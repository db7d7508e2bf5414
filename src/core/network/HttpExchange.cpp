// SPDX-License-Identifier: MIT
#include "HttpExchange.h"

#include "logging/Logging.h"

namespace AgencyTokens {

namespace {
/// Bytes taken from the socket at a time; Qt's own buffer holds at most as much.
constexpr qint64 ReadChunk = 64 * 1024;

bool isHttps(const QUrl &url)
{
    return url.scheme() == QLatin1StringView("https");
}
} // namespace

HttpExchange::HttpExchange(Request request, HttpAnswerParser::Limits limits, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_answer(limits, m_request.method == "HEAD")
    , m_socket(isHttps(m_request.url) ? std::make_unique<QSslSocket>() : std::make_unique<QTcpSocket>())
{
}

void HttpExchange::start()
{
    // Buffered, and bounded: Qt reads from the system in large pieces, and
    // stops reading while this much waits for read().
    QTcpSocket *socket = m_socket.get();
    socket->setReadBufferSize(ReadChunk);
    connect(socket, &QAbstractSocket::connected, this, [this] {
        m_connected = true;
        if (!isHttps(m_request.url))
            send();
    });
    connect(socket, &QIODevice::readyRead, this, &HttpExchange::read);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpExchange::onError);
    connect(socket, &QAbstractSocket::disconnected, this,
            [this] { onError(QAbstractSocket::RemoteHostClosedError); });

    const QUrl &url = m_request.url;
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        connect(tls, &QSslSocket::encrypted, this, &HttpExchange::send);
        connect(tls, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Recorded, never ignored: the handshake fails and the exchange ends.
            m_tlsFailed = true;
            for (const QSslError &error : errors)
                qCWarning(lcNetwork) << "TLS error:" << error.errorString();
        });
        tls->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    } else {
        socket->connectToHost(url.host(), quint16(url.port(80)));
    }
}

void HttpExchange::abort()
{
    end(Failure::Cancelled);
}

void HttpExchange::send()
{
    const QUrl &url = m_request.url;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() >= 0)
        host += ':' + QByteArray::number(url.port());

    QByteArray head = m_request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[name, value] : std::as_const(m_request.headers))
        head += name + ": " + value + "\r\n";
    const QByteArray &method = m_request.method;
    if (!m_request.body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        head += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    m_socket->write(head + m_request.body);
    head.fill('\0'); // it held the Authorization header
}

void HttpExchange::read()
{
    char buffer[ReadChunk];
    while (!m_ended && m_socket->bytesAvailable() > 0) {
        const qint64 count = m_socket->read(buffer, sizeof buffer);
        if (count <= 0)
            return;
        switch (m_answer.feed(QByteArrayView(buffer, count))) {
        case HttpAnswerParser::State::Done:
            return end(Failure::None);
        case HttpAnswerParser::State::TooLarge:
            return end(Failure::TooLarge);
        case HttpAnswerParser::State::Malformed:
            return end(Failure::Malformed);
        case HttpAnswerParser::State::Head:
        case HttpAnswerParser::State::Body:
            break;
        }
    }
}

void HttpExchange::onError(QAbstractSocket::SocketError error)
{
    if (m_ended)
        return;
    read(); // what arrived before the connection ended
    if (m_ended)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && m_answer.close() == HttpAnswerParser::State::Done)
        return end(Failure::None);
    const auto *tls = qobject_cast<const QSslSocket *>(m_socket.get());
    if (m_tlsFailed || error == QAbstractSocket::SslHandshakeFailedError
        || (tls && m_connected && !tls->isEncrypted()))
        return end(Failure::Tls);
    end(m_connected ? Failure::ConnectionClosed : Failure::Unreachable);
}

void HttpExchange::end(Failure failure)
{
    if (m_ended)
        return;
    m_ended = true;
    m_failure = failure;
    m_socket->abort();
    Q_EMIT finished();
}

} // namespace AgencyTokens
