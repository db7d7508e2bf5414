// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/Credential.h"

#include <QDateTime>
#include <QList>

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
};

/// The Platform REST Web Services page.
struct ServicesState
{
    bool legacyTokensEnabled = false;
    bool canManage = false;
    QList<int> apiVersions;
    QList<TokenInfo> tokens;
};

/// The answer of CompanyInformation: whether a credential passes authorization.
struct VerifyResult
{
    bool authorized = false;
    int apiVersion = 0; ///< the version the platform answered with
    QString companyName;
};

} // namespace AgencyTokens
