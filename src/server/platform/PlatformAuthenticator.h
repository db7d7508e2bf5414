// SPDX-License-Identifier: MIT
#pragma once

#include "PlatformCaller.h"

#include <QHttpServerRequest>

#include <optional>

namespace AgencyTokens::Server {

class AccessTokenStore;
class LegacyTokenStore;

/// Turns "Authorization: Basic AccountSid:AuthToken" into the caller, for a
/// legacy token or a scoped access token alike.
class PlatformAuthenticator
{
public:
    PlatformAuthenticator(const LegacyTokenStore &legacyTokens, const AccessTokenStore &accessTokens);

    /// The caller, when the request's credentials are genuine and their
    /// Account SID is \a pathSid; nothing for every other case alike. The
    /// token is compared in constant time.
    [[nodiscard]] std::optional<PlatformCaller> authenticate(const QString &pathSid,
                                                             const QHttpServerRequest &request) const;

private:
    /// The caller whose Account SID is \a accountSid, with its Auth Token in \a authToken.
    [[nodiscard]] std::optional<PlatformCaller> find(const QString &accountSid, QString *authToken) const;

    const LegacyTokenStore &m_legacyTokens;
    const AccessTokenStore &m_accessTokens;
};

} // namespace AgencyTokens::Server
