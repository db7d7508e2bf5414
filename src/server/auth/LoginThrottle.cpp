// SPDX-License-Identifier: MIT
#include "LoginThrottle.h"

namespace AgencyTokens::Server {

namespace {
constexpr qint64 WindowMs = std::chrono::milliseconds(LoginThrottle::Window).count();
// Bounds memory when someone sprays random usernames.
constexpr qsizetype MaxTrackedUsernames = 10000;
} // namespace

LoginThrottle::LoginThrottle()
{
    m_clock.start();
}

void LoginThrottle::prune(const QString &username, qint64 now)
{
    auto it = m_failures.find(username);
    if (it == m_failures.end())
        return;
    QList<qint64> &times = it.value();
    while (!times.isEmpty() && now - times.constFirst() >= WindowMs)
        times.removeFirst();
    if (times.isEmpty())
        m_failures.erase(it);
}

int LoginThrottle::retryAfterSeconds(const QString &username)
{
    const qint64 now = m_clock.elapsed();
    prune(username, now);
    const auto it = m_failures.constFind(username);
    if (it == m_failures.cend() || it->size() < MaxFailures)
        return 0;
    // Free again when the oldest failure that still counts leaves the window.
    const qint64 freeAt = it->at(it->size() - MaxFailures) + WindowMs;
    return int(std::max<qint64>(1, (freeAt - now + 999) / 1000));
}

void LoginThrottle::recordFailure(const QString &username)
{
    const qint64 now = m_clock.elapsed();
    if (m_failures.size() >= MaxTrackedUsernames && !m_failures.contains(username)) {
        const QStringList names = m_failures.keys();
        for (const QString &name : names)
            prune(name, now);
    }
    m_failures[username].append(now);
}

void LoginThrottle::recordSuccess(const QString &username)
{
    m_failures.remove(username);
}

} // namespace AgencyTokens::Server
