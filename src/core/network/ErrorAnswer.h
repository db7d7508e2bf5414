// SPDX-License-Identifier: MIT
#pragma once

#include "RestClient.h"

#include <QJsonObject>

#include <optional>

namespace AgencyTokens {
class HttpAnswerParser;
}

namespace AgencyTokens::ErrorAnswer {

/// What came back, as far as deciding what it means needs.
struct Answer
{
    int status = 0;
    QString contentType;
    QByteArray body;
    RestClient::RateLimit rateLimit;
};

/// The X-RateLimit-* headers (and Retry-After as the reset when that is absent).
[[nodiscard]] RestClient::RateLimit rateLimit(const HttpAnswerParser &answer);
/// Whether the answer is an HTML page, by its type or its first bytes.
[[nodiscard]] bool isWebPage(const Answer &answer);
/// The body as a JSON object, when it is declared and parses as one.
[[nodiscard]] std::optional<QJsonObject> jsonObject(const Answer &answer);
/// The error an answer that is not a usable 2xx JSON object stands for: the
/// management API's {"error":{code,message}}, the platform's
/// {"Status":"ERROR","Message","Errors"} envelope, or the status alone, with
/// XML and HTML answers named as such.
[[nodiscard]] HttpError toError(const Answer &answer, const std::optional<QJsonObject> &object);

} // namespace AgencyTokens::ErrorAnswer
