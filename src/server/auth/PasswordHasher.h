// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace AgencyTokens::Server {

/// Salted PBKDF2-HMAC-SHA-256 password hashes, stored as
/// "pbkdf2-sha256$<iterations>$<salt base64>$<key base64>".
/// The iteration count travels with each hash, so raising Iterations later
/// does not lock out existing users.
class PasswordHasher
{
public:
    /// About 0.1 s a hash on a laptop with Qt's PBKDF2: slow for guessing,
    /// still quick enough for the test suite to sign in dozens of times.
    static constexpr int Iterations = 100000;
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;

    /// A new hash of \a password with a fresh random salt.
    [[nodiscard]] static QString hash(const QString &password, int iterations = Iterations);
    /// True when \a password matches \a encoded; constant-time comparison.
    [[nodiscard]] static bool verify(const QString &password, const QString &encoded);
    /// Spends the time of a verify() for a user that does not exist, so an
    /// unknown username cannot be told apart from a wrong password by timing.
    static void burnVerifyTime(const QString &password);
};

} // namespace AgencyTokens::Server
