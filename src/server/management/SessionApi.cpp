// SPDX-License-Identifier: MIT
#include "SessionApi.h"

#include "SessionAuthenticator.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/SessionStore.h"
#include "http/JsonBody.h"
#include "http/JsonReply.h"
#include "storage/Timestamp.h"

#include <QHttpServer>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

const QString SessionPath = u"/api/v1/session"_s;

ApiError invalidCredentials()
{
    return {ApiError::Status::Unauthorized, u"invalid_credentials"_s,
            u"The username or password is not correct."_s, {}};
}

ApiError tooManyAttempts(int retryAfter)
{
    return {ApiError::Status::TooManyRequests, u"too_many_attempts"_s,
            u"Too many failed sign-ins for this user. Try again in %1 seconds."_s.arg(retryAfter),
            {{"Retry-After"_ba, QByteArray::number(retryAfter)}}};
}

} // namespace

SessionApi::SessionApi(UserDirectory &users, SessionStore &sessions, LoginThrottle &throttle,
                       const SessionAuthenticator &authenticator)
    : m_users(users)
    , m_sessions(sessions)
    , m_throttle(throttle)
    , m_authenticator(authenticator)
{
}

void SessionApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(SessionPath, Method::Post, [this](const QHttpServerRequest &request) { return signIn(request); });
    server.route(SessionPath, Method::Delete, [this](const QHttpServerRequest &request) { return signOut(request); });
    server.route(SessionPath, Method::AnyKnown,
                 [] { return ApiError::methodNotAllowed("POST, DELETE"_ba).toResponse(); });
}

QHttpServerResponse SessionApi::signIn(const QHttpServerRequest &request)
{
    const JsonBody body = JsonBody::read(request);
    if (body.error())
        return body.error()->toResponse();
    const QJsonValue username = body.object().value(u"username"_s);
    const QJsonValue password = body.object().value(u"password"_s);
    if (body.isEmpty() || !username.isString() || username.toString().isEmpty() || !password.isString())
        return ApiError::badRequest(u"Send {\"username\": \"...\", \"password\": \"...\"} as JSON strings."_s)
            .toResponse();

    const QString name = username.toString();
    if (const int retryAfter = m_throttle.retryAfterSeconds(name); retryAfter > 0)
        return tooManyAttempts(retryAfter).toResponse();

    const std::optional<User> user = m_users.findByUsername(name);
    if (!user)
        PasswordHasher::burnVerifyTime(password.toString());
    if (!user || !PasswordHasher::verify(password.toString(), user->passwordHash)) {
        m_throttle.recordFailure(name);
        return invalidCredentials().toResponse();
    }
    m_throttle.recordSuccess(name);

    const auto session = m_sessions.create(user->id);
    if (!session)
        return ApiError::internal().toResponse();
    const QJsonObject userJson{{u"username"_s, user->username},
                               {u"displayName"_s, user->displayName},
                               {u"role"_s, roleToWire(user->role)}};
    return JsonReply::json({{u"token"_s, session->token},
                            {u"expiresAt"_s, Timestamp::toIso(session->expiresAt)},
                            {u"user"_s, userJson},
                            {u"agency"_s, QJsonObject{{u"name"_s, user->agencyName}}}});
}

QHttpServerResponse SessionApi::signOut(const QHttpServerRequest &request)
{
    const JsonBody body = JsonBody::read(request);
    if (body.error())
        return body.error()->toResponse();
    const auto identity = m_authenticator.authenticate(request);
    const auto token = SessionAuthenticator::bearerToken(request);
    if (token) // an expired session is removed too, while it is refused
        m_sessions.remove(*token);
    if (const auto *error = std::get_if<ApiError>(&identity))
        return error->toResponse();
    return JsonReply::noContent();
}

} // namespace AgencyTokens::Server
