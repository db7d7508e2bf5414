// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QLockFile;

namespace AgencyTokens {

/// The lock every process of the app (the GUI, the CLI) holds around its
/// read-modify-write of the keychain index, so that two of them writing at
/// the same moment cannot lose each other's keys. A QLockFile in the user's
/// runtime folder, taken without blocking the event loop: attempts are
/// retried on a timer until the deadline. Never stale by age (a prompt may
/// keep it a while), only when its holder has died.
class IndexLock : public QObject
{
    Q_OBJECT
public:
    /// Time between two attempts while another process holds the lock.
    static constexpr int RetryMs = 20;

    explicit IndexLock(QObject *parent = nullptr);
    /// The same kind of lock on another file (e.g. the accounts' state lock).
    IndexLock(const QString &path, QObject *parent);
    ~IndexLock() override;

    /// The lock file shared by every process of this user.
    [[nodiscard]] static QString defaultPath();

    /// Calls \a done once, from the event loop: true when the lock is held, false
    /// when \a deadline passed first. A lock file that cannot be created at all
    /// (no writable folder) is reported as held, with a warning: the keychain
    /// must still work, the index is only unguarded against other processes then.
    void acquire(QDeadlineTimer deadline, std::function<void(bool)> done);
    /// Gives the lock back (and abandons a pending acquire()).
    void release();

    /// True while acquire() waits for another process to give the lock back.
    [[nodiscard]] bool waitingForOtherProcess() const { return m_done && m_heldElsewhere; }
    /// The process that held the lock at the last failed attempt, as a person
    /// can find it: "agency-tokens-cli (process 1234)"; empty when not known.
    [[nodiscard]] QString holder() const;

private:
    void attempt();

    QString m_path;
    std::unique_ptr<QLockFile> m_file;
    QTimer m_retry;
    QDeadlineTimer m_deadline;
    std::function<void(bool)> m_done;
    bool m_heldElsewhere = false;
};

} // namespace AgencyTokens
