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
    void setAnswer(const QByteArray &raw) { m_answer = raw; }
    /// Answer as soon as any bytes arrive, before a whole request (e.g. to a TLS hello).
    void setAnswerImmediately(bool immediate) { m_immediate = immediate; }
    /// Every request received, headers and body, as raw bytes.
    [[nodiscard]] const QList<QByteArray> &requests() const { return m_requests; }

    [[nodiscard]] static QByteArray response(int status, const QByteArray &body,
                                             const QByteArray &contentType = "application/json",
                                             const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders
            + "\r\n" + body;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (m_immediate && !m_answer.isEmpty()) {
            socket->write(m_answer);
            socket->disconnectFromHost();
            return;
        }
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        m_requests.append(buffer);
        m_buffers.remove(socket);
        if (!m_answer.isEmpty()) {
            socket->write(m_answer);
            socket->disconnectFromHost();
        }
    }

    QTcpServer m_server;
    QByteArray m_answer;
    bool m_immediate = false;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace AgencyTokens::Testing
