// SPDX-License-Identifier: MIT
#pragma once

#include "AgencyResources.h"
#include "CompanyInformation.h"
#include "PlatformAuthenticator.h"
#include "RateLimiter.h"
#include "tokens/ScopeCatalogue.h"

#include <QHttpServerResponse>

class QHttpServer;
class QHttpServerRequest;

namespace AgencyTokens::Server {

class AccessTokenStore;
class Database;
class LegacyTokenStore;

/// The real platform's own API as it documents it, so that what passes here
/// passes there: every path of the scope catalogue (ScopeCatalogue) under
/// /Agencies/{AccountSid}/ with Basic AccountSid:AuthToken, legacy or scoped;
/// XML unless JSON is asked for; errors in the platform's envelope;
/// IR-Version; an hourly request limit per Account SID with X-RateLimit-*
/// headers. Read/Write may call everything, Read-Only only GETs, a scoped
/// token only its scopes.
class PlatformEndpoints
{
public:
    PlatformEndpoints(const LegacyTokenStore &legacyTokens, const AccessTokenStore &accessTokens, Database &database,
                      int rateLimit);

    /// Adds a route for every path of the catalogue, whatever the method.
    void registerRoutes(QHttpServer &server);

private:
    /// Path, method, credentials, rate limit, then answer().
    [[nodiscard]] QHttpServerResponse handle(const QHttpServerRequest &request);
    /// IR-Version, then what the caller may call, then the resource.
    [[nodiscard]] QHttpServerResponse answer(const PlatformCaller &caller, const ScopeCatalogue::Match &match,
                                             const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse companyInformation(const PlatformCaller &caller, const QString &pathSid,
                                                         const QHttpServerRequest &request, bool write);

    PlatformAuthenticator m_authenticator;
    CompanyInformation m_company;
    AgencyResources m_resources;
    RateLimiter m_limiter;
};

} // namespace AgencyTokens::Server
