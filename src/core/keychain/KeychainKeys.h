// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/AccountSid.h"
#include "credentials/TokenKind.h"

#include <QString>
#include <QUrl>

namespace AgencyTokens::KeychainKeys {

/// The one service name. Keys carry their own namespace as well because some
/// backends ignore the service.
inline constexpr QLatin1StringView Service("agency-tokens");

/// "agency-tokens/<host>/<account>": every key of one account starts with it,
/// so that removing an account touches no other's entries.
[[nodiscard]] QString accountPart(const QUrl &address, const QString &accountId);
/// "<accountPart>/<sid>/<kind>"
[[nodiscard]] QString tokenKey(const QString &accountPart, const AccountSid &sid, TokenKind kind);
/// "<accountPart>/session": the management session token of a signed-in account.
[[nodiscard]] QString sessionKey(const QString &accountPart);
/// "<accountPart>/state": the last page state (no secret), for offline starts.
[[nodiscard]] QString stateKey(const QString &accountPart);
/// "agency-tokens/index": the list of keys written, for sign-out.
[[nodiscard]] QString indexKey();
/// Host part of a key: lowercase host, with ":port" when one is given.
[[nodiscard]] QString hostPart(const QString &host, int port = -1);

} // namespace AgencyTokens::KeychainKeys
