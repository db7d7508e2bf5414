// SPDX-License-Identifier: MIT
#include "SessionAuthenticator.h"

#include "auth/SessionStore.h"
#include "http/JsonBody.h"
#include "http/RequestHeaders.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {
// Our tokens are 43 characters; anything far longer is not one of ours.
constexpr qsizetype MaxBearerLength = 512;
} // namespace

SessionAuthenticator::SessionAuthenticator(SessionStore &sessions, UserDirectory &users)
    : m_sessions(sessions)
    , m_users(users)
{
}

std::optional<QString> SessionAuthenticator::bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = RequestHeaders::value(request, "Authorization");
    static constexpr QByteArrayView Scheme = "bearer ";
    if (header.size() <= Scheme.size() || header.size() > MaxBearerLength
        || !header.first(Scheme.size()).toLower().startsWith(Scheme))
        return std::nullopt;
    const QByteArray token = header.sliced(Scheme.size()).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    return QString::fromLatin1(token);
}

std::variant<User, ApiError> SessionAuthenticator::authenticate(const QHttpServerRequest &request) const
{
    const auto token = bearerToken(request);
    if (!token)
        return ApiError::sessionRequired();
    const SessionStore::Lookup lookup = m_sessions.find(*token);
    switch (lookup.status) {
    case SessionStore::Lookup::Status::Unknown:
        return ApiError::sessionRequired();
    case SessionStore::Lookup::Status::Expired:
        return ApiError::sessionExpired();
    case SessionStore::Lookup::Status::Valid:
        break;
    }
    auto user = m_users.findById(lookup.userId);
    if (!user)
        return ApiError::sessionRequired();
    return *user;
}

std::variant<User, ApiError> SessionAuthenticator::authenticateManager(const QHttpServerRequest &request) const
{
    auto result = authenticate(request);
    if (const User *user = std::get_if<User>(&result); user && !canManageTokens(user->role))
        return ApiError::forbidden();
    return result;
}

std::variant<SessionAuthenticator::Admission, ApiError> SessionAuthenticator::admit(const QHttpServerRequest &request,
                                                                                   Need need) const
{
    const JsonBody body = JsonBody::read(request);
    if (body.error())
        return *body.error();
    auto identity = need == Need::Manager ? authenticateManager(request) : authenticate(request);
    if (auto *error = std::get_if<ApiError>(&identity))
        return std::move(*error);
    return Admission{std::get<User>(std::move(identity)), body.object(), !body.isEmpty()};
}

} // namespace AgencyTokens::Server
