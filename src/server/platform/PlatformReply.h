// SPDX-License-Identifier: MIT
#pragma once

#include "CompanyInformation.h"

#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServerRequest;

namespace AgencyTokens::Server {

/// Answers as the platform's own API does: JSON when the request's Accept
/// asks for application/json, XML otherwise; errors in the envelope
/// {"Status":"ERROR","Message":…,"Errors":[{"Field":…,"Message":…}]}.
class PlatformReply
{
public:
    using Status = QHttpServerResponse::StatusCode;

    /// Whether the request's Accept header names application/json.
    [[nodiscard]] static bool wantsJson(const QHttpServerRequest &request);
    /// \a body as JSON or as XML under the element \a root.
    [[nodiscard]] static QHttpServerResponse document(const QJsonObject &body, const QString &root, bool json,
                                                      Status status = Status::Ok);
    /// The error envelope.
    [[nodiscard]] static QHttpServerResponse error(Status status, const QString &message, bool json,
                                                   const QList<FieldError> &errors = {});
    /// \a object as XML: each key an element, nested objects nested.
    [[nodiscard]] static QByteArray toXml(const QJsonObject &object, const QString &root);
};

} // namespace AgencyTokens::Server
