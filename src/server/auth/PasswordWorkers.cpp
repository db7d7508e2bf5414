// SPDX-License-Identifier: MIT
#include "PasswordWorkers.h"

#include <QMetaObject>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace AgencyTokens::Server {

namespace {

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    // QThread::setPriority does nothing under SCHED_OTHER; a nice value per
    // thread does, and lets the event loop win a core over a hash.
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        (void)setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
    }
#endif
}

} // namespace

PasswordWorkers::PasswordWorkers(int concurrency, QObject *parent)
    : QObject(parent)
    , m_capacity(concurrency)
{
    m_pool.setMaxThreadCount(concurrency);
    m_pool.setObjectName(QStringLiteral("password-workers"));
}

PasswordWorkers::~PasswordWorkers()
{
    m_pool.waitForDone();
}

bool PasswordWorkers::tryRun(std::function<bool()> work, std::function<void(bool)> done)
{
    if (m_busy >= m_capacity)
        return false;
    ++m_busy;
    m_pool.start([this, work = std::move(work), done = std::move(done)]() mutable {
        lowerThisThreadsPriority();
        const bool result = work();
        // Queued to this object: dropped by Qt if it is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, done = std::move(done), result] {
                --m_busy;
                done(result);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace AgencyTokens::Server
