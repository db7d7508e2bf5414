// SPDX-License-Identifier: MIT
#include "DemoSeeder.h"

#include "ServerLogging.h"
#include "auth/PasswordHasher.h"
#include "auth/UserDirectory.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

bool DemoSeeder::seedIfEmpty(Database &database, UserDirectory &users)
{
    if (!database.isEmpty()) {
        qCInfo(lcServer) << "--demo: the database already holds data; nothing seeded.";
        return true;
    }
    const bool seeded = database.transaction([&users] {
        const qint64 agencyId = users.addAgency(u"Demo Agency"_s);
        if (agencyId == 0)
            return false;
        const User admin{0, agencyId, u"admin"_s, u"Demo Admin"_s, Role::Administrator, {},
                         PasswordHasher::hash(u"admin-demo"_s)};
        const User viewer{0, agencyId, u"viewer"_s, u"Demo Viewer"_s, Role::Staff, {},
                          PasswordHasher::hash(u"viewer-demo"_s)};
        return users.addUser(admin) && users.addUser(viewer);
    });
    if (seeded)
        qCInfo(lcServer) << "--demo: seeded \"Demo Agency\" with users admin and viewer.";
    return seeded;
}

} // namespace AgencyTokens::Server
