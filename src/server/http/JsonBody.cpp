// SPDX-License-Identifier: MIT
#include "JsonBody.h"

#include "RequestHeaders.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

bool isJsonContentType(const QByteArray &contentType)
{
    // "application/json", optionally with parameters such as "; charset=utf-8".
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed();
    return mediaType.compare("application/json"_ba, Qt::CaseInsensitive) == 0;
}

} // namespace

JsonBody JsonBody::read(const QHttpServerRequest &request)
{
    return parse(request.body(), RequestHeaders::value(request, "Content-Type"));
}

JsonBody JsonBody::parse(const QByteArray &bytes, const QByteArray &contentType)
{
    JsonBody body;
    if (bytes.isEmpty())
        return body;
    body.m_empty = false;

    if (bytes.size() > MaxBytes) {
        body.m_error = ApiError{ApiError::Status::BadRequest, u"body_too_large"_s,
                                u"The request body is larger than %1 KiB."_s.arg(MaxBytes / 1024), {}};
        return body;
    }
    if (!isJsonContentType(contentType)) {
        body.m_error = ApiError{ApiError::Status::BadRequest, u"bad_content_type"_s,
                                u"Send the request body as JSON, with Content-Type: application/json."_s, {}};
        return body;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The parser's own wording and offset help a developer; the body itself is never echoed.
        body.m_error = ApiError{ApiError::Status::BadRequest, u"bad_json"_s,
                                u"The request body is not valid JSON (%1 at offset %2)."_s.arg(parseError.errorString())
                                    .arg(parseError.offset),
                                {}};
        return body;
    }
    if (!document.isObject()) {
        body.m_error = ApiError::badRequest(u"The request body must be a JSON object."_s);
        return body;
    }
    body.m_object = document.object();
    return body;
}

std::optional<int> JsonBody::wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || std::abs(number) > 1e9)
        return std::nullopt;
    return int(number);
}

} // namespace AgencyTokens::Server
