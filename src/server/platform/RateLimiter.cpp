// SPDX-License-Identifier: MIT
#include "RateLimiter.h"

namespace AgencyTokens::Server {

RateLimiter::Decision RateLimiter::take(const QString &accountSid, Clock::time_point now)
{
    auto it = m_windows.find(accountSid);
    if (it != m_windows.end() && now - it->start >= Window) {
        m_windows.erase(it);
        it = m_windows.end();
    }
    if (it == m_windows.end()) {
        if (m_windows.size() >= MaxAccounts)
            makeRoom(now);
        it = m_windows.insert(accountSid, WindowState{now, 0});
    }
    const auto left = std::chrono::ceil<std::chrono::seconds>(Window - (now - it->start));
    Decision decision;
    decision.limit = m_limit;
    decision.resetSeconds = int(std::max<std::chrono::seconds::rep>(left.count(), 0));
    decision.allowed = it->used < m_limit;
    if (decision.allowed)
        ++it->used;
    decision.remaining = m_limit - it->used;
    return decision;
}

void RateLimiter::makeRoom(Clock::time_point now)
{
    m_windows.removeIf([now](const auto &entry) { return now - entry.value().start >= Window; });
    if (m_windows.size() < MaxAccounts)
        return;
    auto oldest = m_windows.begin();
    for (auto it = m_windows.begin(); it != m_windows.end(); ++it) {
        if (it->start < oldest->start)
            oldest = it;
    }
    m_windows.erase(oldest);
}

} // namespace AgencyTokens::Server
