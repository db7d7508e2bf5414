// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <utility>
#include <vector>

namespace AgencyTokens::Testing {

/// A loopback TCP relay in front of a real server (the reference server) that
/// can hold back its answers: while holding, every byte the server sends is
/// kept until release(). For an answer that arrives late, after something
/// else happened meanwhile, with the real server's real answer.
class DelayProxy : public QObject
{
public:
    explicit DelayProxy(const QUrl &upstream, QObject *parent = nullptr) : QObject(parent), m_upstream(upstream)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &DelayProxy::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    /// From now on, the server's answers wait until release().
    void hold() { m_holding = true; }
    /// Passes on what was held, and everything after it at once.
    void release()
    {
        m_holding = false;
        const auto held = std::exchange(m_held, {});
        for (const auto &[to, bytes] : held) {
            if (!to)
                continue;
            to->write(bytes);
            if (to->property("upstreamClosed").toBool())
                to->disconnectFromHost();
        }
    }
    /// Bytes of the server's answers held back now.
    [[nodiscard]] qsizetype heldBytes() const
    {
        qsizetype n = 0;
        for (const auto &held : m_held)
            n += held.second.size();
        return n;
    }
    /// Bytes that clients sent so far (requests), all connections together.
    [[nodiscard]] qsizetype requestBytes() const { return m_requestBytes; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *server = new QTcpSocket(client);
            QPointer<QTcpSocket> to(client);
            to->setProperty("upstreamClosed", false);
            connect(client, &QTcpSocket::readyRead, server, [this, client, server] {
                const QByteArray bytes = client->readAll();
                m_requestBytes += bytes.size();
                if (server->state() == QAbstractSocket::ConnectedState)
                    server->write(bytes);
                else
                    m_pending[client] += bytes;
            });
            connect(server, &QTcpSocket::connected, client, [this, client, server] {
                server->write(m_pending.take(client));
            });
            connect(server, &QTcpSocket::readyRead, client, [this, to, server] {
                const QByteArray bytes = server->readAll();
                if (m_holding)
                    m_held.emplace_back(to, bytes);
                else if (to)
                    to->write(bytes);
            });
            // A server that closes after its answer: the client's side closes once the answer is out.
            connect(server, &QTcpSocket::disconnected, client, [this, to] {
                if (!to)
                    return;
                if (std::any_of(m_held.cbegin(), m_held.cend(), [&to](const auto &h) { return h.first == to; }))
                    to->setProperty("upstreamClosed", true);
                else
                    to->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QObject::destroyed, this, [this, client] { m_pending.remove(client); });
            server->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
        }
    }

    QUrl m_upstream;
    bool m_holding = false;
    qsizetype m_requestBytes = 0;
    std::vector<std::pair<QPointer<QTcpSocket>, QByteArray>> m_held; // in arrival order
    QHash<QTcpSocket *, QByteArray> m_pending;
    QTcpServer m_server; // last, so it goes first
};

} // namespace AgencyTokens::Testing
