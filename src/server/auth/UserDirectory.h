// SPDX-License-Identifier: MIT
#pragma once

#include "Role.h"

#include <QString>

#include <optional>

namespace AgencyTokens::Server {

class Database;

/// A user of an agency, as the management API sees them.
struct User
{
    qint64 id = 0;
    qint64 agencyId = 0;
    QString username;
    QString displayName;
    Role role = Role::Staff;
    QString agencyName;
    /// PasswordHasher's encoded hash; never leaves the server.
    QString passwordHash;
};

/// Agencies and their users in the database.
class UserDirectory
{
public:
    explicit UserDirectory(Database &database);

    [[nodiscard]] std::optional<User> findByUsername(const QString &username) const;
    [[nodiscard]] std::optional<User> findById(qint64 id) const;
    /// The agency's display name; empty when there is no such agency.
    [[nodiscard]] QString agencyName(qint64 agencyId) const;
    /// The new agency's id, or 0 on failure.
    [[nodiscard]] qint64 addAgency(const QString &name);
    /// Adds a user whose password is already hashed; false on failure.
    [[nodiscard]] bool addUser(const User &user);

private:
    [[nodiscard]] std::optional<User> findOne(const QString &column, const QVariant &value) const;

    Database &m_database;
};

} // namespace AgencyTokens::Server
