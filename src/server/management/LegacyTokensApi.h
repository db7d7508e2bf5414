// SPDX-License-Identifier: MIT
#pragma once

#include "SessionAuthenticator.h"

#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServer;
class QHttpServerRequest;

namespace AgencyTokens::Server {

class AccessTokenStore;
class LegacyTokenStore;

/// The management calls on legacy tokens: read the page state, enable,
/// read credentials, reset one token, move one to a newer API version. The
/// page state lists the scoped access tokens too (\a accessTokens).
class LegacyTokensApi
{
public:
    LegacyTokensApi(LegacyTokenStore &tokens, const AccessTokenStore &accessTokens,
                    const SessionAuthenticator &authenticator);

    /// Adds this API's routes, and 405 for its paths with other methods.
    void registerRoutes(QHttpServer &server);

private:
    [[nodiscard]] QHttpServerResponse state(const QHttpServerRequest &request) const;
    [[nodiscard]] QHttpServerResponse enable(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse credentials(const QHttpServerRequest &request) const;
    [[nodiscard]] QHttpServerResponse reset(const QString &kind, const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse setApiVersion(const QString &kind, const QHttpServerRequest &request);
    [[nodiscard]] QJsonObject stateBody(const User &user) const;

    LegacyTokenStore &m_tokens;
    const AccessTokenStore &m_accessTokens;
    const SessionAuthenticator &m_authenticator;
};

} // namespace AgencyTokens::Server
