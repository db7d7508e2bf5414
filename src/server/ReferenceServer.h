// SPDX-License-Identifier: MIT
#pragma once

#include "ServerOptions.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordWorkers.h"
#include "auth/SessionStore.h"
#include "auth/UserDirectory.h"
#include "management/AccessTokensApi.h"
#include "management/LegacyTokensApi.h"
#include "management/SessionApi.h"
#include "management/SessionAuthenticator.h"
#include "platform/PlatformEndpoints.h"
#include "storage/DataDirLock.h"
#include "storage/Database.h"
#include "tokens/AccessTokenStore.h"
#include "tokens/LegacyTokenStore.h"
#include "tokens/TokenCipher.h"

#include <QHttpServer>
#include <QUrl>

namespace AgencyTokens::Server {

/// The whole reference platform server: database, stores, both APIs and the
/// HTTP listener, wired together.
class ReferenceServer
{
public:
    explicit ReferenceServer(const ServerOptions &options);
    ReferenceServer(const ReferenceServer &) = delete;
    ReferenceServer &operator=(const ReferenceServer &) = delete;

    /// Opens the database, seeds the demo if asked and starts listening.
    /// On failure \a error gets a sentence for the operator.
    [[nodiscard]] bool start(QString *error);
    /// http://HOST:PORT once started, with the port actually bound.
    [[nodiscard]] QUrl url() const;

private:
    void registerRoutes();
    [[nodiscard]] bool openTokenKey(QString *error);
    [[nodiscard]] bool listen(QString *error);

    ServerOptions m_options;
    DataDirLock m_lock;
    Database m_database;
    UserDirectory m_users{m_database};
    SessionStore m_sessions;
    LoginThrottle m_throttle;
    TokenCipher m_tokenCipher;
    LegacyTokenStore m_tokens{m_database, m_tokenCipher, m_options.legacyApiVersion()};
    AccessTokenStore m_accessTokens{m_database, m_tokenCipher};
    SessionAuthenticator m_authenticator{m_sessions, m_users};
    PasswordWorkers m_passwordWorkers{m_options.limits().hashConcurrency()};
    SessionApi m_sessionApi{m_users,          m_sessions,
                            m_throttle,       m_authenticator,
                            m_passwordWorkers, m_options.limits().hashIterations()};
    LegacyTokensApi m_tokensApi{m_tokens, m_accessTokens, m_authenticator};
    AccessTokensApi m_accessTokensApi{m_accessTokens, m_authenticator};
    PlatformEndpoints m_platformEndpoints{m_tokens, m_accessTokens, m_database, m_options.rateLimit()};
    QHttpServer m_http;
    quint16 m_port = 0;
};

} // namespace AgencyTokens::Server
