// SPDX-License-Identifier: MIT
#pragma once

#include "keychain/KeychainStore.h"

namespace AgencyTokens::Testing {

/// The real keychain behind a counter of the calls made at the store's
/// interface (what the app asks for) and of the QtKeychain jobs they cost
/// (what reaches the Secret Service). For tst_counts and scripts/bench.
class CountingStore : public SecretStore
{
public:
    struct Counts
    {
        int reads = 0; ///< read() and readMany() calls: one keychain operation each
        int writes = 0;
        int removes = 0; ///< remove(), removeUnder() and removeAll()
        int jobs = 0;    ///< QtKeychain jobs, index included
        [[nodiscard]] int operations() const { return reads + writes + removes; }
    };

    explicit CountingStore(QObject *parent = nullptr) : SecretStore(parent), m_real(this)
    {
        connect(&m_real, &SecretStore::pendingChanged, this, &SecretStore::pendingChanged);
    }

    /// Everything since construction or since the last take(), then starts again from zero.
    Counts take()
    {
        Counts out = m_counts;
        out.jobs = m_real.jobsStarted() - m_jobsTaken;
        m_jobsTaken = m_real.jobsStarted();
        m_counts = {};
        return out;
    }
    /// Calls made whose answer has not come yet.
    [[nodiscard]] int pending() const { return m_pending; }
    /// The real store's queue: it counts an operation that an answer asks for before that answer ends.
    [[nodiscard]] int pendingOperations() const override { return m_real.pendingOperations(); }

    void read(const QString &key, QObject *context, ReadDone done) override
    {
        ++m_counts.reads;
        ++m_pending;
        m_real.read(key, context, [this, done](const Result &r, const Secret &v) { --m_pending; done(r, v); });
    }
    void readMany(const QStringList &keys, QObject *context, ReadManyDone done) override
    {
        ++m_counts.reads;
        ++m_pending;
        m_real.readMany(keys, context, [this, done](const Result &r, const QHash<QString, Secret> &v) {
            --m_pending;
            done(r, v);
        });
    }
    void write(const QString &key, const Secret &value, QObject *context, Done done) override
    {
        ++m_counts.writes;
        ++m_pending;
        m_real.write(key, value, context, counted(done));
    }
    void writeIf(const QString &key, const Secret &value, Check check, QObject *context, Done done) override
    {
        ++m_counts.writes;
        ++m_pending;
        m_real.writeIf(key, value, std::move(check), context, counted(done));
    }
    void remove(const QString &key, QObject *context, Done done) override
    {
        ++m_counts.removes;
        ++m_pending;
        m_real.remove(key, context, counted(done));
    }
    void removeAll(QObject *context, Done done) override
    {
        ++m_counts.removes;
        ++m_pending;
        m_real.removeAll(context, counted(done));
    }
    void removeUnder(const QString &prefix, QObject *context, Done done) override
    {
        ++m_counts.removes;
        ++m_pending;
        m_real.removeUnder(prefix, context, counted(done));
    }
    void removeUnderThen(const QString &prefix, std::function<void()> then, QObject *context, Done done) override
    {
        ++m_counts.removes;
        ++m_pending;
        m_real.removeUnderThen(prefix, std::move(then), context, counted(done));
    }

private:
    Done counted(Done done)
    {
        return [this, done](const Result &r) {
            --m_pending;
            done(r);
        };
    }

    KeychainStore m_real;
    Counts m_counts;
    int m_jobsTaken = 0;
    int m_pending = 0;
};

} // namespace AgencyTokens::Testing
