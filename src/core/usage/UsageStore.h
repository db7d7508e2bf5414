// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace AgencyTokens {

/// One integration that was given a token: secret-free.
struct Integration
{
    QString id;       ///< stable within its token (a UUID without braces)
    QString name;     ///< "Nightly reporting sync"
    QString owner;    ///< who looks after it
    QString note;
    QStringList uses; ///< the API categories it calls (the scope catalogue's categories)
    QDateTime confirmedAt; ///< when it was last confirmed to hold the current value
    bool pending = false;  ///< still holds the value before the last reset or replace

    friend bool operator==(const Integration &, const Integration &) = default;
};

/// What this device knows about where one token is used, and its rotation policy.
struct TokenUsage
{
    QList<Integration> integrations;
    int rotateEveryDays = 0; ///< 0: no policy
    QDateTime since;         ///< the value's age counts from here (creation, reset, paste, replace)

    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] const Integration *find(const QString &idOrName) const;
    /// Whole days since `since`; -1 when not known.
    [[nodiscard]] int ageDays(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// A policy is set and the value is at least that old.
    [[nodiscard]] bool due(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// Every integration is pending from now, and the age starts again.
    void startChecklist(const QDateTime &now = QDateTime::currentDateTimeUtc());
};

/// Who did something with a token on this device.
enum class Actor { App, Cli };

/// One line of this device's activity log: what was done with a token, never its value.
struct ActivityEntry
{
    QDateTime at;
    QString account;     ///< account id
    QString accountName; ///< as it was called then
    QString token;       ///< TokenRef::key(): "readWrite", "readOnly", "scoped/<SID>"
    QString tokenTitle;  ///< "Read/Write", or the scoped token's name
    QString action;      ///< reveal, copy, token, run, curl, verify, probe, replace, reset, create, delete, remove
    QString detail;      ///< e.g. the copy's format
    Actor by = Actor::App;
};

/// Where each token is used, each token's rotation policy and this device's
/// activity log, in one JSON file that the app and the command line tool
/// share (usage.json in the app's data folder). Nothing secret is in it.
///
/// Every change is a read-modify-write under a lock file (`<file>.lock`), and
/// the new content replaces the file in one rename (QSaveFile), so any number
/// of processes writing at once lose nothing and a process killed mid-write
/// leaves the last good file. The file and its folder are readable by their
/// owner only (0600, 0700). A file that is not this store's JSON is moved
/// aside (`usage.json.damaged`) before the next write, never overwritten.
class UsageStore
{
    Q_DECLARE_TR_FUNCTIONS(AgencyTokens::UsageStore)
public:
    /// The log keeps this many entries by default; older ones drop off.
    static constexpr int DefaultMaxActivity = 1000;
    /// How long a change waits for another process's change to end.
    static constexpr int LockWaitMs = 10000;
    /// How old a lock that names no process (its writer killed while making it) may get.
    static constexpr int StaleLockMs = 3000;

    explicit UsageStore(QString path = defaultPath(), int maxActivity = DefaultMaxActivity);
    [[nodiscard]] static QString defaultPath();
    /// Which program this process is (the app, unless the CLI says so at start): who the log names.
    static void setProcessActor(Actor actor);
    [[nodiscard]] static Actor processActor();
    [[nodiscard]] const QString &path() const { return m_path; }

    struct Result
    {
        bool ok = true;
        QString message;
    };

    /// Reads afresh every time: what another process wrote is seen.
    [[nodiscard]] TokenUsage usage(const QString &account, const QString &token) const;
    /// Every token of `account` that has a record, by token key.
    [[nodiscard]] QMap<QString, TokenUsage> tokens(const QString &account) const;
    /// Newest first; every account's when `account` is empty.
    [[nodiscard]] QList<ActivityEntry> activity(const QString &account = {}) const;

    /// Changes one token's record under the lock.
    Result update(const QString &account, const QString &token, const std::function<void(TokenUsage &)> &change);
    Result log(const ActivityEntry &entry);
    /// Forgets the records of an account (its activity stays, as history).
    Result removeAccount(const QString &account);
    /// Forgets one token's record (a deleted scoped token).
    Result removeToken(const QString &account, const QString &token);

    /// An account's integrations as JSON, to share (no secret, no log).
    [[nodiscard]] QByteArray exportAccount(const QString &account) const;
    /// Adds the integrations of an export (matched to tokens by key); an
    /// integration already there by name is updated. How many were taken in.
    Result importAccount(const QString &account, const QByteArray &json, int *taken = nullptr);

    /// The last read's problem (a damaged file), or empty.
    [[nodiscard]] QString problem() const { return m_problem; }

    static QJsonObject toJson(const TokenUsage &usage);
    static std::optional<TokenUsage> usageFromJson(const QJsonObject &object);
    static QJsonObject toJson(const Integration &integration);
    static std::optional<Integration> integrationFromJson(const QJsonObject &object);
    static QString actorToWire(Actor actor);

private:
    [[nodiscard]] QJsonObject read() const;
    Result change(const std::function<void(QJsonObject &)> &edit);

    QString m_path;
    int m_maxActivity;
    mutable QString m_problem;
};

} // namespace AgencyTokens
