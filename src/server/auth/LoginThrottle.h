// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>

namespace AgencyTokens::Server {

/// Slows password guessing: after MaxFailures failed sign-ins for a username
/// within Window, further attempts are refused until the oldest failure ages
/// out. Kept in memory: a restart forgives, which is fine for a reference server.
class LoginThrottle
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr std::chrono::seconds Window{5 * 60};

    LoginThrottle();

    /// Seconds to wait before \a username may try again; 0 when allowed now.
    [[nodiscard]] int retryAfterSeconds(const QString &username);
    void recordFailure(const QString &username);
    /// A successful sign-in forgives earlier failures.
    void recordSuccess(const QString &username);

private:
    void prune(const QString &username, qint64 now);

    QElapsedTimer m_clock; // monotonic: wall-clock jumps neither lock nor free anyone
    QHash<QString, QList<qint64>> m_failures;
};

} // namespace AgencyTokens::Server
