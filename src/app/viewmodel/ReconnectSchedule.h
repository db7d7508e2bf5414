// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

namespace AgencyTokens {

/// When to try the platform again while an account is offline: after 2 s,
/// then 4, 8, … at most a minute apart, and at once when the system says the
/// network is back (QNetworkInformation, where a backend reports
/// reachability). Nothing runs while the account is online or not shown: no
/// timer, no polling.
class ReconnectSchedule : public QObject
{
    Q_OBJECT
public:
    static constexpr int FirstDelayMs = 2000;
    static constexpr int MaxDelayMs = 60000;

    explicit ReconnectSchedule(QObject *parent = nullptr);

    /// Starts the schedule when `wanted` (offline and shown), stops and resets it otherwise.
    void setWanted(bool wanted);
    /// An attempt ended and the account is still offline: the next one, further apart.
    void attemptFailed();
    /// Whether an attempt is scheduled (the timer runs).
    [[nodiscard]] bool isScheduled() const { return m_timer.isActive(); }
    /// The delay before the next attempt.
    [[nodiscard]] int nextDelayMs() const { return m_delayMs; }

Q_SIGNALS:
    /// Time to try again.
    void due();
    /// isScheduled() changed.
    void scheduledChanged();

private:
    void schedule();
    void watchReachability();
    void reachabilityChanged();

    QTimer m_timer;
    int m_delayMs = FirstDelayMs;
    bool m_wanted = false;
    bool m_attemptRunning = false;
};

} // namespace AgencyTokens
