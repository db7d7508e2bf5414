// SPDX-License-Identifier: MIT
#include "LegacyTokensApi.h"

#include "AccessTokenJson.h"
#include "SessionAuthenticator.h"
#include "TokenJson.h"
#include "http/JsonBody.h"
#include "http/JsonReply.h"
#include "tokens/AccessTokenStore.h"
#include "tokens/ApiVersions.h"
#include "tokens/LegacyTokenStore.h"

#include <QHttpServer>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

using Status = ApiError::Status;
using Admission = SessionAuthenticator::Admission;
using Need = SessionAuthenticator::Need;

ApiError notEnabled()
{
    return {Status::Conflict, u"not_enabled"_s, u"Legacy tokens are not enabled for this agency yet."_s, {}};
}

ApiError unknownKind()
{
    return {Status::NotFound, u"unknown_kind"_s, u"There is no such token: use readWrite or readOnly."_s, {}};
}

// The legacy kind a path names: "scoped" is a kind of the contract, but not of these calls.
std::optional<TokenKind> legacyKind(const QString &wire)
{
    const auto kind = tokenKindFromWire(wire);
    return kind && isLegacy(*kind) ? kind : std::nullopt;
}

} // namespace

LegacyTokensApi::LegacyTokensApi(LegacyTokenStore &tokens, const AccessTokenStore &accessTokens,
                                 const SessionAuthenticator &authenticator)
    : m_tokens(tokens)
    , m_accessTokens(accessTokens)
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

QJsonObject LegacyTokensApi::stateBody(const User &user) const
{
    const bool enabled = m_tokens.isEnabled(user.agencyId);
    QJsonObject body = TokenJson::state(enabled, canManageTokens(user.role),
                                        enabled ? m_tokens.tokens(user.agencyId) : QList<LegacyToken>{});
    // Its presence tells a client that this server offers scoped tokens.
    body.insert(u"accessTokens"_s, AccessTokenJson::list(m_accessTokens.tokens(user.agencyId)));
    return body;
}

QHttpServerResponse LegacyTokensApi::state(const QHttpServerRequest &request) const
{
    const auto admission = m_authenticator.admit(request, Need::AnyRole);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    return JsonReply::json(stateBody(std::get<Admission>(admission).user));
}

QHttpServerResponse LegacyTokensApi::enable(const QHttpServerRequest &request)
{
    const auto admission = m_authenticator.admit(request, Need::Manager);
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
    const auto admission = m_authenticator.admit(request, Need::Manager);
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
    const auto admission = m_authenticator.admit(request, Need::Manager);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    const User &user = std::get<Admission>(admission).user;
    const auto kind = legacyKind(kindText);
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
    const auto admission = m_authenticator.admit(request, Need::Manager);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    const auto &[user, body, hasBody] = std::get<Admission>(admission);
    const auto kind = legacyKind(kindText);
    if (!kind)
        return unknownKind().toResponse();
    const auto version = JsonBody::wholeNumber(body.value(u"apiVersion"_s));
    if (!hasBody || !version)
        return ApiError::badRequest(u"Send {\"apiVersion\": N} with N a whole number."_s).toResponse();
    if (!m_tokens.isEnabled(user.agencyId))
        return notEnabled().toResponse();
    if (!ApiVersions::isKnown(*version))
        return ApiError::unknownVersion(*version).toResponse();

    auto token = m_tokens.token(user.agencyId, *kind);
    if (!token)
        return ApiError::internal().toResponse();
    if (*version < token->apiVersion)
        return ApiError::downgradeNotAllowed(token->apiVersion, *version).toResponse();
    if (*version != token->apiVersion) {
        if (!m_tokens.setApiVersion(user.agencyId, *kind, *version))
            return ApiError::internal().toResponse();
        token->apiVersion = *version;
    }
    return JsonReply::json(TokenJson::token(*token));
}

} // namespace AgencyTokens::Server
