// SPDX-License-Identifier: MIT
#pragma once

#include "ConnectionWatch.h"

#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>

namespace AgencyTokens::Server {

/// The listener handed to QHttpServer::bind(). Qt HttpServer 6.4 accepts every
/// connection and keeps it forever; this caps how many are open, answers the
/// ones over the cap with a short 503, puts a ConnectionWatch (timeouts,
/// Connection: close) on the others, and stops accepting for a moment when
/// the process is out of file descriptors instead of failing in a loop:
/// Qt 6.4 takes EMFILE from accept() for a temporary error and retries at
/// once, forever, on one core. So this accepts by itself.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(int maxConnections, const ConnectionWatch::Timeouts &timeouts, QObject *parent = nullptr);

    /// listen(), then accept with this class's own loop instead of Qt's.
    [[nodiscard]] bool startListening(const QHostAddress &address, quint16 port);
    /// Connections accepted and not yet closed.
    [[nodiscard]] int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr handle) override;
    /// Qt's own nextPendingConnection() turns Qt's accept loop back on, which
    /// spins on EMFILE: it stays off, whoever takes the connection and when.
    QTcpSocket *nextPendingConnection() override;

private:
    void refuse(qintptr handle);
    void acceptPending();
    void outOfDescriptors();
    void onConnectionClosed();
    void resume();

    const int m_maxConnections;
    const ConnectionWatch::Timeouts m_timeouts;
    int m_open = 0;
    bool m_outOfDescriptors = false;
    QTimer m_retry;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace AgencyTokens::Server
