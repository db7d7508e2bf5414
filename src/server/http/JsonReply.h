// SPDX-License-Identifier: MIT
#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>

namespace AgencyTokens::Server {

/// Builds the server's responses: compact JSON bodies, and the headers every
/// response carries.
class JsonReply
{
public:
    using Status = QHttpServerResponse::StatusCode;

    /// \a body as application/json.
    [[nodiscard]] static QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok);
    /// {"error":{"code":code,"message":message}}.
    [[nodiscard]] static QHttpServerResponse error(Status status, const QString &code, const QString &message);
    /// 204, no body.
    [[nodiscard]] static QHttpServerResponse noContent();
    /// Adds what every response needs (Cache-Control: no-store): replies may
    /// carry secrets, and no cache or proxy should keep them.
    static void addCommonHeaders(QHttpServerResponse &response);
};

} // namespace AgencyTokens::Server
