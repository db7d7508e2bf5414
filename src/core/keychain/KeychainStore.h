// SPDX-License-Identifier: MIT
#pragma once

#include "IndexLock.h"
#include "SecretStore.h"

#include <QStringList>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace QKeychain {
class Job;
}

namespace AgencyTokens {

/// The system keychain through QtKeychain: libsecret/KWallet, macOS and iOS
/// Keychain, Android Keystore, Windows Credential Manager.
///
/// Operations run one at a time, in order, so that the index of written keys
/// (itself a keychain entry) never races inside the process; across processes
/// (the app and the CLI) an IndexLock is held around each operation. Each
/// keychain job has a deadline long enough for a person to answer an unlock
/// prompt; one that passes it ends the operation with Error::Timeout and its
/// late answer is ignored. An operation that takes longer than a moment sets
/// waitingForUser, so the UI can say that a prompt waits for an answer. The
/// insecure fallback of QtKeychain is never enabled.
class KeychainStore : public SecretStore
{
    Q_OBJECT
    /// True while an operation has been waiting longer than waitingNotice():
    /// most likely for the user, in the keyring's unlock prompt.
    Q_PROPERTY(bool waitingForUser READ waitingForUser NOTIFY waitingChanged)
    /// The sentence to show while waitingForUser, empty otherwise.
    Q_PROPERTY(QString waitingMessage READ waitingMessage NOTIFY waitingChanged)
public:
    /// What a long wait is for: the keychain itself (an unlock prompt, or a
    /// keyring that does not answer), or another process holding the lock.
    enum class WaitingFor { Nothing, Keychain, OtherProcess };
    Q_ENUM(WaitingFor)

    /// Two minutes: enough to find and type a keyring password.
    static constexpr int DefaultTimeoutMs = 120000;
    /// Quicker than this, a keychain answer needs no word.
    static constexpr int DefaultWaitingNoticeMs = 1500;

    explicit KeychainStore(QObject *parent = nullptr);

    /// Deadline for each keychain job (and for the cross-process index lock).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    [[nodiscard]] int timeout() const { return m_timeoutMs; }
    /// How long an operation may take before waitingForUser turns on.
    void setWaitingNotice(int milliseconds) { m_waitingNotice.setInterval(milliseconds); }
    [[nodiscard]] int waitingNotice() const { return m_waitingNotice.interval(); }

    [[nodiscard]] bool waitingForUser() const { return m_waitingFor != WaitingFor::Nothing; }
    [[nodiscard]] WaitingFor waitingFor() const { return m_waitingFor; }
    [[nodiscard]] QString waitingMessage() const;
    /// The process holding the lock while waitingFor() is OtherProcess, as
    /// IndexLock::holder() names it.
    [[nodiscard]] QString lockHolder() const { return m_lock.holder(); }

    /// For a short-lived process (the CLI): once an operation ended because the
    /// keychain or the lock did not answer, every later operation ends at once
    /// with the same result instead of waiting out a deadline of its own.
    void setGiveUpWhenStuck(bool giveUp) { m_giveUpWhenStuck = giveUp; }

    /// QtKeychain jobs started so far (the index's included): for scripts/bench and tst_counts.
    [[nodiscard]] int jobsStarted() const { return m_jobsStarted; }

    /// The queued operations and the running one.
    [[nodiscard]] int pendingOperations() const override { return int(m_queue.size()) + (m_running ? 1 : 0); }

    void read(const QString &key, QObject *context, ReadDone done) override;
    /// One operation: the values in turn; the index is read only if one is missing.
    void readMany(const QStringList &keys, QObject *context, ReadManyDone done) override;
    void write(const QString &key, const Secret &value, QObject *context, Done done) override;
    /// `check` is asked once the cross-process index lock is held, before the index is read.
    void writeIf(const QString &key, const Secret &value, Check check, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;
    void removeAll(QObject *context, Done done) override;
    void removeUnder(const QString &prefix, QObject *context, Done done) override;
    /// `then` runs before the index lock is given back.
    void removeUnderThen(const QString &prefix, std::function<void()> then, QObject *context, Done done) override;
    /// The index as it is now, read under the cross-process lock; a locked keyring is Locked.
    void listKeys(QObject *context, KeysDone done) override;

Q_SIGNALS:
    void waitingChanged(bool waiting);

private:
    /// An operation: run once the index lock is held; fail when it cannot be had.
    struct Step
    {
        std::function<void()> run;
        Done fail;
    };
    using JobDone = std::function<void(const Result &, QKeychain::Job *)>;

    /// The last step of every operation: starts the next one, then answers `done` if `context` still exists.
    [[nodiscard]] Done ending(QObject *context, Done done);
    void enqueue(Step operation);
    void startNext();
    void setWaiting(WaitingFor what);
    /// The lock could not be had before the deadline: Busy, naming its holder.
    [[nodiscard]] Result lockFailure() const;
    /// Remembers a result that says the keychain or the lock is stuck (see setGiveUpWhenStuck).
    void noteStuck(const Result &result);
    void runJob(QKeychain::Job *job, JobDone done);
    enum class IndexMissing { Continue, Probe };
    void withIndex(IndexMissing missing, Done onFailure, std::function<void()> next);
    void probeUnlocked(Done onFailure, std::function<void()> next);
    void saveIndex(QStringList index, Done done);
    void removeKeys(QStringList keys, Done done);
    void readValues(QStringList keys, std::shared_ptr<QHash<QString, Secret>> found, ReadManyDone done);

    std::deque<Step> m_queue;
    bool m_running = false;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_jobsStarted = 0;
    std::optional<QStringList> m_index; // as read at the start of the running operation
    IndexLock m_lock;
    QTimer m_waitingNotice;
    WaitingFor m_waitingFor = WaitingFor::Nothing;
    bool m_giveUpWhenStuck = false;
    QObject *m_lockWatch = nullptr; // the Secret Service's lock signals (Linux), from the first use on
    std::optional<Result> m_stuck;
};

} // namespace AgencyTokens
