// SPDX-License-Identifier: MIT
#pragma once

#include "SessionAuthenticator.h"

#include <QHttpServerResponse>

class QHttpServer;
class QHttpServerRequest;

namespace AgencyTokens::Server {

class AccessTokenStore;

/// The management calls on scoped access tokens: the scope catalogue, list,
/// create, edit, reset and delete. They need no legacy tokens.
class AccessTokensApi
{
public:
    AccessTokensApi(AccessTokenStore &tokens, const SessionAuthenticator &authenticator);

    /// Adds this API's routes, and 405 for its paths with other methods.
    void registerRoutes(QHttpServer &server);

private:
    [[nodiscard]] QHttpServerResponse scopes(const QHttpServerRequest &request) const;
    [[nodiscard]] QHttpServerResponse list(const QHttpServerRequest &request) const;
    [[nodiscard]] QHttpServerResponse create(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse edit(const QString &id, const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse reset(const QString &id, const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse remove(const QString &id, const QHttpServerRequest &request);

    AccessTokenStore &m_tokens;
    const SessionAuthenticator &m_authenticator;
};

} // namespace AgencyTokens::Server
