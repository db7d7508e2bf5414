// SPDX-License-Identifier: MIT
#pragma once

#include <QHttpServerRequest>
#include <QString>

#include <optional>

namespace AgencyTokens::Server {

/// "Authorization: Basic base64(AccountSid:AuthToken)", as the platform's
/// REST API takes it.
struct BasicCredentials
{
    QString accountSid;
    /// The secret half; compared in constant time, never logged.
    QString authToken;

    /// The credentials in \a request, if its Authorization header is well-formed Basic.
    [[nodiscard]] static std::optional<BasicCredentials> fromRequest(const QHttpServerRequest &request);
    /// The credentials in an Authorization header's value (trimmed), if well-formed Basic (fuzzed).
    [[nodiscard]] static std::optional<BasicCredentials> fromHeader(const QByteArray &header);
};

} // namespace AgencyTokens::Server
