// SPDX-License-Identifier: MIT
#pragma once

#include "CompanyInformation.h"
#include "RateLimiter.h"
#include "tokens/LegacyToken.h"

#include <QHttpServerResponse>

#include <optional>

class QHttpServer;
class QHttpServerRequest;

namespace AgencyTokens::Server {

class Database;
class LegacyTokenStore;

/// The real platform's own API as it documents it, so that what passes here
/// passes there: GET (any token) and PUT (Read/Write only, a partial update)
/// /Agencies/{AccountSid}/CompanyInformation with Basic AccountSid:AuthToken;
/// XML unless JSON is asked for; errors in the platform's envelope; IR-Version;
/// an hourly request limit per Account SID with X-RateLimit-* headers.
class PlatformEndpoints
{
public:
    PlatformEndpoints(LegacyTokenStore &tokens, Database &database, int rateLimit);

    /// Adds this API's routes, and 405 for its path with other methods.
    void registerRoutes(QHttpServer &server);

private:
    /// The token that signed \a request for the agency \a pathSid, if any.
    [[nodiscard]] std::optional<LegacyToken> authenticate(const QString &pathSid,
                                                          const QHttpServerRequest &request) const;
    [[nodiscard]] QHttpServerResponse companyInformation(const QString &pathSid, const QHttpServerRequest &request,
                                                         bool write);
    [[nodiscard]] QHttpServerResponse answer(const LegacyToken &token, const QString &pathSid,
                                             const QHttpServerRequest &request, bool write);

    LegacyTokenStore &m_tokens;
    CompanyInformation m_company;
    RateLimiter m_limiter;
};

} // namespace AgencyTokens::Server
