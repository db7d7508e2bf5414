// SPDX-License-Identifier: MIT
#pragma once

#include "AccountSid.h"
#include "AuthToken.h"
#include "TokenKind.h"

namespace AgencyTokens {

/// One credential set (a legacy token or a scoped one): what an integration
/// sends as HTTP Basic auth.
struct Credential
{
    TokenKind kind = TokenKind::ReadWrite;
    AccountSid accountSid;
    AuthToken authToken;

    [[nodiscard]] bool isValid() const { return !accountSid.isEmpty() && !authToken.isEmpty(); }
    /// "Basic base64(sid:token)". A secret itself: goes on the wire only.
    [[nodiscard]] QByteArray basicAuthorizationHeader() const;
};

QDebug operator<<(QDebug debug, const Credential &credential);

/// Which token of an account: one of the legacy pair by its kind, or a scoped
/// access token by its own Account SID (its identifier on the platform). A
/// TokenKind of the legacy pair converts to it.
struct TokenRef
{
    TokenKind kind = TokenKind::ReadWrite;
    AccountSid sid; ///< Scoped only; empty for the legacy pair

    TokenRef() = default;
    // NOLINTNEXTLINE(google-explicit-constructor): a legacy kind is a whole reference
    TokenRef(TokenKind legacyKind) : kind(legacyKind) { Q_ASSERT(isLegacy(legacyKind)); }
    [[nodiscard]] static TokenRef scoped(const AccountSid &sid);
    [[nodiscard]] static TokenRef of(const Credential &credential);

    [[nodiscard]] bool isScoped() const { return kind == TokenKind::Scoped; }
    /// Whether `kind` and `sid` (for a scoped token) name this token.
    [[nodiscard]] bool matches(TokenKind otherKind, const AccountSid &otherSid) const;
    /// "readWrite", "readOnly" or "scoped/IR…": unique within an account.
    [[nodiscard]] QString key() const;
    friend bool operator==(const TokenRef &a, const TokenRef &b) { return a.kind == b.kind && a.sid == b.sid; }
    friend bool operator!=(const TokenRef &a, const TokenRef &b) { return !(a == b); }
};

} // namespace AgencyTokens
