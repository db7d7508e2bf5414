// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/TokenKind.h"

#include <QString>

#include <optional>

namespace AgencyTokens {

/// A keychain entry written before accounts existed, when every key was made
/// of the platform's host alone (KeychainKeys up to commit 4304ac2):
///   "agency-tokens/<host>/session"          the management session token
///   "agency-tokens/<host>/state"            the last page state (no secret)
///   "agency-tokens/<host>/<sid>/<kind>"     an Auth Token, kind "read-write" or "read-only"
/// Today's keys carry an account id after the host, so the two never match.
struct PreAccountEntry
{
    enum class Kind { Session, State, Token };

    QString key;  ///< the whole key, as the index holds it
    QString host; ///< "<host>[:port]", as KeychainKeys::hostPart() made it
    Kind kind = Kind::State;
    TokenKind tokenKind = TokenKind::ReadWrite; ///< Token only
    QString sid;                                ///< Token only: the Account SID, as written

    /// The entry `key` is, or nothing when it is not of a form from before accounts.
    [[nodiscard]] static std::optional<PreAccountEntry> parse(const QString &key);
    /// The key the same entry has in an account whose keys start with `accountPart`.
    [[nodiscard]] QString keyIn(const QString &accountPart) const;
};

} // namespace AgencyTokens
