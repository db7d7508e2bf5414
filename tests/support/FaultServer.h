// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace AgencyTokens::Testing {

/// A loopback HTTP peer that answers with whatever bytes a test sets, or not
/// at all: the faults the real server cannot produce on demand (500, broken
/// JSON, a huge body, a foreign redirect, silence).
class FaultServer : public QObject
{
    Q_OBJECT
public:
    explicit FaultServer(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    /// Raw bytes to answer every request with; empty means never answer.
    void setAnswer(const QByteArray &raw) { m_answers = {raw}; }
    /// One answer per request, in order; the last one repeats. An answer of
    /// CloseWithoutAnswer closes the connection as soon as the request is read.
    void setAnswers(const QList<QByteArray> &answers) { m_answers = answers; }
    /// Keep the connection open after answering (HTTP keep-alive) instead of
    /// closing it. Closing right after an answer races with a client that
    /// reuses the connection for its next request (a followed redirect).
    void setKeepAlive(bool keepAlive) { m_keepAlive = keepAlive; }
    /// Answer as soon as any bytes arrive, before a whole request (e.g. to a TLS hello).
    void setAnswerImmediately(bool immediate) { m_immediate = immediate; }
    /// Every request received, headers and body, as raw bytes.
    [[nodiscard]] const QList<QByteArray> &requests() const { return m_requests; }
    /// How many TCP connections were accepted.
    [[nodiscard]] int connections() const { return m_connections; }

    static inline const QByteArray CloseWithoutAnswer = QByteArrayLiteral("<close>");

    /// A whole HTTP/1.1 answer. With keepAlive false it says "Connection: close".
    [[nodiscard]] static QByteArray response(int status, const QByteArray &body,
                                             const QByteArray &contentType = "application/json",
                                             const QByteArray &extraHeaders = {}, bool keepAlive = false)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"
            + (keepAlive ? QByteArray() : QByteArray("Connection: close\r\n")) + extraHeaders + "\r\n" + body;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        }
    }

    [[nodiscard]] QByteArray nextAnswer() const
    {
        if (m_answers.isEmpty())
            return {};
        return m_answers.at(std::min<qsizetype>(m_requests.size() - 1, m_answers.size() - 1));
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (m_immediate && !m_answers.isEmpty()) {
            socket->write(m_answers.first());
            socket->disconnectFromHost();
            return;
        }
        // A keep-alive connection may carry several requests: answer each whole one.
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            m_requests.append(buffer.left(end + 4 + length));
            buffer.remove(0, end + 4 + length);
            const QByteArray answer = nextAnswer();
            if (answer.isEmpty())
                continue; // silence: never answer
            if (answer == CloseWithoutAnswer) {
                socket->abort();
                return;
            }
            socket->write(answer);
            if (!m_keepAlive) {
                socket->disconnectFromHost();
                return;
            }
        }
    }

    QList<QByteArray> m_answers;
    bool m_keepAlive = false;
    bool m_immediate = false;
    int m_connections = 0;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    // Last, so it goes first: its sockets are destroyed while m_buffers still exists.
    QTcpServer m_server;
};

} // namespace AgencyTokens::Testing
