// SPDX-License-Identifier: MIT
#include "PlatformApi.h"

#include "BasicCredentials.h"
#include "auth/ConstantTime.h"
#include "auth/UserDirectory.h"
#include "http/JsonReply.h"
#include "http/RequestHeaders.h"
#include "tokens/ApiVersions.h"
#include "tokens/LegacyTokenStore.h"

#include <QCryptographicHash>
#include <QHttpServer>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

using Status = ApiError::Status;

ApiError unauthorized()
{
    // One answer for every failure: a caller learns nothing about which half was wrong.
    return {Status::Unauthorized, u"unauthorized"_s,
            u"The Account SID and Auth Token were not accepted. Check them, or reset the token if it was lost."_s,
            {{"WWW-Authenticate"_ba, "Basic realm=\"Agency API\""_ba}}};
}

QByteArray digest(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

PlatformApi::PlatformApi(LegacyTokenStore &tokens, UserDirectory &users)
    : m_tokens(tokens)
    , m_users(users)
{
}

void PlatformApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    const QString path = u"/Agencies/<arg>/CompanyInformation"_s;
    server.route(path, Method::Get, [this](const QString &sid, const QHttpServerRequest &request) {
        return companyInformation(sid, request, false);
    });
    server.route(path, Method::Put, [this](const QString &sid, const QHttpServerRequest &request) {
        return companyInformation(sid, request, true);
    });
    server.route(path, Method::AnyKnown,
                 [](const QString &) { return ApiError::methodNotAllowed("GET, PUT"_ba).toResponse(); });
}

std::variant<LegacyToken, ApiError> PlatformApi::authenticate(const QString &pathSid,
                                                              const QHttpServerRequest &request) const
{
    const auto credentials = BasicCredentials::fromRequest(request);
    if (!credentials || credentials->accountSid != pathSid)
        return unauthorized();
    const auto token = m_tokens.findByAccountSid(credentials->accountSid);
    // Compare digests: equal length, so the time taken says nothing about the
    // token, and an unknown SID costs the same as a wrong token.
    const QByteArray expected = token ? digest(token->authToken) : QByteArray(32, '\0');
    const bool matches = constantTimeEquals(digest(credentials->authToken), expected);
    if (!token || !matches)
        return unauthorized();
    return *token;
}

QHttpServerResponse PlatformApi::companyInformation(const QString &pathSid, const QHttpServerRequest &request,
                                                    bool write) const
{
    const auto identity = authenticate(pathSid, request);
    if (const auto *error = std::get_if<ApiError>(&identity))
        return error->toResponse();
    const LegacyToken &token = std::get<LegacyToken>(identity);

    int apiVersion = token.apiVersion;
    const QByteArray requested = RequestHeaders::value(request, "IR-Version");
    if (!requested.isEmpty()) {
        bool ok = false;
        apiVersion = requested.toInt(&ok);
        if (!ok || !ApiVersions::isKnown(apiVersion))
            return ApiError{Status::BadRequest, u"unknown_version"_s,
                            u"The IR-Version header names no API version this platform offers (2 or 3)."_s, {}}
                .toResponse();
    }
    if (write && token.kind == TokenKind::ReadOnly)
        return ApiError{Status::Forbidden, u"read_only_token"_s,
                        u"A Read-Only token may only read. Use the Read/Write token for changes."_s, {}}
            .toResponse();

    return JsonReply::json({{u"Name"_s, m_users.agencyName(token.agencyId)},
                            {u"AccountSid"_s, token.accountSid},
                            {u"ApiVersion"_s, apiVersion}});
}

} // namespace AgencyTokens::Server
