// SPDX-License-Identifier: MIT
#pragma once

namespace AgencyTokens::Server {

class Database;
class UserDirectory;

/// --demo: an agency "Demo Agency" with an administrator (admin / admin-demo)
/// and a staff member who may not manage tokens (viewer / viewer-demo).
/// Only an empty database is seeded, so a restart never resets the demo.
class DemoSeeder
{
public:
    /// False only when seeding was needed and failed.
    [[nodiscard]] static bool seedIfEmpty(Database &database, UserDirectory &users);
};

} // namespace AgencyTokens::Server
