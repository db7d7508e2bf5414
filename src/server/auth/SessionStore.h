// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace AgencyTokens::Server {

class Database;

/// Sign-in sessions. Only the SHA-256 of a bearer token is stored, so the
/// database file alone does not let anyone act as a signed-in user.
class SessionStore
{
public:
    /// A session just created: the only time its token exists in clear.
    struct Created
    {
        QString token;
        QDateTime expiresAt;
    };

    /// What a bearer token turned out to be.
    struct Lookup
    {
        enum class Status { Valid, Unknown, Expired };
        Status status = Status::Unknown;
        qint64 userId = 0;
    };

    SessionStore(Database &database, std::chrono::seconds ttl);

    /// A new session for \a userId that lasts the configured lifetime.
    [[nodiscard]] std::optional<Created> create(qint64 userId);
    [[nodiscard]] Lookup find(const QString &token) const;
    /// Ends the session; false when there was none.
    bool remove(const QString &token);
    /// Drops sessions that expired more than a day ago: late callers still
    /// hear "session_expired" for a while instead of "session_required".
    void purgeStale();

private:
    [[nodiscard]] static QByteArray tokenHash(const QString &token);

    Database &m_database;
    std::chrono::seconds m_ttl;
};

} // namespace AgencyTokens::Server
