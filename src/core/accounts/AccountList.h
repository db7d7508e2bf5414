// SPDX-License-Identifier: MIT
#pragma once

#include "AccountInfo.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QSettings;

#include <functional>
#include <optional>

namespace AgencyTokens {

/// The accounts, shared by the app and the command line tool: their names,
/// kinds and addresses (never a secret) in the settings file, plus which
/// one was used last. Each call reads or writes the file, so that what one
/// program adds the other sees. Every change is a read-modify-write under a
/// lock file next to the settings file (see lockPath()), so that any number
/// of processes changing the list at once lose nothing; the lock is held for
/// a file read and write only, so waiting for it blocks briefly.
class AccountList : public QObject
{
    Q_OBJECT
public:
    /// The platform's public API, the default address of a tokens-only account.
    static inline const QUrl DefaultApi{QStringLiteral("https://api.impact.com")};
    /// Where the platform's web app manages tokens.
    static inline const QUrl DefaultWebApp{QStringLiteral("https://app.impact.com")};

    explicit AccountList(QObject *parent = nullptr);

    [[nodiscard]] QList<AccountInfo> accounts() const;
    [[nodiscard]] std::optional<AccountInfo> find(const QString &id) const;
    /// By id, or by name (case-insensitive) when no id matches.
    [[nodiscard]] std::optional<AccountInfo> lookup(const QString &idOrName) const;
    /// A new account with a fresh id and a name not yet used; not saved.
    [[nodiscard]] AccountInfo create(AccountKind kind, const QString &name, const QUrl &address,
                                     const QUrl &webApp = {}) const;
    /// How long a change waits for another process's change to end.
    static constexpr int LockWaitMs = 10000;

    /// Saves an account made by create() (replacing one of the same id). Its name
    /// is made unique again among the accounts listed at that moment; the account
    /// as saved, or nothing when the list could not be changed (see lockPath()).
    std::optional<AccountInfo> insert(const AccountInfo &info);
    /// create() and insert() in one.
    AccountInfo add(AccountKind kind, const QString &name, const QUrl &address, const QUrl &webApp = {});
    bool rename(const QString &id, const QString &name);
    /// Moves the account `steps` places down the list (up when negative, clamped
    /// to its ends); false when it is not listed or does not move.
    bool move(const QString &id, int steps);
    /// Marks `id` as an account whose keychain entries this process is writing
    /// before it lists it (insert() ends the mark, as does release()), so that
    /// a sweep for orphaned entries leaves them alone. A mark whose process is
    /// gone, or older than an hour, no longer counts.
    bool reserve(const QString &id);
    void release(const QString &id);
    /// The ids marked by reserve() that still count.
    [[nodiscard]] QStringList reservedIds() const;
    /// Every id this install has listed or reserved, kept in its own settings
    /// file, with those listed now: the accounts whose keychain entries are this
    /// install's to sweep. Another install of the app (its own settings file, the
    /// same keychain: a Flatpak beside a distribution package, another HOME) has
    /// ids of its own, which it alone may take for orphans.
    [[nodiscard]] QStringList knownIds() const;
    /// Whether `id` is listed or reserved (by a process that still runs), read
    /// under the lock; nothing when the lock could not be had in time. What a
    /// write of an account's keychain entries asks first (AccountService).
    [[nodiscard]] std::optional<bool> holds(const QString &id);
    /// Forgets the account; its keychain entries are the caller's to wipe first.
    /// False when there is no such account or the list could not be changed.
    bool remove(const QString &id);
    /// The lock file held around every change of the list, by every process.
    [[nodiscard]] static QString lockPath();
    [[nodiscard]] QString lastUsed() const;
    void setLastUsed(const QString &id);
    /// A name not yet used: `base`, or `base (2)`, …
    [[nodiscard]] QString uniqueName(const QString &base) const;

Q_SIGNALS:
    void changed();

private:
    /// Under the lock: the list as the file holds it now, through `change`, saved
    /// when `change` returns true. False when the lock could not be had in time.
    bool update(const std::function<bool(QList<AccountInfo> &)> &change);
    /// Under the lock: `change` on the settings as the file holds them now; saved when it returns true.
    bool locked(const std::function<bool(QSettings &)> &change);
};

} // namespace AgencyTokens
