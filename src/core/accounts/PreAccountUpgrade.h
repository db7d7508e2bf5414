// SPDX-License-Identifier: MIT
#pragma once

#include "AccountList.h"
#include "PreAccountPlan.h"
#include "keychain/SecretStore.h"

#include <QObject>

#include <deque>
#include <functional>
#include <memory>

class QLockFile;

namespace AgencyTokens {

/// The keychain entries written before accounts existed (PreAccountEntry)
/// stay behind after an upgrade. At the first start of the app or the CLI
/// after it, this moves each into the signed-in account of its host or
/// removes it (PreAccountPlan), once: a marker in the shared settings file
/// records that it ran, and is set only when the keychain answered every step,
/// so a locked or absent keychain means another try at the next start.
///
/// Nothing is lost: a value is written under its new key (through the store,
/// so the index lists it), read back and compared before the old entry is
/// removed; a newer entry of the account is never overwritten. One process at
/// a time (a lock file next to the index lock); no secret is logged.
class PreAccountUpgrade : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Done,        ///< no entry from before accounts is left; the marker is set
        AlreadyDone, ///< an earlier start did it: the keychain was not asked anything
        Busy,        ///< another process is doing it now; the next start looks again
        Failed,      ///< the keychain refused a step: what was not moved yet stays, tried again next start
    };
    Q_ENUM(Status)

    struct Report
    {
        Status status = Status::Done;
        int moved = 0;   ///< entries now in an account
        int removed = 0; ///< entries removed without a move (an account's own was newer, or a session…)
        SecretStore::Result error; ///< why it Failed
    };
    using Done = std::function<void(const Report &)>;

    /// In the settings file the app and the CLI share (AccountList's).
    static constexpr QLatin1StringView MarkerKey{"upgrades/preAccountKeychain"};

    explicit PreAccountUpgrade(SecretStore *store, QObject *parent = nullptr);
    ~PreAccountUpgrade() override;

    /// Whether a start did it already (the marker).
    [[nodiscard]] static bool isDone();
    /// Does it unless it was done; `done` is called once, from the event loop.
    void run(Done done);
    /// For the start of the app and the CLI: `next` at once when it was done
    /// before, else after run() on `store` (a KeychainStore of its own when
    /// null) whatever its outcome: the start goes on either way.
    static void runThen(SecretStore *store, QObject *context, std::function<void()> next);

private:
    void planAndRun(const QStringList &index);
    void queue(const PreAccountPlan &plan);
    void move(const PreAccountEntry &entry, const QString &target);
    void writeState(const PreAccountPlan &plan);
    void writeConfirmed(const QString &key, const Secret &value, std::function<void()> next);
    void remove(const PreAccountEntry &entry, bool moved);
    void next();
    void fail(const SecretStore::Result &result);
    void finish(Status status);

    SecretStore *m_store;
    AccountList m_accounts;
    std::unique_ptr<QLockFile> m_lock;
    Done m_done;
    Report m_report;
    QHash<QString, Secret> m_values; // the old entries' values, read once
    std::deque<std::function<void()>> m_steps;
};

} // namespace AgencyTokens
