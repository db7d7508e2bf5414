// SPDX-License-Identifier: MIT
#pragma once

#include "LegacyToken.h"

#include <QList>

#include <optional>

namespace AgencyTokens::Server {

class Database;
class TokenCipher;

/// The agencies' legacy tokens and the "enabled" switch in the database.
/// Auth Tokens are stored encrypted by \a cipher and returned decrypted.
/// Legacy kinds only: given TokenKind::Scoped, every call finds nothing and
/// changes nothing (scoped tokens are AccessTokenStore's).
class LegacyTokenStore
{
public:
    /// \a initialApiVersion is the version enable() gives new tokens: normally
    /// ApiVersions::Newest, older only to emulate tokens made before it
    /// (--legacy-api-version). It must be in ApiVersions::Supported.
    LegacyTokenStore(Database &database, const TokenCipher &cipher, int initialApiVersion);

    [[nodiscard]] bool isEnabled(qint64 agencyId) const;
    /// Turns legacy tokens on for good and creates both credential sets at the
    /// initial API version, in one transaction. False on a database failure.
    [[nodiscard]] bool enable(qint64 agencyId);
    /// Read/Write first, then Read-Only; empty while disabled.
    [[nodiscard]] QList<LegacyToken> tokens(qint64 agencyId) const;
    [[nodiscard]] std::optional<LegacyToken> token(qint64 agencyId, TokenKind kind) const;
    /// The token whose Account SID is \a accountSid, for Basic auth.
    [[nodiscard]] std::optional<LegacyToken> findByAccountSid(const QString &accountSid) const;
    /// Replaces the Auth Token (same Account SID); the old one stops working at once.
    [[nodiscard]] std::optional<LegacyToken> reset(qint64 agencyId, TokenKind kind);
    [[nodiscard]] bool setApiVersion(qint64 agencyId, TokenKind kind, int apiVersion);
    /// True when some row holds an encrypted token, so the key must exist.
    [[nodiscard]] bool hasEncryptedTokens() const;
    /// Encrypts rows an older server stored in clear, in one transaction.
    [[nodiscard]] bool encryptClearTokens();

private:
    [[nodiscard]] QList<LegacyToken> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
    const TokenCipher &m_cipher;
    const int m_initialApiVersion;
};

} // namespace AgencyTokens::Server
