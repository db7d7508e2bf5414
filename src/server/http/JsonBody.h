// SPDX-License-Identifier: MIT
#pragma once

#include "ApiError.h"

#include <QHttpServerRequest>
#include <QJsonObject>

#include <optional>

namespace AgencyTokens::Server {

/// The body of a management request after the envelope checks every call
/// shares: size, content type and JSON syntax.
class JsonBody
{
public:
    /// 64 KiB: far more than any management call needs.
    static constexpr qsizetype MaxBytes = 64 * 1024;

    /// Checks whatever body \a request carries; an empty body passes.
    [[nodiscard]] static JsonBody read(const QHttpServerRequest &request);
    /// The same checks over raw bytes: \a body as received and the value of its
    /// Content-Type header (what read() takes from the request; fuzzed).
    [[nodiscard]] static JsonBody parse(const QByteArray &body, const QByteArray &contentType);

    /// The int a JSON number names, if it is a whole number of at most 1e9 either way.
    [[nodiscard]] static std::optional<int> wholeNumber(const QJsonValue &value);

    /// The refusal (400 body_too_large, bad_content_type, bad_json or
    /// bad_request for JSON that is not an object), if any.
    [[nodiscard]] const std::optional<ApiError> &error() const { return m_error; }
    /// True when the request had no body at all.
    [[nodiscard]] bool isEmpty() const { return m_empty; }
    [[nodiscard]] const QJsonObject &object() const { return m_object; }

private:
    std::optional<ApiError> m_error;
    bool m_empty = true;
    QJsonObject m_object;
};

} // namespace AgencyTokens::Server
