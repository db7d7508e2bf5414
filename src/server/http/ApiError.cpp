// SPDX-License-Identifier: MIT
#include "ApiError.h"

#include "JsonReply.h"

#include <QHttpServerResponse>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {
const QByteArray BearerChallenge = "Bearer realm=\"Agency Tokens\""_ba;
}

QHttpServerResponse ApiError::toResponse() const
{
    QHttpServerResponse response = JsonReply::error(status, code, message);
    for (const auto &[name, value] : headers)
        response.setHeader(name, value);
    return response;
}

ApiError ApiError::sessionRequired()
{
    return {Status::Unauthorized, u"session_required"_s,
            u"Sign in first: this call needs a valid session token in the Authorization header."_s,
            {{"WWW-Authenticate"_ba, BearerChallenge}}};
}

ApiError ApiError::sessionExpired()
{
    return {Status::Unauthorized, u"session_expired"_s, u"Your session has expired. Sign in again."_s,
            {{"WWW-Authenticate"_ba, BearerChallenge}}};
}

ApiError ApiError::forbidden()
{
    return {Status::Forbidden, u"forbidden"_s,
            u"Only account administrators and implementation specialists may manage tokens."_s,
            {}};
}

ApiError ApiError::notFound()
{
    return {Status::NotFound, u"not_found"_s, u"There is nothing at this address."_s, {}};
}

ApiError ApiError::methodNotAllowed(const QByteArray &allowed)
{
    return {Status::MethodNotAllowed, u"method_not_allowed"_s,
            u"This address does not accept that method; it accepts %1."_s.arg(QString::fromLatin1(allowed)),
            {{"Allow"_ba, allowed}}};
}

ApiError ApiError::badRequest(const QString &message)
{
    return {Status::BadRequest, u"bad_request"_s, message, {}};
}

ApiError ApiError::internal()
{
    return {Status::InternalServerError, u"internal_error"_s,
            u"The server could not complete the request. Try again; if it keeps failing, check the server's log."_s,
            {}};
}

ApiError ApiError::unknownVersion(int version)
{
    return {Status::UnprocessableEntity, u"unknown_version"_s,
            u"API version %1 does not exist; the platform offers versions 2 and 3."_s.arg(version), {}};
}

ApiError ApiError::downgradeNotAllowed(int current, int requested)
{
    return {Status::Conflict, u"downgrade_not_allowed"_s,
            u"A token's API version only moves forward: it is at %1 and cannot go back to %2."_s.arg(current).arg(
                requested),
            {}};
}

} // namespace AgencyTokens::Server
