// SPDX-License-Identifier: MIT
#pragma once

#include "auth/UserDirectory.h"
#include "http/ApiError.h"

#include <QHttpServerRequest>
#include <QJsonObject>

#include <optional>
#include <variant>

namespace AgencyTokens::Server {

class SessionStore;

/// Turns "Authorization: Bearer <session token>" into the signed-in user, or
/// into the 401/403 that refuses the call.
class SessionAuthenticator
{
public:
    SessionAuthenticator(SessionStore &sessions, UserDirectory &users);

    /// The user behind the request's session: 401 session_required for a
    /// missing or unknown token, session_expired for an old one.
    [[nodiscard]] std::variant<User, ApiError> authenticate(const QHttpServerRequest &request) const;
    /// As authenticate(), and 403 forbidden unless the role may manage tokens.
    [[nodiscard]] std::variant<User, ApiError> authenticateManager(const QHttpServerRequest &request) const;
    /// A management request past the checks every call shares: its body and its signed-in user.
    struct Admission
    {
        User user;
        QJsonObject body;
        bool hasBody = false;
    };
    enum class Need { AnyRole, Manager };
    /// Body envelope (JsonBody), then session, then (for Need::Manager) role.
    [[nodiscard]] std::variant<Admission, ApiError> admit(const QHttpServerRequest &request, Need need) const;
    /// The bearer token of \a request, if it carries a well-formed one.
    [[nodiscard]] static std::optional<QString> bearerToken(const QHttpServerRequest &request);

private:
    SessionStore &m_sessions;
    UserDirectory &m_users;
};

} // namespace AgencyTokens::Server
