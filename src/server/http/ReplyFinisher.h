// SPDX-License-Identifier: MIT
#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

namespace AgencyTokens::Server {

/// What every response goes through before it is written: the common
/// headers, no body on HEAD, and the access log line. Keeps what it needs of
/// the request, so an answer computed later (sign-in) is finished the same way.
class ReplyFinisher
{
public:
    explicit ReplyFinisher(const QHttpServerRequest &request);

    /// \a response with Cache-Control, Connection: close when asked, and for
    /// HEAD without its body (Content-Length 0); logs method, path and status.
    [[nodiscard]] QHttpServerResponse finish(QHttpServerResponse &&response) const;

private:
    QHttpServerRequest::Method m_method;
    QString m_loggedPath;
    bool m_close = false;
};

} // namespace AgencyTokens::Server
