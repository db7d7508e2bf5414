// SPDX-License-Identifier: MIT
#pragma once

#include "PlatformTypes.h"

#include <QJsonObject>

namespace AgencyTokens::PlatformDecoding {

// Each returns false and sets `problem` when the answer is not what the
// contract says. Unknown extra fields are accepted.
bool session(const QJsonObject &json, SessionInfo &out, QString &problem);
bool tokenInfo(const QJsonObject &json, TokenInfo &out, QString &problem);
bool servicesState(const QJsonObject &json, ServicesState &out, QString &problem);
bool credential(const QJsonObject &json, Credential &out, QString &problem);
bool credentials(const QJsonObject &json, QList<Credential> &out, QString &problem);
bool verifyResult(const QJsonObject &json, VerifyResult &out, QString &problem);

/// A scoped access token object (kind Scoped): `id` must equal `accountSid`.
bool accessToken(const QJsonObject &json, TokenInfo &out, QString &problem);
/// {"accessTokens":[access token objects]}
bool accessTokens(const QJsonObject &json, QList<TokenInfo> &out, QString &problem);
/// An access token object plus its "authToken", as create and reset answer.
bool issuedAccessToken(const QJsonObject &json, IssuedAccessToken &out, QString &problem);
/// {"scopes":[{"id","category","title","method","path"}]}
bool scopeCatalogue(const QJsonObject &json, QList<ScopeInfo> &out, QString &problem);

} // namespace AgencyTokens::PlatformDecoding
