// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace AgencyTokens::Server {

/// Runs password hashing off the event loop, a bounded number at once, so a
/// burst of sign-ins neither stalls other requests nor queues without end.
class PasswordWorkers : public QObject
{
public:
    /// At most \a concurrency jobs run (or wait) at any time.
    explicit PasswordWorkers(int concurrency, QObject *parent = nullptr);
    /// Waits for running jobs; their results are dropped.
    ~PasswordWorkers() override;

    /// Runs \a work on a worker thread, then \a done with its result on this
    /// object's thread. False, and nothing started, when all workers are busy.
    [[nodiscard]] bool tryRun(std::function<bool()> work, std::function<void(bool)> done);
    /// Jobs started and not yet done.
    [[nodiscard]] int busy() const { return m_busy; }
    [[nodiscard]] int capacity() const { return m_capacity; }

private:
    QThreadPool m_pool;
    const int m_capacity;
    int m_busy = 0;
};

} // namespace AgencyTokens::Server
