// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/Secret.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace AgencyTokens {

/// Where secrets live. The real one is KeychainStore (the system keychain);
/// tests put a failing one in front of the service to inject faults that the
/// real keychain cannot produce on demand. There is no plaintext implementation.
///
/// Every call answers exactly once, asynchronously, through its callback, and
/// only while `context` is alive.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        NotFound,         ///< no entry under that key
        Locked,           ///< QKeychain::AccessDenied: the collection is locked
        DeniedByUser,     ///< QKeychain::AccessDeniedByUser: the user said no
        NoBackend,        ///< QKeychain::NoBackendAvailable
        Unavailable,      ///< QKeychain::OtherError: typically no Secret Service at all
        NotImplemented,   ///< QKeychain::NotImplemented
        CouldNotDelete,   ///< QKeychain::CouldNotDeleteEntry
        Timeout,          ///< the keychain did not answer in time
        Busy,             ///< another process of the app held the keychain's lock past the deadline
        NotWanted,        ///< the caller's own check (writeIf) said not to write: nothing was written
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QString message; ///< user-facing, empty on success
        [[nodiscard]] bool ok() const { return error == Error::None; }
    };

    using Done = std::function<void(const Result &)>;
    using ReadDone = std::function<void(const Result &, const Secret &)>;
    /// The values found, by key; a key with no entry is simply absent.
    using ReadManyDone = std::function<void(const Result &, const QHash<QString, Secret> &)>;
    using KeysDone = std::function<void(const Result &, const QStringList &)>;
    /// A condition of the caller's, asked under the store's cross-process lock (see writeIf()).
    using Check = std::function<Result()>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    /// Several keys in one operation (at start: one round through the store
    /// instead of one per key). Missing keys are not a failure; any other
    /// error ends the whole read. This default reads them one by one.
    virtual void readMany(const QStringList &keys, QObject *context, ReadManyDone done);
    /// Writes or overwrites; the key is recorded so that removeAll() finds it.
    virtual void write(const QString &key, const Secret &value, QObject *context, Done done) = 0;
    /// write() only if `check` answers success, asked under the store's
    /// cross-process lock right before the write, so that no other process's
    /// operation of the store (its removeUnderThen() included) falls between
    /// the check and the write. Otherwise nothing is written and `done` hears
    /// what `check` answered. This default, for stores without such a lock,
    /// checks first and then writes.
    virtual void writeIf(const QString &key, const Secret &value, Check check, QObject *context, Done done);
    /// Removing a key that is not there succeeds.
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
    /// Removes every entry this app wrote.
    virtual void removeAll(QObject *context, Done done) = 0;
    /// Removes every entry this app wrote under `prefix` + "/" (one account's), and
    /// nothing else.
    virtual void removeUnder(const QString &prefix, QObject *context, Done done) = 0;
    /// removeUnder(), then, once every entry is gone and under the same hold
    /// of the store's cross-process lock, `then` (e.g. taking the account off
    /// the shared list): a writeIf() of another process checks either before
    /// the removal (and its entry is removed) or after `then`. This default
    /// calls `then` after the removal.
    virtual void removeUnderThen(const QString &prefix, std::function<void()> then, QObject *context, Done done);
    /// The keys this app wrote (its index), for an upgrade that looks for
    /// entries by the form of their key. A store without an index answers
    /// NotImplemented, which is what this default does.
    virtual void listKeys(QObject *context, KeysDone done);

    /// Operations asked for whose answer has not come yet (queued or running):
    /// zero means the store is idle. This default (a store that answers at
    /// once) is always idle.
    [[nodiscard]] virtual int pendingOperations() const { return 0; }

    /// Whether the keychain was last found locked: an operation answered
    /// Locked (or the user refused to unlock it), or the keychain said it
    /// locked (KeychainStore, where the system tells); false again once an
    /// operation succeeds or it is unlocked. What is in memory stays usable.
    [[nodiscard]] bool foundLocked() const { return m_foundLocked; }

    /// The user-facing sentence for an error: what happened and what to do.
    [[nodiscard]] static QString messageFor(Error error);
    [[nodiscard]] static Result failure(Error error) { return {error, messageFor(error)}; }

Q_SIGNALS:
    /// pendingOperations() may have changed. Emitted after an answer's callback
    /// has returned, so an operation that the callback asked for is counted:
    /// a chain of operations never shows zero in between.
    void pendingChanged();
    /// foundLocked() changed.
    void foundLockedChanged();

protected:
    void setFoundLocked(bool locked);
    /// What `result` of an operation says of the lock: Locked or refused → locked, success → unlocked.
    void noteLockFrom(const Result &result);

private:
    bool m_foundLocked = false;
};

} // namespace AgencyTokens
