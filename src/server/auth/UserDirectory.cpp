// SPDX-License-Identifier: MIT
#include "UserDirectory.h"

#include "storage/Database.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

UserDirectory::UserDirectory(Database &database)
    : m_database(database)
{
}

std::optional<User> UserDirectory::findByUsername(const QString &username) const
{
    return findOne(u"u.username"_s, username);
}

std::optional<User> UserDirectory::findById(qint64 id) const
{
    return findOne(u"u.id"_s, id);
}

std::optional<User> UserDirectory::findOne(const QString &column, const QVariant &value) const
{
    // column is one of two literals above, never user input.
    QSqlQuery query = m_database.prepare(
        u"SELECT u.id, u.agency_id, u.username, u.display_name, u.role, u.password_hash, a.name"
        " FROM users u JOIN agencies a ON a.id = u.agency_id WHERE %1 = ?"_s.arg(column));
    query.addBindValue(value);
    if (!Database::exec(query) || !query.next())
        return std::nullopt;
    const auto role = roleFromWire(query.value(4).toString());
    if (!role)
        return std::nullopt;
    User user;
    user.id = query.value(0).toLongLong();
    user.agencyId = query.value(1).toLongLong();
    user.username = query.value(2).toString();
    user.displayName = query.value(3).toString();
    user.role = *role;
    user.passwordHash = query.value(5).toString();
    user.agencyName = query.value(6).toString();
    return user;
}

QString UserDirectory::agencyName(qint64 agencyId) const
{
    QSqlQuery query = m_database.prepare(u"SELECT name FROM agencies WHERE id = ?"_s);
    query.addBindValue(agencyId);
    if (!Database::exec(query) || !query.next())
        return {};
    return query.value(0).toString();
}

qint64 UserDirectory::addAgency(const QString &name)
{
    QSqlQuery query = m_database.prepare(u"INSERT INTO agencies (name) VALUES (?)"_s);
    query.addBindValue(name);
    if (!Database::exec(query))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool UserDirectory::addUser(const User &user)
{
    QSqlQuery query = m_database.prepare(
        u"INSERT INTO users (agency_id, username, display_name, role, password_hash) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(user.agencyId);
    query.addBindValue(user.username);
    query.addBindValue(user.displayName);
    query.addBindValue(roleToWire(user.role));
    query.addBindValue(user.passwordHash);
    return Database::exec(query);
}

} // namespace AgencyTokens::Server
