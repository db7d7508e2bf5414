// SPDX-License-Identifier: MIT
#include "ReferenceServer.h"

#include "ServerLogging.h"
#include "demo/DemoSeeder.h"
#include "http/ApiError.h"
#include "http/ReplyFinisher.h"
#include "net/GuardedTcpServer.h"

#include <QDir>

#include <memory>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

ReferenceServer::ReferenceServer(const ServerOptions &options)
    : m_options(options)
    , m_sessions(m_database, options.sessionTtl())
{
}

bool ReferenceServer::start(QString *error)
{
    // The lock before the database: a second server must not even open it.
    if (!Database::ensureDirectory(m_options.dataDir(), error) || !m_lock.acquire(m_options.dataDir(), error))
        return false;
    if (!m_database.open(m_options.dataDir(), error))
        return false;
    qCInfo(lcServer) << "Database:" << m_database.filePath();
    if (!openTokenKey(error))
        return false;
    if (m_options.demo() && !DemoSeeder::seedIfEmpty(m_database, m_users, m_accessTokens)) {
        *error = u"Cannot seed the demo data into %1."_s.arg(m_database.filePath());
        return false;
    }
    m_sessions.purgeStale();
    registerRoutes();

    return listen(error);
}

bool ReferenceServer::openTokenKey(QString *error)
{
    const QString keyFile = m_options.limits().tokenKeyFile().isEmpty()
        ? QDir(m_options.dataDir()).absoluteFilePath(u"token.key"_s)
        : m_options.limits().tokenKeyFile();
    // A new key is only right while no token depends on the old one.
    const bool tokensStored = m_tokens.hasEncryptedTokens() || m_accessTokens.hasTokens();
    if (!m_tokenCipher.open(keyFile, !tokensStored, error))
        return false;
    if (!m_tokens.encryptClearTokens()) {
        *error = u"Cannot encrypt the Auth Tokens in %1."_s.arg(m_database.filePath());
        return false;
    }
    return true;
}

bool ReferenceServer::listen(QString *error)
{
    const ServerLimits &limits = m_options.limits();
    if (limits.maxOpenFiles() > 0) {
        rlimit files{};
        getrlimit(RLIMIT_NOFILE, &files);
        files.rlim_cur = std::min<rlim_t>(rlim_t(limits.maxOpenFiles()), files.rlim_max);
        if (setrlimit(RLIMIT_NOFILE, &files) != 0)
            qCWarning(lcServer) << "Cannot lower the open file limit to" << limits.maxOpenFiles();
    }
    // Our own listener: a failure to bind comes back with its reason, and
    // connections get the caps and timeouts Qt HttpServer 6.4 lacks.
    auto tcpServer = std::make_unique<GuardedTcpServer>(
        limits.maxConnections(),
        ConnectionWatch::Timeouts{limits.headerTimeout(), limits.bodyTimeout(), limits.idleTimeout()});
    if (!tcpServer->startListening(m_options.address(), m_options.port())) {
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
    m_accessTokensApi.registerRoutes(m_http);
    m_platformEndpoints.registerRoutes(m_http);

    m_http.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        return ReplyFinisher(request).finish(std::move(response));
    });
    // Unknown paths bypass afterRequest, so they are finished here.
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        ReplyFinisher(request).finish(ApiError::notFound().toResponse()).write(std::move(responder));
    });
}

} // namespace AgencyTokens::Server
