// SPDX-License-Identifier: MIT
#pragma once

namespace AgencyTokens::Server {

class AccessTokenStore;
class Database;
class UserDirectory;

/// --demo: an agency "Demo Agency" with an administrator (admin / admin-demo),
/// a staff member who may not manage tokens (viewer / viewer-demo) and two
/// scoped access tokens, "Reporting sync" and "Compliance checker", whose Auth
/// Tokens nobody is shown (a reset gives one). Legacy tokens stay disabled.
/// Only an empty database is seeded, so a restart never resets the demo.
class DemoSeeder
{
public:
    /// False only when seeding was needed and failed. The token cipher must be open.
    [[nodiscard]] static bool seedIfEmpty(Database &database, UserDirectory &users, AccessTokenStore &accessTokens);
};

} // namespace AgencyTokens::Server
