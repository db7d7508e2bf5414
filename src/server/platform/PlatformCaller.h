// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/TokenKind.h"

#include <QString>
#include <QStringList>

namespace AgencyTokens::Server {

/// Whoever signed a platform request with a genuine token: a legacy one or a
/// scoped access token, and what that token may call.
struct PlatformCaller
{
    qint64 agencyId = 0;
    QString accountSid;
    TokenKind kind = TokenKind::ReadWrite;
    /// The scope ids of a scoped token; empty for the legacy pair.
    QStringList scopes;
};

} // namespace AgencyTokens::Server
