// SPDX-License-Identifier: MIT
#include "DataDirLock.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

bool DataDirLock::acquire(const QString &dataDir, QString *error)
{
    const QString folder = QDir(dataDir).absolutePath();
    m_lock = std::make_unique<QLockFile>(QDir(folder).absoluteFilePath(QString::fromLatin1(FileName)));
    // Never stale by age: a server may run for weeks. A lock whose process is
    // gone (a crash, kill -9) is still taken over, QLockFile checks the PID.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;

    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &application)) {
        *error = u"Another agency-tokens-server (PID %1) is already using the data folder %2. "
                 "Stop it, or pass another --data."_s.arg(pid).arg(folder);
    } else {
        *error = u"Cannot lock the data folder %1 (is it writable?)."_s.arg(folder);
    }
    m_lock.reset();
    return false;
}

} // namespace AgencyTokens::Server
