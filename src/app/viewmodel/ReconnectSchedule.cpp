// SPDX-License-Identifier: MIT
#include "ReconnectSchedule.h"

#include "logging/Logging.h"

#include <QNetworkInformation>

#include <algorithm>

namespace AgencyTokens {

ReconnectSchedule::ReconnectSchedule(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_attemptRunning = true;
        Q_EMIT scheduledChanged();
        Q_EMIT due();
    });
}

void ReconnectSchedule::setWanted(bool wanted)
{
    if (m_wanted == wanted)
        return;
    m_wanted = wanted;
    m_attemptRunning = false;
    m_delayMs = FirstDelayMs;
    if (!wanted) {
        m_timer.stop();
        Q_EMIT scheduledChanged();
        return;
    }
    watchReachability();
    schedule();
}

void ReconnectSchedule::attemptFailed()
{
    if (!m_wanted || !std::exchange(m_attemptRunning, false))
        return;
    m_delayMs = std::min(m_delayMs * 2, MaxDelayMs);
    schedule();
}

void ReconnectSchedule::schedule()
{
    m_timer.start(m_delayMs);
    Q_EMIT scheduledChanged();
}

void ReconnectSchedule::watchReachability()
{
    // Loaded the first time an account goes offline, not at start; a system
    // without a backend (no NetworkManager) keeps the backed-off schedule alone.
    static const bool loaded = QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    auto *info = QNetworkInformation::instance();
    if (!loaded || !info)
        return;
    connect(info, &QNetworkInformation::reachabilityChanged, this, &ReconnectSchedule::reachabilityChanged,
            Qt::UniqueConnection);
}

void ReconnectSchedule::reachabilityChanged()
{
    const auto *info = QNetworkInformation::instance();
    if (!info || info->reachability() != QNetworkInformation::Reachability::Online || !m_timer.isActive())
        return;
    qCInfo(lcNetwork) << "the network is back: trying the platform again now";
    m_timer.start(0);
}

} // namespace AgencyTokens
