// SPDX-License-Identifier: MIT
#pragma once

#include "ReplyFinisher.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

namespace AgencyTokens::Server {

/// An answer to give later, when work off the event loop is done. Qt 6.4 has
/// no asynchronous responder API, but a responder may be kept: this keeps it
/// with a guard, because the client may hang up meanwhile and Qt then deletes
/// the socket the responder points to.
class PendingReply
{
public:
    PendingReply(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    /// Finishes and writes \a response; does nothing when the connection is gone.
    void send(QHttpServerResponse &&response);

private:
    ReplyFinisher m_finisher;
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
};

} // namespace AgencyTokens::Server
