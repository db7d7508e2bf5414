// SPDX-License-Identifier: MIT
#include "GuardedTcpServer.h"

#include "ServerLogging.h"

#include <QPointer>
#include <QTcpSocket>

#include <cerrno>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

// Out of descriptors and no connection of ours closes: try again after this.
constexpr std::chrono::milliseconds RetryAccept{1000};
constexpr int MaxAcceptBatch = 64;

const QByteArray BusyBody = R"({"error":{"code":"server_busy","message":"The server has too many open connections. Try again in a moment."}})"_ba;
const QByteArray BusyAnswer = "HTTP/1.1 503 Service Unavailable\r\n"
                              "Content-Type: application/json\r\n"
                              "Cache-Control: no-store\r\n"
                              "Retry-After: 1\r\n"
                              "Connection: close\r\n"
                              "Content-Length: "_ba
    + QByteArray::number(BusyBody.size()) + "\r\n\r\n"_ba + BusyBody;

} // namespace

GuardedTcpServer::GuardedTcpServer(int maxConnections, const ConnectionWatch::Timeouts &timeouts, QObject *parent)
    : QTcpServer(parent)
    , m_maxConnections(maxConnections)
    , m_timeouts(timeouts)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &GuardedTcpServer::resume);
}

bool GuardedTcpServer::startListening(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    pauseAccepting(); // Qt's accept loop stays off for good
    m_notifier = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &GuardedTcpServer::acceptPending);
    return true;
}

void GuardedTcpServer::acceptPending()
{
    // A bounded batch, so a flood of connections cannot starve the requests in progress.
    for (int batch = 0; batch < MaxAcceptBatch; ++batch) {
        const int descriptor = ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (descriptor < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM)
                outOfDescriptors();
            return; // EAGAIN: none left
        }
        incomingConnection(descriptor);
        if (hasPendingConnections()) {
            // The signal QHttpServer 6.4 listens to. It is private to QTcpServer,
            // so it is raised through the meta-object, as Qt's own loop would.
            QMetaObject::invokeMethod(this, "pendingConnectionAvailable", Qt::DirectConnection);
            // nextPendingConnection() turns Qt's accept loop back on: off again.
            pauseAccepting();
        }
    }
}

QTcpSocket *GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    pauseAccepting();
    return socket;
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    if (m_open >= m_maxConnections) {
        refuse(handle);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        ::close(int(handle));
        return;
    }
    ++m_open;
    // Before addPendingConnection: the watch must see each chunk before Qt's parser.
    // Guarded: watches outlive this server's members while its children are deleted.
    new ConnectionWatch(socket, m_timeouts, [server = QPointer(this)] {
        if (server)
            server->onConnectionClosed();
    });
    addPendingConnection(socket);
}

void GuardedTcpServer::refuse(qintptr handle)
{
    // Straight on the descriptor, without a QTcpSocket: a flood of refused
    // connections must cost neither memory nor descriptors beyond this call.
    // Best effort: the answer fits any fresh socket's send buffer.
    (void)::send(int(handle), BusyAnswer.constData(), size_t(BusyAnswer.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
    ::shutdown(int(handle), SHUT_WR);
    ::close(int(handle));
}

void GuardedTcpServer::outOfDescriptors()
{
    // The listening socket stays readable while connections wait in the
    // backlog: wait for one of ours to close, or a second, before trying again.
    m_notifier->setEnabled(false);
    if (!m_outOfDescriptors)
        qCWarning(lcServer) << "Out of file descriptors: not accepting connections until one closes";
    m_outOfDescriptors = true;
    m_retry.start(RetryAccept);
}

void GuardedTcpServer::onConnectionClosed()
{
    --m_open;
    if (m_outOfDescriptors)
        resume();
}

void GuardedTcpServer::resume()
{
    m_retry.stop();
    m_outOfDescriptors = false;
    if (m_notifier)
        m_notifier->setEnabled(true);
}

} // namespace AgencyTokens::Server
