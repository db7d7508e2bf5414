// SPDX-License-Identifier: MIT
#pragma once

#include "AccountSid.h"
#include "AuthToken.h"
#include "TokenKind.h"

namespace AgencyTokens {

/// One legacy credential set: what an integration sends as HTTP Basic auth.
struct Credential
{
    TokenKind kind = TokenKind::ReadWrite;
    AccountSid accountSid;
    AuthToken authToken;

    [[nodiscard]] bool isValid() const { return !accountSid.isEmpty() && !authToken.isEmpty(); }
    /// "Basic base64(sid:token)". A secret itself: goes on the wire only.
    [[nodiscard]] QByteArray basicAuthorizationHeader() const;
};

QDebug operator<<(QDebug debug, const Credential &credential);

} // namespace AgencyTokens
