// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/AccountSid.h"
#include "credentials/TokenKind.h"

#include <QString>

namespace AgencyTokens::KeychainKeys {

/// The one service name. Keys carry their own namespace as well because some
/// backends ignore the service.
inline constexpr QLatin1StringView Service("agency-tokens");

/// "agency-tokens/<host>/<sid>/<kind>"
[[nodiscard]] QString tokenKey(const QString &host, const AccountSid &sid, TokenKind kind);
/// "agency-tokens/<host>/session": the management session token.
[[nodiscard]] QString sessionKey(const QString &host);
/// "agency-tokens/<host>/state": the last page state (no secret), for offline starts.
[[nodiscard]] QString stateKey(const QString &host);
/// "agency-tokens/index": the list of keys written, for sign-out.
[[nodiscard]] QString indexKey();
/// Host part of a key: lowercase host, with ":port" when one is given.
[[nodiscard]] QString hostPart(const QString &host, int port = -1);

} // namespace AgencyTokens::KeychainKeys
