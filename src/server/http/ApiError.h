// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QList>
#include <QString>

#include <utility>

class QHttpServerResponse;

namespace AgencyTokens::Server {

/// A refusal: HTTP status, a stable machine code and a sentence for people.
/// Becomes {"error":{"code":...,"message":...}} on the wire.
struct ApiError
{
    using Status = QHttpServerResponder::StatusCode;

    Status status = Status::BadRequest;
    QString code;
    QString message;
    /// Extra response headers such as Retry-After or WWW-Authenticate.
    QList<std::pair<QByteArray, QByteArray>> headers;

    [[nodiscard]] QHttpServerResponse toResponse() const;

    /// 401 "session_required": the management API needs a bearer session.
    [[nodiscard]] static ApiError sessionRequired();
    [[nodiscard]] static ApiError sessionExpired();
    /// 403 "forbidden": the signed-in role may not manage tokens.
    [[nodiscard]] static ApiError forbidden();
    [[nodiscard]] static ApiError notFound();
    [[nodiscard]] static ApiError methodNotAllowed(const QByteArray &allowed);
    [[nodiscard]] static ApiError badRequest(const QString &message);
    [[nodiscard]] static ApiError internal();
    /// 422 "unknown_version": \a version is not one the platform offers.
    [[nodiscard]] static ApiError unknownVersion(int version);
    /// 409 "downgrade_not_allowed": a token at \a current asked to go back to \a requested.
    [[nodiscard]] static ApiError downgradeNotAllowed(int current, int requested);
};

} // namespace AgencyTokens::Server
