// SPDX-License-Identifier: MIT
#pragma once

#include "tokens/LegacyToken.h"

#include <QJsonObject>
#include <QList>

namespace AgencyTokens::Server::TokenJson {

/// {"kind","accountSid","apiVersion","createdAt","lastResetAt","fingerprint"}: no secret.
[[nodiscard]] QJsonObject token(const LegacyToken &token);
/// The body of GET /api/v1/platform-rest-web-services.
[[nodiscard]] QJsonObject state(bool enabled, bool canManage, const QList<LegacyToken> &tokens);
/// {"kind","accountSid","authToken"}: the secret, for the credentials call.
[[nodiscard]] QJsonObject credential(const LegacyToken &token);
/// {"kind","accountSid","authToken","lastResetAt","fingerprint"}: the reply to a reset.
[[nodiscard]] QJsonObject resetResult(const LegacyToken &token);

} // namespace AgencyTokens::Server::TokenJson
