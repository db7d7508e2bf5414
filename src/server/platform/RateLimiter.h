// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

#include <chrono>

namespace AgencyTokens::Server {

/// The platform's hourly request limit per Account SID: a fixed window that
/// starts with an account's first request. Memory is bounded: past
/// MaxAccounts, windows that have ended are dropped, then the oldest.
class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::seconds Window{3600};
    static constexpr qsizetype MaxAccounts = 10000;

    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int resetSeconds = 0; ///< seconds until the window ends (X-RateLimit-Reset)
    };

    explicit RateLimiter(int limit) : m_limit(limit) {}

    /// Counts one request of \a accountSid and says whether it is within the limit.
    [[nodiscard]] Decision take(const QString &accountSid, Clock::time_point now = Clock::now());
    [[nodiscard]] qsizetype trackedAccounts() const { return m_windows.size(); }

private:
    struct WindowState
    {
        Clock::time_point start;
        int used = 0;
    };
    void makeRoom(Clock::time_point now);

    int m_limit;
    QHash<QString, WindowState> m_windows;
};

} // namespace AgencyTokens::Server
