// SPDX-License-Identifier: MIT
#include "ReferenceServer.h"

#include "ServerLogging.h"
#include "demo/DemoSeeder.h"
#include "http/JsonReply.h"
#include "http/RequestHeaders.h"

#include <QTcpServer>

#include <memory>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

ReferenceServer::ReferenceServer(const ServerOptions &options)
    : m_options(options)
    , m_sessions(m_database, options.sessionTtl())
{
}

bool ReferenceServer::start(QString *error)
{
    if (!m_database.open(m_options.dataDir(), error))
        return false;
    qCInfo(lcServer) << "Database:" << m_database.filePath();
    if (m_options.demo() && !DemoSeeder::seedIfEmpty(m_database, m_users)) {
        *error = u"Cannot seed the demo data into %1."_s.arg(m_database.filePath());
        return false;
    }
    m_sessions.purgeStale();
    registerRoutes();

    // Our own QTcpServer, so a failure to bind comes back with its reason.
    auto tcpServer = std::make_unique<QTcpServer>();
    if (!tcpServer->listen(m_options.address(), m_options.port())) {
        *error = u"Cannot listen on %1 port %2: %3"_s.arg(m_options.address().toString())
                     .arg(m_options.port())
                     .arg(tcpServer->errorString());
        return false;
    }
    m_port = tcpServer->serverPort();
    m_http.bind(tcpServer.release()); // the HTTP server takes ownership
    return true;
}

QUrl ReferenceServer::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_options.address().toString());
    url.setPort(m_port);
    return url;
}

void ReferenceServer::registerRoutes()
{
    m_sessionApi.registerRoutes(m_http);
    m_tokensApi.registerRoutes(m_http);
    m_platformApi.registerRoutes(m_http);

    m_http.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        finish(response, request);
        return std::move(response);
    });
    // Unknown paths bypass afterRequest, so they are finished here.
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QHttpServerResponse response = ApiError::notFound().toResponse();
        finish(response, request);
        response.write(std::move(responder));
    });
}

void ReferenceServer::finish(QHttpServerResponse &response, const QHttpServerRequest &request)
{
    JsonReply::addCommonHeaders(response);
    // Method, encoded path and status only: never headers, query or bodies,
    // which carry passwords, session tokens and Auth Tokens.
    // Encoded, so a path cannot forge log lines; cut, so one line stays short.
    static constexpr qsizetype MaxLoggedPath = 200;
    QString path = request.url().path(QUrl::FullyEncoded);
    if (path.size() > MaxLoggedPath)
        path = path.first(MaxLoggedPath) + u"..."_s;
    qCInfo(lcServerAccess).noquote() << RequestHeaders::methodName(request.method()) << path
                                     << int(response.statusCode());
}

} // namespace AgencyTokens::Server
