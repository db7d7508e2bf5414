// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace AgencyTokens::Server {

/// Fresh identifiers and secrets from the system's cryptographic generator
/// (QRandomGenerator::system()), in the formats observed on the real platform.
class TokenGenerator
{
public:
    /// "IR" and 32 of [A-Za-z0-9].
    [[nodiscard]] static QString accountSid();
    /// 32 of [A-Za-z0-9._~-].
    [[nodiscard]] static QString authToken();
    /// A bearer token for a sign-in session: 256 random bits, base64url.
    [[nodiscard]] static QString sessionToken();

private:
    /// \a length characters drawn uniformly from \a alphabet.
    [[nodiscard]] static QString randomString(QLatin1StringView alphabet, qsizetype length);
};

} // namespace AgencyTokens::Server
