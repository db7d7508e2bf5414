// SPDX-License-Identifier: MIT
#include "LoginThrottle.h"

namespace AgencyTokens::Server {

namespace {
constexpr qint64 WindowMs = std::chrono::milliseconds(LoginThrottle::Window).count();
} // namespace

LoginThrottle::LoginThrottle(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(1, capacity))
{
    m_clock.start();
    m_entries.reserve(m_capacity);
}

bool LoginThrottle::isAcceptableUsername(const QString &username)
{
    return username.size() <= MaxUsernameLength;
}

void LoginThrottle::remove(QHash<QString, Entry>::iterator it)
{
    m_recency.erase(it->recency);
    m_entries.erase(it);
}

void LoginThrottle::prune(const QString &username, qint64 now)
{
    auto it = m_entries.find(username);
    if (it == m_entries.end())
        return;
    QList<qint64> &times = it->failures;
    while (!times.isEmpty() && now - times.constFirst() >= WindowMs)
        times.removeFirst();
    if (times.isEmpty())
        remove(it);
}

int LoginThrottle::retryAfterSeconds(const QString &username)
{
    const qint64 now = m_clock.elapsed();
    prune(username, now);
    const auto it = m_entries.constFind(username);
    if (it == m_entries.cend() || it->failures.size() < MaxFailures)
        return 0;
    // Free again when the oldest failure that still counts leaves the window.
    const qint64 freeAt = it->failures.at(it->failures.size() - MaxFailures) + WindowMs;
    return int(std::max<qint64>(1, (freeAt - now + 999) / 1000));
}

void LoginThrottle::recordFailure(const QString &username)
{
    if (!isAcceptableUsername(username))
        return;
    const qint64 now = m_clock.elapsed();
    auto it = m_entries.find(username);
    if (it == m_entries.end()) {
        // Full: the least recently failed name goes. Spraying names to push a
        // victim out is slow, because every attempt costs a password hash.
        if (m_entries.size() >= m_capacity)
            remove(m_entries.find(m_recency.front()));
        m_recency.push_back(username);
        it = m_entries.insert(username, Entry{{}, std::prev(m_recency.end())});
    } else {
        m_recency.splice(m_recency.end(), m_recency, it->recency);
    }
    it->failures.append(now);
    if (it->failures.size() > MaxFailures)
        it->failures.removeFirst();
}

void LoginThrottle::recordSuccess(const QString &username)
{
    if (const auto it = m_entries.find(username); it != m_entries.end())
        remove(it);
}

} // namespace AgencyTokens::Server
