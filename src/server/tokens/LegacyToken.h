// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/TokenKind.h"

#include <QDateTime>
#include <QString>

namespace AgencyTokens::Server {

/// One legacy credential set of an agency, as stored.
struct LegacyToken
{
    qint64 agencyId = 0;
    TokenKind kind = TokenKind::ReadWrite;
    QString accountSid;
    /// The secret. Leaves the server only in the credentials and reset replies.
    QString authToken;
    /// Opaque, changes whenever authToken does (TokenCipher::fingerprint): lets a
    /// client tell that its saved token is current without fetching it.
    QString fingerprint;
    int apiVersion = 0;
    QDateTime createdAt;
    /// Invalid until the first reset.
    QDateTime lastResetAt;
};

} // namespace AgencyTokens::Server
