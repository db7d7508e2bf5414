// SPDX-License-Identifier: MIT
#include "IndexLock.h"

#include "logging/Logging.h"

#include <QDir>
#include <QLockFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

IndexLock::IndexLock(QObject *parent)
    : IndexLock(defaultPath(), parent)
{
}

IndexLock::IndexLock(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &IndexLock::attempt);
}

IndexLock::~IndexLock() = default;

QString IndexLock::defaultPath()
{
    // Not the app's own data folder: the CLI has another application name and
    // must find the same file. The runtime folder is per user and local.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        folder = QDir::tempPath();
    return folder + u"/agency-tokens-keychain-index.lock"_s;
}

void IndexLock::acquire(QDeadlineTimer deadline, std::function<void(bool)> done)
{
    release();
    m_deadline = deadline;
    m_done = std::move(done);
    if (!m_file) {
        m_file = std::make_unique<QLockFile>(m_path);
        m_file->setStaleLockTime(0); // stale only when its process is gone
    }
    // Always answer from the event loop, like every keychain answer.
    QTimer::singleShot(0, this, &IndexLock::attempt);
}

void IndexLock::attempt()
{
    if (!m_done)
        return; // released meanwhile
    if (m_file->tryLock(0)) {
        std::exchange(m_done, nullptr)(true);
        return;
    }
    if (m_file->error() != QLockFile::LockFailedError) {
        qCWarning(lcKeychain) << "cannot create the lock" << m_path
                              << "; going on without it (error" << m_file->error() << ')';
        std::exchange(m_done, nullptr)(true);
        return;
    }
    if (m_deadline.hasExpired()) {
        qCWarning(lcKeychain) << "another process held the lock too long:" << m_path;
        std::exchange(m_done, nullptr)(false);
        return;
    }
    m_retry.start();
}

void IndexLock::release()
{
    m_retry.stop();
    m_done = nullptr;
    if (m_file && m_file->isLocked())
        m_file->unlock();
}

} // namespace AgencyTokens
