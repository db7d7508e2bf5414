// SPDX-License-Identifier: MIT
#include "IndexLock.h"

#include "logging/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    m_heldElsewhere = false;
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
    m_heldElsewhere = true;
    if (m_deadline.hasExpired()) {
        qCWarning(lcKeychain) << "another process held the lock too long:" << m_path << holder();
        std::exchange(m_done, nullptr)(false);
        return;
    }
    m_retry.start();
}

QString IndexLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_file || !m_file->getLockInfo(&pid, &host, &app) || pid <= 0)
        return {};
    // The lock file names the application ("agency-tokens" for the app and the
    // CLI alike); the program that runs tells them apart where it can be read.
    QString program = app;
    QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
    if (cmdline.open(QIODevice::ReadOnly)) {
        const QByteArray first = cmdline.read(4096).split('\0').value(0);
        if (!first.isEmpty())
            program = QFileInfo(QString::fromLocal8Bit(first)).fileName();
    }
    // Shown to a person and printed on a terminal: printable characters only.
    program.removeIf([](QChar c) { return !c.isPrint(); });
    program.truncate(64);
    if (program.isEmpty())
        program = tr("another program");
    return tr("%1 (process %2)").arg(program).arg(pid);
}

void IndexLock::release()
{
    m_retry.stop();
    m_done = nullptr;
    if (m_file && m_file->isLocked())
        m_file->unlock();
}

} // namespace AgencyTokens
