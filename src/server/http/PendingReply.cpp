// SPDX-License-Identifier: MIT
#include "PendingReply.h"

namespace AgencyTokens::Server {

PendingReply::PendingReply(const QHttpServerRequest &request, QHttpServerResponder &&responder)
    : m_finisher(request)
    , m_responder(std::move(responder))
    , m_socket(m_responder.socket())
{
}

void PendingReply::send(QHttpServerResponse &&response)
{
    // Finished even when nobody hears it, so the access log stays complete.
    const QHttpServerResponse finished = m_finisher.finish(std::move(response));
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    finished.write(std::move(m_responder));
}

} // namespace AgencyTokens::Server
