// SPDX-License-Identifier: MIT
#include "SessionApi.h"

#include "SessionAuthenticator.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordWorkers.h"
#include "auth/SessionStore.h"
#include "http/JsonBody.h"
#include "http/JsonReply.h"
#include "http/PendingReply.h"
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

ApiError serverBusy()
{
    // Every hashing worker is taken: refusing now keeps the queue, and so the
    // wait of everyone else, bounded.
    return {ApiError::Status::ServiceUnavailable, u"server_busy"_s,
            u"The server is busy with other sign-ins. Try again in a second."_s,
            {{"Retry-After"_ba, "1"_ba}}};
}

} // namespace

SessionApi::SessionApi(UserDirectory &users, SessionStore &sessions, LoginThrottle &throttle,
                       const SessionAuthenticator &authenticator, PasswordWorkers &workers, int hashIterations)
    : m_users(users)
    , m_sessions(sessions)
    , m_throttle(throttle)
    , m_authenticator(authenticator)
    , m_workers(workers)
    , m_hashIterations(hashIterations)
{
}

void SessionApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(SessionPath, Method::Post, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        signIn(request, std::move(responder));
    });
    server.route(SessionPath, Method::Delete, [this](const QHttpServerRequest &request) { return signOut(request); });
    server.route(SessionPath, Method::AnyKnown,
                 [] { return ApiError::methodNotAllowed("POST, DELETE"_ba).toResponse(); });
}

void SessionApi::signIn(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    // Shared: std::function needs a copyable callback, and the responder is move-only.
    auto reply = std::make_shared<PendingReply>(request, std::move(responder));
    const JsonBody body = JsonBody::read(request);
    if (body.error())
        return reply->send(body.error()->toResponse());
    const QJsonValue username = body.object().value(u"username"_s);
    const QJsonValue password = body.object().value(u"password"_s);
    if (body.isEmpty() || !username.isString() || username.toString().isEmpty() || !password.isString())
        return reply->send(
            ApiError::badRequest(u"Send {\"username\": \"...\", \"password\": \"...\"} as JSON strings."_s)
                .toResponse());

    const QString name = username.toString();
    // No user has such a name; refused before the throttle, which would have to keep it.
    if (!LoginThrottle::isAcceptableUsername(name))
        return reply->send(invalidCredentials().toResponse());
    if (const int retryAfter = m_throttle.retryAfterSeconds(name); retryAfter > 0)
        return reply->send(tooManyAttempts(retryAfter).toResponse());

    // The database stays on this thread; only the hash moves to a worker.
    const std::optional<User> user = m_users.findByUsername(name);
    const QString hash = user ? user->passwordHash : QString();
    const int iterations = m_hashIterations;
    auto work = [secret = password.toString(), hash, iterations] {
        if (hash.isEmpty()) {
            PasswordHasher::burnVerifyTime(secret, iterations);
            return false;
        }
        return PasswordHasher::verify(secret, hash);
    };
    const qint64 userId = user ? user->id : 0;
    auto done = [this, reply, name, userId](bool verified) {
        reply->send(finishSignIn(name, userId, verified));
    };
    if (!m_workers.tryRun(std::move(work), std::move(done)))
        reply->send(serverBusy().toResponse());
}

QHttpServerResponse SessionApi::finishSignIn(const QString &name, qint64 userId, bool verified)
{
    if (!verified) {
        m_throttle.recordFailure(name);
        return invalidCredentials().toResponse();
    }
    m_throttle.recordSuccess(name);
    // Read again: the user may have changed while the hash ran.
    const std::optional<User> user = m_users.findById(userId);
    if (!user)
        return invalidCredentials().toResponse();
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
