// SPDX-License-Identifier: MIT
#pragma once

#include <QHttpServerResponse>

class QHttpServer;
class QHttpServerRequest;

namespace AgencyTokens::Server {

class LoginThrottle;
class SessionAuthenticator;
class SessionStore;
class UserDirectory;

/// POST and DELETE /api/v1/session: sign in with username and password for a
/// bearer session, and sign out.
class SessionApi
{
public:
    SessionApi(UserDirectory &users, SessionStore &sessions, LoginThrottle &throttle,
               const SessionAuthenticator &authenticator);

    /// Adds this API's routes, and 405 for its path with other methods.
    void registerRoutes(QHttpServer &server);

private:
    [[nodiscard]] QHttpServerResponse signIn(const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse signOut(const QHttpServerRequest &request);

    UserDirectory &m_users;
    SessionStore &m_sessions;
    LoginThrottle &m_throttle;
    const SessionAuthenticator &m_authenticator;
};

} // namespace AgencyTokens::Server
