// SPDX-License-Identifier: MIT
#pragma once

#include "AccessToken.h"

#include <QList>
#include <QVariantList>

#include <optional>

namespace AgencyTokens::Server {

class Database;
class TokenCipher;

/// The agencies' scoped access tokens in the database. Auth Tokens are
/// stored encrypted by \a cipher, as the legacy ones, and returned decrypted.
class AccessTokenStore
{
public:
    /// At most this many scoped tokens per agency.
    static constexpr int MaxPerAgency = 50;

    AccessTokenStore(Database &database, const TokenCipher &cipher);

    /// The agency's tokens in creation order.
    [[nodiscard]] QList<AccessToken> tokens(qint64 agencyId) const;
    [[nodiscard]] std::optional<AccessToken> token(qint64 agencyId, const QString &accountSid) const;
    /// The token whose Account SID is \a accountSid, whatever its agency, for Basic auth.
    [[nodiscard]] std::optional<AccessToken> findByAccountSid(const QString &accountSid) const;
    [[nodiscard]] int count(qint64 agencyId) const;
    /// Whether another token of the agency than \a exceptSid is called \a name.
    [[nodiscard]] bool nameTaken(qint64 agencyId, const QString &name, const QString &exceptSid = {}) const;
    /// A new token with a fresh Account SID and Auth Token; runs inside a
    /// caller's transaction as well as alone.
    [[nodiscard]] std::optional<AccessToken> create(qint64 agencyId, const AccessTokenFields &fields);
    /// Stores \a token's fields (not its secret); false on a database failure.
    [[nodiscard]] bool update(const AccessToken &token);
    /// Replaces the Auth Token (same Account SID); the old one stops working at once.
    [[nodiscard]] std::optional<AccessToken> reset(qint64 agencyId, const QString &accountSid);
    [[nodiscard]] bool remove(qint64 agencyId, const QString &accountSid);
    /// True when any scoped token is stored, so the token key must exist.
    [[nodiscard]] bool hasTokens() const;

private:
    [[nodiscard]] QList<AccessToken> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
    const TokenCipher &m_cipher;
};

} // namespace AgencyTokens::Server
