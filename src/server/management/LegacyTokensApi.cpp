// SPDX-License-Identifier: MIT
#include "LegacyTokensApi.h"

#include "SessionAuthenticator.h"
#include "TokenJson.h"
#include "http/JsonBody.h"
#include "http/JsonReply.h"
#include "tokens/ApiVersions.h"
#include "tokens/LegacyTokenStore.h"

#include <QHttpServer>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

using Status = ApiError::Status;

ApiError notEnabled()
{
    return {Status::Conflict, u"not_enabled"_s, u"Legacy tokens are not enabled for this agency yet."_s, {}};
}

ApiError unknownKind()
{
    return {Status::NotFound, u"unknown_kind"_s, u"There is no such token: use readWrite or readOnly."_s, {}};
}

// The version a JSON number names, if it is a whole number in int range.
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || std::abs(number) > 1e9)
        return std::nullopt;
    return int(number);
}

} // namespace

LegacyTokensApi::LegacyTokensApi(LegacyTokenStore &tokens, const SessionAuthenticator &authenticator)
    : m_tokens(tokens)
    , m_authenticator(authenticator)
{
}

void LegacyTokensApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    using Request = QHttpServerRequest;
    const QString statePath = u"/api/v1/platform-rest-web-services"_s;
    const QString enablePath = u"/api/v1/legacy-tokens/enable"_s;
    const QString credentialsPath = u"/api/v1/legacy-tokens/credentials"_s;
    const QString resetPath = u"/api/v1/legacy-tokens/<arg>/reset"_s;
    const QString versionPath = u"/api/v1/legacy-tokens/<arg>/api-version"_s;

    // Rules are tried in order: each path's catch-all comes after its real method.
    server.route(statePath, Method::Get, [this](const Request &request) { return state(request); });
    server.route(statePath, Method::AnyKnown, [] { return ApiError::methodNotAllowed("GET"_ba).toResponse(); });
    server.route(enablePath, Method::Post, [this](const Request &request) { return enable(request); });
    server.route(enablePath, Method::AnyKnown, [] { return ApiError::methodNotAllowed("POST"_ba).toResponse(); });
    server.route(credentialsPath, Method::Get, [this](const Request &request) { return credentials(request); });
    server.route(credentialsPath, Method::AnyKnown,
                 [] { return ApiError::methodNotAllowed("GET"_ba).toResponse(); });
    server.route(resetPath, Method::Post,
                 [this](const QString &kind, const Request &request) { return reset(kind, request); });
    server.route(resetPath, Method::AnyKnown,
                 [](const QString &) { return ApiError::methodNotAllowed("POST"_ba).toResponse(); });
    server.route(versionPath, Method::Put,
                 [this](const QString &kind, const Request &request) { return setApiVersion(kind, request); });
    server.route(versionPath, Method::AnyKnown,
                 [](const QString &) { return ApiError::methodNotAllowed("PUT"_ba).toResponse(); });
}

std::variant<LegacyTokensApi::Admission, ApiError> LegacyTokensApi::admit(const QHttpServerRequest &request,
                                                                          Need need) const
{
    const JsonBody body = JsonBody::read(request);
    if (body.error())
        return *body.error();
    auto identity = need == Need::Manager ? m_authenticator.authenticateManager(request)
                                          : m_authenticator.authenticate(request);
    if (auto *error = std::get_if<ApiError>(&identity))
        return std::move(*error);
    return Admission{std::get<User>(std::move(identity)), body.object(), !body.isEmpty()};
}

QJsonObject LegacyTokensApi::stateBody(const User &user) const
{
    const bool enabled = m_tokens.isEnabled(user.agencyId);
    return TokenJson::state(enabled, canManageTokens(user.role),
                            enabled ? m_tokens.tokens(user.agencyId) : QList<LegacyToken>{});
}

QHttpServerResponse LegacyTokensApi::state(const QHttpServerRequest &request) const
{
    const auto admission = admit(request, Need::AnyRole);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    return JsonReply::json(stateBody(std::get<Admission>(admission).user));
}

QHttpServerResponse LegacyTokensApi::enable(const QHttpServerRequest &request)
{
    const auto admission = admit(request, Need::Manager);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    const User &user = std::get<Admission>(admission).user;
    if (m_tokens.isEnabled(user.agencyId))
        return ApiError{Status::Conflict, u"already_enabled"_s, u"Legacy tokens are already enabled for this agency."_s, {}}
            .toResponse();
    if (!m_tokens.enable(user.agencyId))
        return ApiError::internal().toResponse();
    return JsonReply::json(stateBody(user));
}

QHttpServerResponse LegacyTokensApi::credentials(const QHttpServerRequest &request) const
{
    const auto admission = admit(request, Need::Manager);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    const User &user = std::get<Admission>(admission).user;
    if (!m_tokens.isEnabled(user.agencyId))
        return notEnabled().toResponse();
    QJsonArray list;
    const QList<LegacyToken> tokens = m_tokens.tokens(user.agencyId);
    for (const LegacyToken &token : tokens)
        list.append(TokenJson::credential(token));
    return JsonReply::json({{u"tokens"_s, list}});
}

QHttpServerResponse LegacyTokensApi::reset(const QString &kindText, const QHttpServerRequest &request)
{
    const auto admission = admit(request, Need::Manager);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    const User &user = std::get<Admission>(admission).user;
    const auto kind = tokenKindFromWire(kindText);
    if (!kind)
        return unknownKind().toResponse();
    if (!m_tokens.isEnabled(user.agencyId))
        return notEnabled().toResponse();
    const auto token = m_tokens.reset(user.agencyId, *kind);
    if (!token)
        return ApiError::internal().toResponse();
    return JsonReply::json(TokenJson::resetResult(*token));
}

QHttpServerResponse LegacyTokensApi::setApiVersion(const QString &kindText, const QHttpServerRequest &request)
{
    const auto admission = admit(request, Need::Manager);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    const auto &[user, body, hasBody] = std::get<Admission>(admission);
    const auto kind = tokenKindFromWire(kindText);
    if (!kind)
        return unknownKind().toResponse();
    const auto version = wholeNumber(body.value(u"apiVersion"_s));
    if (!hasBody || !version)
        return ApiError::badRequest(u"Send {\"apiVersion\": N} with N a whole number."_s).toResponse();
    if (!m_tokens.isEnabled(user.agencyId))
        return notEnabled().toResponse();
    if (!ApiVersions::isKnown(*version))
        return ApiError{Status::UnprocessableEntity, u"unknown_version"_s,
                        u"API version %1 does not exist; the platform offers versions 2 and 3."_s.arg(*version), {}}
            .toResponse();

    auto token = m_tokens.token(user.agencyId, *kind);
    if (!token)
        return ApiError::internal().toResponse();
    if (*version < token->apiVersion)
        return ApiError{Status::Conflict, u"downgrade_not_allowed"_s,
                        u"A token's API version only moves forward: it is at %1 and cannot go back to %2."_s
                            .arg(token->apiVersion)
                            .arg(*version),
                        {}}
            .toResponse();
    if (*version != token->apiVersion) {
        if (!m_tokens.setApiVersion(user.agencyId, *kind, *version))
            return ApiError::internal().toResponse();
        token->apiVersion = *version;
    }
    return JsonReply::json(TokenJson::token(*token));
}

} // namespace AgencyTokens::Server
