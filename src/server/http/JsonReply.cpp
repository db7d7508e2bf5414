// SPDX-License-Identifier: MIT
#include "JsonReply.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

QHttpServerResponse JsonReply::json(const QJsonObject &body, Status status)
{
    return QHttpServerResponse("application/json"_ba, QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse JsonReply::error(Status status, const QString &code, const QString &message)
{
    const QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    return json(QJsonObject{{u"error"_s, error}}, status);
}

QHttpServerResponse JsonReply::noContent()
{
    QHttpServerResponse response(Status::NoContent);
    // Qt labels even an empty response "application/x-empty"; a 204 has no body to label.
    response.clearHeader("Content-Type"_ba);
    return response;
}

void JsonReply::addCommonHeaders(QHttpServerResponse &response)
{
    response.setHeader("Cache-Control"_ba, "no-store"_ba);
}

} // namespace AgencyTokens::Server
