// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <list>

namespace AgencyTokens::Server {

/// Slows password guessing: after MaxFailures failed sign-ins for a username
/// within Window, further attempts are refused until the oldest failure ages
/// out. Kept in memory: a restart forgives, which is fine for a reference server.
/// Its memory is bounded whatever names are sprayed at it: names longer than
/// MaxUsernameLength are never stored, and at most a fixed number of names are
/// tracked, the least recently failed one making room for a new one.
class LoginThrottle
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr std::chrono::seconds Window{5 * 60};
    /// Longer names are refused as wrong credentials before reaching the table.
    static constexpr qsizetype MaxUsernameLength = 256;
    static constexpr qsizetype DefaultCapacity = 4096;

    explicit LoginThrottle(qsizetype capacity = DefaultCapacity);

    /// False for a name no user can have (too long): refuse it without tracking.
    [[nodiscard]] static bool isAcceptableUsername(const QString &username);

    /// Seconds to wait before \a username may try again; 0 when allowed now.
    [[nodiscard]] int retryAfterSeconds(const QString &username);
    void recordFailure(const QString &username);
    /// A successful sign-in forgives earlier failures.
    void recordSuccess(const QString &username);
    /// Names tracked now; never more than capacity().
    [[nodiscard]] qsizetype trackedCount() const { return m_entries.size(); }
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }

private:
    struct Entry
    {
        /// At most MaxFailures times, oldest first: older ones can never matter.
        QList<qint64> failures;
        std::list<QString>::iterator recency;
    };

    void prune(const QString &username, qint64 now);
    void remove(QHash<QString, Entry>::iterator it);

    const qsizetype m_capacity;
    QElapsedTimer m_clock; // monotonic: wall-clock jumps neither lock nor free anyone
    QHash<QString, Entry> m_entries;
    /// Names from least to most recently failed, for eviction in O(1).
    std::list<QString> m_recency;
};

} // namespace AgencyTokens::Server
