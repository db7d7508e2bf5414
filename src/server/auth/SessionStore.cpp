// SPDX-License-Identifier: MIT
#include "SessionStore.h"

#include "ConstantTime.h"
#include "storage/Database.h"
#include "tokens/TokenGenerator.h"

#include <QCryptographicHash>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {
constexpr qint64 StaleAfterMs = 24 * 60 * 60 * 1000;
}

SessionStore::SessionStore(Database &database, std::chrono::seconds ttl)
    : m_database(database)
    , m_ttl(ttl)
{
}

QByteArray SessionStore::tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

std::optional<SessionStore::Created> SessionStore::create(qint64 userId)
{
    Created created;
    created.token = TokenGenerator::sessionToken();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 expires = now + std::chrono::milliseconds(m_ttl).count();
    created.expiresAt = QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC);

    QSqlQuery query = m_database.prepare(
        u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(QString::fromLatin1(tokenHash(created.token)));
    query.addBindValue(userId);
    query.addBindValue(now);
    query.addBindValue(expires);
    if (!Database::exec(query))
        return std::nullopt;
    return created;
}

SessionStore::Lookup SessionStore::find(const QString &token) const
{
    // The lookup is by digest, so its timing says nothing about the token;
    // the equality check after it is constant-time anyway.
    const QByteArray hash = tokenHash(token);
    QSqlQuery query = m_database.prepare(u"SELECT token_hash, user_id, expires_at FROM sessions WHERE token_hash = ?"_s);
    query.addBindValue(QString::fromLatin1(hash));
    if (!Database::exec(query) || !query.next())
        return {};
    if (!constantTimeEquals(query.value(0).toString().toLatin1(), hash))
        return {};
    Lookup lookup;
    lookup.userId = query.value(1).toLongLong();
    lookup.status = query.value(2).toLongLong() <= QDateTime::currentMSecsSinceEpoch() ? Lookup::Status::Expired
                                                                                       : Lookup::Status::Valid;
    return lookup;
}

bool SessionStore::remove(const QString &token)
{
    QSqlQuery query = m_database.prepare(u"DELETE FROM sessions WHERE token_hash = ?"_s);
    query.addBindValue(QString::fromLatin1(tokenHash(token)));
    return Database::exec(query) && query.numRowsAffected() > 0;
}

void SessionStore::purgeStale()
{
    QSqlQuery query = m_database.prepare(u"DELETE FROM sessions WHERE expires_at < ?"_s);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch() - StaleAfterMs);
    (void)Database::exec(query);
}

} // namespace AgencyTokens::Server
