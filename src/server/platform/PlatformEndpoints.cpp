// SPDX-License-Identifier: MIT
#include "PlatformEndpoints.h"

#include "PlatformReply.h"
#include "http/RequestHeaders.h"
#include "tokens/ApiVersions.h"

#include <QHttpServer>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

using Status = QHttpServerResponse::StatusCode;

void addRateHeaders(QHttpServerResponse &response, const RateLimiter::Decision &decision)
{
    response.setHeader("X-RateLimit-Limit"_ba, QByteArray::number(decision.limit));
    response.setHeader("X-RateLimit-Remaining"_ba, QByteArray::number(decision.remaining));
    response.setHeader("X-RateLimit-Reset"_ba, QByteArray::number(decision.resetSeconds));
}

QString companyPath(const QString &sid)
{
    return u"/Agencies/%1/CompanyInformation"_s.arg(sid);
}

/// Why \a caller may not make this call, or empty when it may.
QString refusal(const PlatformCaller &caller, const Scope &scope, const QByteArray &method, const QString &path)
{
    switch (caller.kind) {
    case TokenKind::ReadWrite:
        return {};
    case TokenKind::ReadOnly:
        if (scope.method == "GET")
            return {};
        return u"Forbidden. This Auth Token is read-only: use the Read/Write token to make changes."_s;
    case TokenKind::Scoped:
        break;
    }
    if (caller.scopes.contains(scope.id))
        return {};
    return u"This access token is not permitted to call %1 %2."_s.arg(QString::fromLatin1(method), path);
}

} // namespace

PlatformEndpoints::PlatformEndpoints(const LegacyTokenStore &legacyTokens, const AccessTokenStore &accessTokens,
                                     Database &database, int rateLimit)
    : m_authenticator(legacyTokens, accessTokens)
    , m_company(database)
    , m_limiter(rateLimit)
{
}

void PlatformEndpoints::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    using Request = QHttpServerRequest;
    // One handler for every catalogue path: it matches method and path
    // itself, so that 405, 401, 429 and 403 come in one order everywhere.
    const QStringList patterns = ScopeCatalogue::routePatterns();
    for (const QString &pattern : patterns) {
        if (pattern.count(u"<arg>"_s) == 1)
            server.route(pattern, Method::AnyKnown,
                         [this](const QString &, const Request &request) { return handle(request); });
        else
            server.route(pattern, Method::AnyKnown, [this](const QString &, const QString &, const Request &request) {
                return handle(request);
            });
    }
}

QHttpServerResponse PlatformEndpoints::handle(const QHttpServerRequest &request)
{
    const bool json = PlatformReply::wantsJson(request);
    const QString path = request.url().path(QUrl::FullyEncoded);
    const ScopeCatalogue::Match match = ScopeCatalogue::match(RequestHeaders::methodName(request.method()), path);
    // An {Id} of a shape the platform never makes.
    if (!match.pathKnown)
        return PlatformReply::error(Status::NotFound, u"The requested resource was not found"_s, json);
    if (!match.scope) {
        const QByteArray allowed = match.allowed.join(", ");
        QHttpServerResponse response = PlatformReply::error(
            Status::MethodNotAllowed, u"This resource accepts %1."_s.arg(QString::fromLatin1(allowed)), json);
        response.setHeader("Allow"_ba, allowed);
        return response;
    }
    const auto caller = m_authenticator.authenticate(match.accountSid, request);
    if (!caller) {
        // One answer for every failure: a caller learns nothing about which half was wrong.
        QHttpServerResponse response = PlatformReply::error(
            Status::Unauthorized, u"Unauthorized. Check that your Account SID and Auth Token are correct."_s, json);
        response.setHeader("WWW-Authenticate"_ba, "Basic realm=\"Agency API\""_ba);
        return response;
    }
    // Only authorized calls count, so nobody can use up another account's limit.
    const RateLimiter::Decision decision = m_limiter.take(caller->accountSid);
    QHttpServerResponse response = decision.allowed
        ? answer(*caller, match, request)
        : PlatformReply::error(Status::TooManyRequests,
                               u"Rate limit exceeded: %1 requests an hour. Try again in %2 seconds."_s
                                   .arg(decision.limit)
                                   .arg(decision.resetSeconds),
                               json);
    addRateHeaders(response, decision);
    return response;
}

QHttpServerResponse PlatformEndpoints::answer(const PlatformCaller &caller, const ScopeCatalogue::Match &match,
                                              const QHttpServerRequest &request)
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
    // Before any {Id} is looked up: a 404 would otherwise tell a token what
    // exists outside its scopes.
    const QString refused = refusal(caller, *match.scope, RequestHeaders::methodName(request.method()),
                                    request.url().path(QUrl::FullyEncoded));
    if (!refused.isEmpty())
        return PlatformReply::error(Status::Forbidden, refused, json);

    const QString &scopeId = match.scope->id;
    if (scopeId.startsWith(u"account.companyInformation."_s))
        return companyInformation(caller, match.accountSid, request, match.scope->method == "PUT");
    return m_resources.answer(scopeId, {caller.agencyId, caller.accountSid, match.id, json}, request);
}

QHttpServerResponse PlatformEndpoints::companyInformation(const PlatformCaller &caller, const QString &pathSid,
                                                          const QHttpServerRequest &request, bool write)
{
    const bool json = PlatformReply::wantsJson(request);
    if (!write) {
        QJsonObject document = m_company.read(caller.agencyId);
        document.insert(u"Uri"_s, companyPath(pathSid));
        return PlatformReply::document(document, u"CompanyInformation"_s, json);
    }
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject())
        return PlatformReply::error(Status::BadRequest, u"Invalid request body: send a JSON object."_s, json);
    bool stored = false;
    const QList<FieldError> errors = m_company.update(caller.agencyId, body.object(), &stored);
    if (!errors.isEmpty())
        return PlatformReply::error(Status::BadRequest, u"Invalid request body."_s, json, errors);
    if (!stored)
        return PlatformReply::error(Status::InternalServerError, u"The update could not be saved."_s, json);
    return PlatformReply::document({{u"Status"_s, u"OK"_s}, {u"Uri"_s, companyPath(pathSid) + u'/'}},
                                   u"Result"_s, json);
}

} // namespace AgencyTokens::Server
