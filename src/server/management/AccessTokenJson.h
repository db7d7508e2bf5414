// SPDX-License-Identifier: MIT
#pragma once

#include "tokens/AccessToken.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace AgencyTokens::Server::AccessTokenJson {

/// {"id","accountSid","name","description","apiVersion","primaryContact",
/// "developerEmails","scopes","createdAt","lastResetAt","fingerprint"}: no secret.
[[nodiscard]] QJsonObject token(const AccessToken &token);
/// token() of each, in the given order.
[[nodiscard]] QJsonArray list(const QList<AccessToken> &tokens);
/// token() plus "authToken": the answer to a create or a reset, the only ones with the secret.
[[nodiscard]] QJsonObject issued(const AccessToken &token);
/// {"scopes":[{"id","category","title","method","path"}…]} in the catalogue's order.
[[nodiscard]] QJsonObject catalogue();

} // namespace AgencyTokens::Server::AccessTokenJson
