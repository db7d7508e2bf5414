// SPDX-License-Identifier: MIT
#include "DemoSeeder.h"

#include "ServerLogging.h"
#include "auth/PasswordHasher.h"
#include "auth/UserDirectory.h"
#include "storage/Database.h"
#include "tokens/AccessTokenStore.h"
#include "tokens/ApiVersions.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

const QList<AccessTokenFields> &demoAccessTokens()
{
    static const QList<AccessTokenFields> tokens{
        {u"Reporting sync"_s,
         u"Nightly export of partner reports into the data warehouse."_s,
         ApiVersions::Newest,
         u"ops@demo-agency.example"_s,
         {u"dev@demo-agency.example"_s},
         {u"account.companyInformation.read"_s, u"reports.list"_s, u"reports.metadata"_s, u"reports.export"_s,
          u"jobs.status"_s, u"jobs.download"_s}},
        {u"Compliance checker"_s,
         u"Submits partner pages for compliance review."_s,
         ApiVersions::Newest,
         u"compliance@demo-agency.example"_s,
         {},
         {u"advertisers.read"_s, u"compliance.submit"_s, u"compliance.status"_s, u"compliance.results"_s}},
    };
    return tokens;
}

} // namespace

bool DemoSeeder::seedIfEmpty(Database &database, UserDirectory &users, AccessTokenStore &accessTokens)
{
    if (!database.isEmpty()) {
        qCInfo(lcServer) << "--demo: the database already holds data; nothing seeded.";
        return true;
    }
    const bool seeded = database.transaction([&users, &accessTokens] {
        const qint64 agencyId = users.addAgency(u"Demo Agency"_s);
        if (agencyId == 0)
            return false;
        const User admin{0, agencyId, u"admin"_s, u"Demo Admin"_s, Role::Administrator, {},
                         PasswordHasher::hash(u"admin-demo"_s)};
        const User viewer{0, agencyId, u"viewer"_s, u"Demo Viewer"_s, Role::Staff, {},
                          PasswordHasher::hash(u"viewer-demo"_s)};
        if (!users.addUser(admin) || !users.addUser(viewer))
            return false;
        for (const AccessTokenFields &fields : demoAccessTokens()) {
            if (!accessTokens.create(agencyId, fields))
                return false;
        }
        return true;
    });
    if (seeded)
        qCInfo(lcServer) << "--demo: seeded \"Demo Agency\" with users admin and viewer and two access tokens.";
    return seeded;
}

} // namespace AgencyTokens::Server
