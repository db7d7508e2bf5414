// SPDX-License-Identifier: MIT
#pragma once

#include "SecretStore.h"

#include <QStringList>

#include <deque>
#include <memory>
#include <optional>

namespace QKeychain {
class Job;
}

namespace AgencyTokens {

/// The platform keychain through QtKeychain: libsecret/KWallet, macOS and iOS
/// Keychain, Android Keystore, Windows Credential Manager.
///
/// Operations run one at a time, in order, so that the index of written keys
/// (itself a keychain entry) never races. Each keychain job has a deadline;
/// one that passes it ends the operation with Error::Timeout and its late
/// answer is ignored. The insecure fallback of QtKeychain is never enabled.
class KeychainStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 5000;

    explicit KeychainStore(QObject *parent = nullptr);

    /// Deadline for each keychain job.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    [[nodiscard]] int timeout() const { return m_timeoutMs; }
    /// QtKeychain jobs started so far (the index's included): for scripts/bench and tst_counts.
    [[nodiscard]] int jobsStarted() const { return m_jobsStarted; }

    void read(const QString &key, QObject *context, ReadDone done) override;
    /// One operation: the values in turn; the index is read only if one is missing.
    void readMany(const QStringList &keys, QObject *context, ReadManyDone done) override;
    void write(const QString &key, const Secret &value, QObject *context, Done done) override;
    void remove(const QString &key, QObject *context, Done done) override;
    void removeAll(QObject *context, Done done) override;
    void removeUnder(const QString &prefix, QObject *context, Done done) override;

private:
    using Step = std::function<void()>;
    using JobDone = std::function<void(const Result &, QKeychain::Job *)>;

    void enqueue(Step operation);
    void startNext();
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
};

} // namespace AgencyTokens
