// SPDX-License-Identifier: MIT
#include "ReplyFinisher.h"

#include "JsonReply.h"
#include "RequestHeaders.h"
#include "ServerLogging.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

// Encoded, so a path cannot forge log lines; cut, so one line stays short.
constexpr qsizetype MaxLoggedPath = 200;

// Every header this server sets. Qt 6.4 can list a response's values for a
// name but not its names, so a body-less copy needs them spelled out.
const QByteArray CopiedHeaders[] = {"Cache-Control"_ba,     "Allow"_ba,
                                    "Retry-After"_ba,       "WWW-Authenticate"_ba,
                                    "Connection"_ba,        "X-RateLimit-Limit"_ba,
                                    "X-RateLimit-Remaining"_ba, "X-RateLimit-Reset"_ba};

QHttpServerResponse withoutBody(const QHttpServerResponse &response)
{
    // A HEAD answer with a body would be read by the client as the start of
    // the next response on a kept-alive connection.
    QHttpServerResponse empty(response.mimeType(), QByteArray(), response.statusCode());
    for (const QByteArray &name : CopiedHeaders) {
        for (const QByteArray &value : response.headers(name))
            empty.addHeader(name, value);
    }
    return empty;
}

} // namespace

ReplyFinisher::ReplyFinisher(const QHttpServerRequest &request)
    : m_method(request.method())
    , m_loggedPath(request.url().path(QUrl::FullyEncoded))
    , m_close(RequestHeaders::value(request, "Connection").toLower().contains("close"))
{
    if (m_loggedPath.size() > MaxLoggedPath)
        m_loggedPath = m_loggedPath.first(MaxLoggedPath) + u"..."_s;
}

QHttpServerResponse ReplyFinisher::finish(QHttpServerResponse &&response) const
{
    JsonReply::addCommonHeaders(response);
    // The connection watch closes the socket after this answer; say so.
    if (m_close)
        response.setHeader("Connection"_ba, "close"_ba);
    // Method, encoded path and status only: never headers, query or bodies,
    // which carry passwords, session tokens and Auth Tokens.
    qCInfo(lcServerAccess).noquote() << RequestHeaders::methodName(m_method) << m_loggedPath
                                     << int(response.statusCode());
    if (m_method == QHttpServerRequest::Method::Head)
        return withoutBody(response);
    return std::move(response);
}

} // namespace AgencyTokens::Server
