// SPDX-License-Identifier: MIT
#pragma once

#include "auth/UserDirectory.h"
#include "http/ApiError.h"

#include <QHttpServerResponse>
#include <QJsonObject>

#include <variant>

class QHttpServer;
class QHttpServerRequest;

namespace AgencyTokens::Server {

class LegacyTokenStore;
class SessionAuthenticator;

/// The management calls on legacy tokens: read the page state, enable,
/// read credentials, reset one token, move one to a newer API version.
class LegacyTokensApi
{
public:
    LegacyTokensApi(LegacyTokenStore &tokens, const SessionAuthenticator &authenticator);

    /// Adds this API's routes, and 405 for its paths with other methods.
    void registerRoutes(QHttpServer &server);

private:
    /// A request past the shared checks: its body and its signed-in user.
    struct Admission
    {
        User user;
        QJsonObject body;
        bool hasBody = false;
    };
    enum class Need { AnyRole, Manager };

    /// Body envelope, then session, then (for Need::Manager) role.
    [[nodiscard]] std::variant<Admission, ApiError> admit(const QHttpServerRequest &request, Need need) const;

    [[nodiscard]] QHttpServerResponse state(const QHttpServerRequest &request) const;
    [[nodiscard]] QHttpServerResponse enable(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse credentials(const QHttpServerRequest &request) const;
    [[nodiscard]] QHttpServerResponse reset(const QString &kind, const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse setApiVersion(const QString &kind, const QHttpServerRequest &request);
    [[nodiscard]] QJsonObject stateBody(const User &user) const;

    LegacyTokenStore &m_tokens;
    const SessionAuthenticator &m_authenticator;
};

} // namespace AgencyTokens::Server
