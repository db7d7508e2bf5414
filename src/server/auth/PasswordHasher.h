// SPDX-License-Identifier: MIT
#pragma once

#include "ServerLimits.h"

#include <QString>

namespace AgencyTokens::Server {

/// Salted PBKDF2-HMAC-SHA-256 password hashes, stored as
/// "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>".
/// The iteration count travels with each hash, so raising Iterations later
/// does not lock out existing users. Thread-safe: every member is a pure function.
class PasswordHasher
{
public:
    /// OWASP's figure for PBKDF2-HMAC-SHA256; --hash-iterations lowers it for tests.
    static constexpr int Iterations = ServerLimits::DefaultHashIterations;
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;

    /// A new hash of \a password with a fresh random salt.
    [[nodiscard]] static QString hash(const QString &password, int iterations = Iterations);
    /// True when \a password matches \a encoded; constant-time comparison.
    [[nodiscard]] static bool verify(const QString &password, const QString &encoded);
    /// Spends the time of a verify() at \a iterations for a user that does not
    /// exist, so an unknown username cannot be told apart from a wrong password by timing.
    static void burnVerifyTime(const QString &password, int iterations = Iterations);
};

} // namespace AgencyTokens::Server
