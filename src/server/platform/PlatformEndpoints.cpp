// SPDX-License-Identifier: MIT
#include "PlatformEndpoints.h"

#include "BasicCredentials.h"
#include "PlatformReply.h"
#include "auth/ConstantTime.h"
#include "http/RequestHeaders.h"
#include "tokens/ApiVersions.h"
#include "tokens/LegacyTokenStore.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

using Status = QHttpServerResponse::StatusCode;

QByteArray digest(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

void addRateHeaders(QHttpServerResponse &response, const RateLimiter::Decision &decision)
{
    response.setHeader("X-RateLimit-Limit"_ba, QByteArray::number(decision.limit));
    response.setHeader("X-RateLimit-Remaining"_ba, QByteArray::number(decision.remaining));
    response.setHeader("X-RateLimit-Reset"_ba, QByteArray::number(decision.resetSeconds));
}

QString resourcePath(const QString &sid)
{
    return u"/Agencies/%1/CompanyInformation"_s.arg(sid);
}

} // namespace

PlatformEndpoints::PlatformEndpoints(LegacyTokenStore &tokens, Database &database, int rateLimit)
    : m_tokens(tokens)
    , m_company(database)
    , m_limiter(rateLimit)
{
}

void PlatformEndpoints::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    const QString path = u"/Agencies/<arg>/CompanyInformation"_s;
    server.route(path, Method::Get, [this](const QString &sid, const QHttpServerRequest &request) {
        return companyInformation(sid, request, false);
    });
    server.route(path, Method::Put, [this](const QString &sid, const QHttpServerRequest &request) {
        return companyInformation(sid, request, true);
    });
    server.route(path, Method::AnyKnown, [](const QString &, const QHttpServerRequest &request) {
        QHttpServerResponse response = PlatformReply::error(
            Status::MethodNotAllowed, u"This resource accepts GET and PUT."_s, PlatformReply::wantsJson(request));
        response.setHeader("Allow"_ba, "GET, PUT"_ba);
        return response;
    });
}

std::optional<LegacyToken> PlatformEndpoints::authenticate(const QString &pathSid,
                                                            const QHttpServerRequest &request) const
{
    const auto credentials = BasicCredentials::fromRequest(request);
    if (!credentials || credentials->accountSid != pathSid)
        return std::nullopt;
    const auto token = m_tokens.findByAccountSid(credentials->accountSid);
    // Compare digests: equal length, so the time taken says nothing about the
    // token, and an unknown SID costs the same as a wrong token.
    const QByteArray expected = token ? digest(token->authToken) : QByteArray(32, '\0');
    const bool matches = constantTimeEquals(digest(credentials->authToken), expected);
    if (!token || !matches)
        return std::nullopt;
    return token;
}

QHttpServerResponse PlatformEndpoints::companyInformation(const QString &pathSid, const QHttpServerRequest &request,
                                                          bool write)
{
    const bool json = PlatformReply::wantsJson(request);
    const auto token = authenticate(pathSid, request);
    if (!token) {
        // One answer for every failure: a caller learns nothing about which half was wrong.
        QHttpServerResponse response = PlatformReply::error(
            Status::Unauthorized, u"Unauthorized. Check that your Account SID and Auth Token are correct."_s, json);
        response.setHeader("WWW-Authenticate"_ba, "Basic realm=\"Agency API\""_ba);
        return response;
    }
    // Only authorized calls count, so nobody can use up another account's limit.
    const RateLimiter::Decision decision = m_limiter.take(token->accountSid);
    QHttpServerResponse response = decision.allowed
        ? answer(*token, pathSid, request, write)
        : PlatformReply::error(Status::TooManyRequests,
                               u"Rate limit exceeded: %1 requests an hour. Try again in %2 seconds."_s
                                   .arg(decision.limit)
                                   .arg(decision.resetSeconds),
                               json);
    addRateHeaders(response, decision);
    return response;
}

QHttpServerResponse PlatformEndpoints::answer(const LegacyToken &token, const QString &pathSid,
                                              const QHttpServerRequest &request, bool write)
{
    const bool json = PlatformReply::wantsJson(request);
    const QByteArray requested = RequestHeaders::value(request, "IR-Version");
    if (!requested.isEmpty()) {
        bool ok = false;
        const int version = requested.toInt(&ok);
        if (!ok || !ApiVersions::isKnown(version))
            return PlatformReply::error(Status::BadRequest, u"Unknown API version."_s, json,
                                        {{u"IR-Version"_s, u"This platform offers API versions 2 and 3."_s}});
    }
    if (write && token.kind == TokenKind::ReadOnly)
        return PlatformReply::error(Status::Forbidden,
                                    u"Forbidden. This Auth Token is read-only: use the Read/Write token to make changes."_s,
                                    json);
    if (!write) {
        QJsonObject document = m_company.read(token.agencyId);
        document.insert(u"Uri"_s, resourcePath(pathSid));
        return PlatformReply::document(document, u"CompanyInformation"_s, json);
    }

    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject())
        return PlatformReply::error(Status::BadRequest, u"Invalid request body: send a JSON object."_s, json);
    bool stored = false;
    const QList<FieldError> errors = m_company.update(token.agencyId, body.object(), &stored);
    if (!errors.isEmpty())
        return PlatformReply::error(Status::BadRequest, u"Invalid request body."_s, json, errors);
    if (!stored)
        return PlatformReply::error(Status::InternalServerError, u"The update could not be saved."_s, json);
    return PlatformReply::document({{u"Status"_s, u"OK"_s}, {u"Uri"_s, resourcePath(pathSid) + u'/'}},
                                   u"Result"_s, json);
}

} // namespace AgencyTokens::Server
