// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/Credential.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace AgencyTokens {

/// A signed-in management session.
struct SessionInfo
{
    Secret token; ///< the bearer token: keychain only
    QDateTime expiresAt;
    QString username;
    QString displayName;
    QString role;
    QString agencyName;
};

/// What the platform says of one legacy token (no secret).
struct TokenInfo
{
    TokenKind kind = TokenKind::ReadWrite;
    AccountSid accountSid;
    int apiVersion = 0;
    QDateTime createdAt;
    QDateTime lastResetAt; ///< invalid until the first reset
    /// Opaque; changes whenever the token's secret does. Empty when unknown (a
    /// server without it, or a token not confirmed in the keychain).
    QString fingerprint;
};

/// The answer to a reset: the new credential, when, and its fingerprint.
struct ResetResult
{
    Credential credential;
    QDateTime lastResetAt;
    QString fingerprint; ///< empty when the server sends none
};

/// The agency API versions the platform documents. A tokens-only account
/// has no management contract to ask, so these are what it can try.
inline const QList<int> DocumentedAgencyApiVersions{2, 3};

/// The Platform REST Web Services page.
struct ServicesState
{
    bool legacyTokensEnabled = false;
    bool canManage = false;
    QList<int> apiVersions;
    QList<TokenInfo> tokens;
};

/// The answer of the platform's CompanyInformation: whether a credential
/// passes authorization, and the agency it belongs to. The platform reports
/// no API version, so a version is only ever the one that was asked for.
struct VerifyResult
{
    bool authorized = false;
    std::optional<int> versionTried; ///< the IR-Version sent, if any
    QString companyName;             ///< CompanyName, the only field the platform always has
    QString website;
    QString timezone;
    QString currency;
};

} // namespace AgencyTokens
