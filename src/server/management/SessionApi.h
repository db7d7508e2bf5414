// SPDX-License-Identifier: MIT
#pragma once

#include <QHttpServerResponder>
#include <QHttpServerResponse>

class QHttpServer;
class QHttpServerRequest;

namespace AgencyTokens::Server {

class LoginThrottle;
class PasswordWorkers;
class SessionAuthenticator;
class SessionStore;
class UserDirectory;

/// POST and DELETE /api/v1/session: sign in with username and password for a
/// bearer session, and sign out. The password check runs on \a workers,
/// so the event loop keeps serving while a hash is computed.
class SessionApi
{
public:
    SessionApi(UserDirectory &users, SessionStore &sessions, LoginThrottle &throttle,
               const SessionAuthenticator &authenticator, PasswordWorkers &workers, int hashIterations);

    /// Adds this API's routes, and 405 for its path with other methods.
    void registerRoutes(QHttpServer &server);

private:
    void signIn(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    /// Back on the event loop once the hash is checked.
    [[nodiscard]] QHttpServerResponse finishSignIn(const QString &name, qint64 userId, bool verified);
    [[nodiscard]] QHttpServerResponse signOut(const QHttpServerRequest &request);

    UserDirectory &m_users;
    SessionStore &m_sessions;
    LoginThrottle &m_throttle;
    const SessionAuthenticator &m_authenticator;
    PasswordWorkers &m_workers;
    /// The cost burnt for unknown users, to match a real check.
    const int m_hashIterations;
};

} // namespace AgencyTokens::Server
