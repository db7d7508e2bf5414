// SPDX-License-Identifier: MIT
#include "AccessTokensApi.h"

#include "AccessTokenJson.h"
#include "AccessTokenRequest.h"
#include "http/JsonReply.h"
#include "tokens/AccessTokenStore.h"

#include <QHttpServer>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

using Status = ApiError::Status;
using Admission = SessionAuthenticator::Admission;
using Need = SessionAuthenticator::Need;

ApiError unknownToken()
{
    return {Status::NotFound, u"unknown_token"_s, u"This agency has no access token with that id."_s, {}};
}

ApiError nameTaken()
{
    return {Status::Conflict, u"name_taken"_s, u"Another access token of this agency already has that name."_s, {}};
}

ApiError tooManyTokens()
{
    return {Status::Conflict, u"too_many_tokens"_s,
            u"This agency has %1 access tokens, the most it may have. Delete one first."_s.arg(
                AccessTokenStore::MaxPerAgency),
            {}};
}

} // namespace

AccessTokensApi::AccessTokensApi(AccessTokenStore &tokens, const SessionAuthenticator &authenticator)
    : m_tokens(tokens)
    , m_authenticator(authenticator)
{
}

void AccessTokensApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    using Request = QHttpServerRequest;
    const QString scopesPath = u"/api/v1/access-tokens/scopes"_s;
    const QString listPath = u"/api/v1/access-tokens"_s;
    const QString tokenPath = u"/api/v1/access-tokens/<arg>"_s;
    const QString resetPath = u"/api/v1/access-tokens/<arg>/reset"_s;

    // Rules are tried in order: "scopes" before the token path it would match too,
    // and each path's catch-all after its real methods.
    server.route(scopesPath, Method::Get, [this](const Request &request) { return scopes(request); });
    server.route(scopesPath, Method::AnyKnown, [] { return ApiError::methodNotAllowed("GET"_ba).toResponse(); });
    server.route(listPath, Method::Get, [this](const Request &request) { return list(request); });
    server.route(listPath, Method::Post, [this](const Request &request) { return create(request); });
    server.route(listPath, Method::AnyKnown, [] { return ApiError::methodNotAllowed("GET, POST"_ba).toResponse(); });
    server.route(tokenPath, Method::Patch,
                 [this](const QString &id, const Request &request) { return edit(id, request); });
    server.route(tokenPath, Method::Delete,
                 [this](const QString &id, const Request &request) { return remove(id, request); });
    server.route(tokenPath, Method::AnyKnown,
                 [](const QString &) { return ApiError::methodNotAllowed("PATCH, DELETE"_ba).toResponse(); });
    server.route(resetPath, Method::Post,
                 [this](const QString &id, const Request &request) { return reset(id, request); });
    server.route(resetPath, Method::AnyKnown,
                 [](const QString &) { return ApiError::methodNotAllowed("POST"_ba).toResponse(); });
}

QHttpServerResponse AccessTokensApi::scopes(const QHttpServerRequest &request) const
{
    const auto admission = m_authenticator.admit(request, Need::AnyRole);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    return JsonReply::json(AccessTokenJson::catalogue());
}

QHttpServerResponse AccessTokensApi::list(const QHttpServerRequest &request) const
{
    const auto admission = m_authenticator.admit(request, Need::AnyRole);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    const qint64 agencyId = std::get<Admission>(admission).user.agencyId;
    return JsonReply::json({{u"accessTokens"_s, AccessTokenJson::list(m_tokens.tokens(agencyId))}});
}

QHttpServerResponse AccessTokensApi::create(const QHttpServerRequest &request)
{
    const auto admission = m_authenticator.admit(request, Need::Manager);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    const auto &[user, body, hasBody] = std::get<Admission>(admission);
    const auto read = AccessTokenRequest::read(body, AccessTokenRequest::Mode::Create);
    if (const auto *error = std::get_if<ApiError>(&read))
        return error->toResponse();
    const AccessTokenFields fields = std::get<AccessTokenRequest>(read).toFields();
    if (m_tokens.count(user.agencyId) >= AccessTokenStore::MaxPerAgency)
        return tooManyTokens().toResponse();
    if (m_tokens.nameTaken(user.agencyId, fields.name))
        return nameTaken().toResponse();
    const auto token = m_tokens.create(user.agencyId, fields);
    if (!token)
        return ApiError::internal().toResponse();
    return JsonReply::json(AccessTokenJson::issued(*token), Status::Created);
}

QHttpServerResponse AccessTokensApi::edit(const QString &id, const QHttpServerRequest &request)
{
    const auto admission = m_authenticator.admit(request, Need::Manager);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    const auto &[user, body, hasBody] = std::get<Admission>(admission);
    auto token = m_tokens.token(user.agencyId, id);
    if (!token)
        return unknownToken().toResponse();
    const auto read = AccessTokenRequest::read(body, AccessTokenRequest::Mode::Edit);
    if (const auto *error = std::get_if<ApiError>(&read))
        return error->toResponse();
    const AccessTokenRequest &change = std::get<AccessTokenRequest>(read);
    if (change.apiVersion && *change.apiVersion < token->fields.apiVersion)
        return ApiError::downgradeNotAllowed(token->fields.apiVersion, *change.apiVersion).toResponse();
    if (change.name && m_tokens.nameTaken(user.agencyId, *change.name, token->accountSid))
        return nameTaken().toResponse();
    const AccessTokenFields before = token->fields;
    change.applyTo(token->fields);
    if (token->fields != before && !m_tokens.update(*token))
        return ApiError::internal().toResponse();
    return JsonReply::json(AccessTokenJson::token(*token));
}

QHttpServerResponse AccessTokensApi::reset(const QString &id, const QHttpServerRequest &request)
{
    const auto admission = m_authenticator.admit(request, Need::Manager);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    const User &user = std::get<Admission>(admission).user;
    if (!m_tokens.token(user.agencyId, id))
        return unknownToken().toResponse();
    const auto token = m_tokens.reset(user.agencyId, id);
    if (!token)
        return ApiError::internal().toResponse();
    return JsonReply::json(AccessTokenJson::issued(*token));
}

QHttpServerResponse AccessTokensApi::remove(const QString &id, const QHttpServerRequest &request)
{
    const auto admission = m_authenticator.admit(request, Need::Manager);
    if (const auto *error = std::get_if<ApiError>(&admission))
        return error->toResponse();
    const User &user = std::get<Admission>(admission).user;
    if (!m_tokens.token(user.agencyId, id))
        return unknownToken().toResponse();
    if (!m_tokens.remove(user.agencyId, id))
        return ApiError::internal().toResponse();
    return JsonReply::noContent();
}

} // namespace AgencyTokens::Server
