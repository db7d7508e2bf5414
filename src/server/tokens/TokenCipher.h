// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace AgencyTokens::Server {

/// Encrypts Auth Tokens for the database with AES-256-GCM, under a key kept
/// in its own file (mode 0600) outside the database: a copy of the SQLite
/// file alone (a backup, a bug report) then gives away no token.
/// Stored form: "v1:" + base64(nonce[12] | ciphertext | tag[16]); the Account
/// SID is authenticated with it, so a token cannot be moved to another row.
class TokenCipher
{
public:
    static constexpr qsizetype KeyBytes = 32;

    /// Reads the key from \a keyFile, or creates it (random, mode 0600) when it
    /// is missing and \a mayCreate. Refuses a key file others may read.
    [[nodiscard]] bool open(const QString &keyFile, bool mayCreate, QString *error);
    [[nodiscard]] bool isOpen() const { return m_key.size() == KeyBytes; }

    /// \a token encrypted for the row of \a accountSid.
    [[nodiscard]] QString encrypt(const QString &token, const QString &accountSid) const;
    /// The token, or nothing when \a stored is damaged, not ours or not for \a accountSid.
    [[nodiscard]] std::optional<QString> decrypt(const QString &stored, const QString &accountSid) const;
    /// An opaque fingerprint of \a token for the row of \a accountSid: an HMAC-SHA-256
    /// under a key derived from the cipher's own, cut to 128 bits (base64url). It
    /// changes whenever the token does, and without the key file it tells
    /// nothing about the token: a client compares it, never reverses it.
    [[nodiscard]] QString fingerprint(const QString &token, const QString &accountSid) const;
    /// True for the stored form (as opposed to a clear token from before encryption).
    [[nodiscard]] static bool isEncrypted(const QString &stored);

private:
    QByteArray m_key;
    QByteArray m_fingerprintKey; ///< derived from m_key: one key, one purpose
};

} // namespace AgencyTokens::Server
