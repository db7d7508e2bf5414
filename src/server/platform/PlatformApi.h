// SPDX-License-Identifier: MIT
#pragma once

#include "http/ApiError.h"
#include "tokens/LegacyToken.h"

#include <QHttpServerResponse>

#include <variant>

class QHttpServer;
class QHttpServerRequest;

namespace AgencyTokens::Server {

class LegacyTokenStore;
class UserDirectory;

/// The real platform's own endpoint, so an app's "Verify" works the same
/// here and against the real API: GET (any token) and PUT (Read/Write only)
/// /Agencies/{AccountSid}/CompanyInformation with Basic AccountSid:AuthToken.
class PlatformApi
{
public:
    PlatformApi(LegacyTokenStore &tokens, UserDirectory &users);

    /// Adds this API's routes, and 405 for its path with other methods.
    void registerRoutes(QHttpServer &server);

private:
    /// The token that signed \a request for the agency \a pathSid, or the 401.
    [[nodiscard]] std::variant<LegacyToken, ApiError> authenticate(const QString &pathSid,
                                                                   const QHttpServerRequest &request) const;
    [[nodiscard]] QHttpServerResponse companyInformation(const QString &pathSid, const QHttpServerRequest &request,
                                                         bool write) const;

    LegacyTokenStore &m_tokens;
    UserDirectory &m_users;
};

} // namespace AgencyTokens::Server
