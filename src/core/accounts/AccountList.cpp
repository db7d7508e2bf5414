// SPDX-License-Identifier: MIT
#include "AccountList.h"

#include "logging/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
// One file for the app and the command line tool, whatever their own names.
std::unique_ptr<QSettings> openSettings()
{
    auto settings = std::make_unique<QSettings>(u"AgencyTokens"_s, u"agency-tokens"_s);
    // QSettings keeps a per-process copy of the file: read what another process wrote since.
    settings->sync();
    return settings;
}

QList<AccountInfo> readAccounts(QSettings &s)
{
    QList<AccountInfo> out;
    const int count = s.beginReadArray(u"accounts"_s);
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        AccountInfo info;
        info.id = s.value(u"id"_s).toString();
        info.name = s.value(u"name"_s).toString();
        info.kind = accountKindFromWire(s.value(u"kind"_s).toString()).value_or(AccountKind::TokensOnly);
        info.address = QUrl(s.value(u"address"_s).toString());
        info.webApp = QUrl(s.value(u"webApp"_s).toString());
        if (info.isValid())
            out.append(info);
    }
    s.endArray();
    return out;
}

void writeAccounts(QSettings &s, const QList<AccountInfo> &accounts)
{
    s.remove(u"accounts"_s);
    s.beginWriteArray(u"accounts"_s, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const AccountInfo &info = accounts.at(i);
        s.setArrayIndex(i);
        s.setValue(u"id"_s, info.id);
        s.setValue(u"name"_s, info.name);
        s.setValue(u"kind"_s, accountKindToWire(info.kind));
        s.setValue(u"address"_s, info.address.toString());
        if (info.webApp.isValid())
            s.setValue(u"webApp"_s, info.webApp.toString());
    }
    s.endArray();
}

// A reservation: an account id whose entries a process writes before listing it.
struct Reservation
{
    QString id;
    qint64 pid = 0;
    QDateTime since;
};

QList<Reservation> readReservations(QSettings &s)
{
    QList<Reservation> out;
    const int count = s.beginReadArray(u"reservedAccounts"_s);
    for (int i = 0; i < count; ++i) {
        s.setArrayIndex(i);
        out.append({s.value(u"id"_s).toString(), s.value(u"pid"_s).toLongLong(),
                    QDateTime::fromString(s.value(u"since"_s).toString(), Qt::ISODate)});
    }
    s.endArray();
    return out;
}

void writeReservations(QSettings &s, const QList<Reservation> &reserved)
{
    s.remove(u"reservedAccounts"_s);
    if (reserved.isEmpty())
        return;
    s.beginWriteArray(u"reservedAccounts"_s, int(reserved.size()));
    for (int i = 0; i < reserved.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(u"id"_s, reserved.at(i).id);
        s.setValue(u"pid"_s, reserved.at(i).pid);
        s.setValue(u"since"_s, reserved.at(i).since.toString(Qt::ISODate));
    }
    s.endArray();
}

/// Adds `ids` to what this install has listed or reserved (knownIds()).
void noteKnown(QSettings &s, const QStringList &ids)
{
    const QStringList before = s.value(u"knownAccounts"_s).toStringList();
    QStringList known = before + ids;
    known.removeDuplicates();
    if (known != before)
        s.setValue(u"knownAccounts"_s, known);
}

QStringList idsOf(const QList<AccountInfo> &accounts)
{
    QStringList ids;
    for (const AccountInfo &info : accounts)
        ids.append(info.id);
    return ids;
}

bool stillCounts(const Reservation &r)
{
    if (!r.since.isValid() || r.since.secsTo(QDateTime::currentDateTimeUtc()) > 3600)
        return false;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(r.pid), 0) == 0 || errno == EPERM; // the process is there
#else
    return true; // the hour bounds it
#endif
}

QString uniqueAmong(const QList<AccountInfo> &accounts, const QString &base)
{
    QStringList names;
    for (const AccountInfo &info : accounts)
        names << info.name.toLower();
    QString name = base;
    for (int n = 2; names.contains(name.toLower()); ++n)
        name = u"%1 (%2)"_s.arg(base).arg(n);
    return name;
}
} // namespace

AccountList::AccountList(QObject *parent)
    : QObject(parent)
{
}

QString AccountList::lockPath()
{
    // Not QSettings' own "<file>.lock": QSettings takes that one inside sync().
    return QSettings(u"AgencyTokens"_s, u"agency-tokens"_s).fileName() + u".accounts-lock"_s;
}

QList<AccountInfo> AccountList::accounts() const
{
    return readAccounts(*openSettings());
}

bool AccountList::update(const std::function<bool(QList<AccountInfo> &)> &change)
{
    return locked([&change](QSettings &s) {
        QList<AccountInfo> all = readAccounts(s);
        const QStringList listedBefore = idsOf(all);
        if (!change(all))
            return false;
        writeAccounts(s, all);
        // Before and after: an account listed before this version and removed now is known too.
        noteKnown(s, listedBefore + idsOf(all));
        // An account listed is no longer only reserved.
        QList<Reservation> reserved = readReservations(s);
        if (reserved.removeIf([&all](const Reservation &r) {
                return std::any_of(all.cbegin(), all.cend(), [&r](const AccountInfo &i) { return i.id == r.id; });
            }) > 0)
            writeReservations(s, reserved);
        return true;
    });
}

bool AccountList::reserve(const QString &id)
{
    return locked([&id](QSettings &s) {
        QList<Reservation> reserved = readReservations(s);
        reserved.removeIf([](const Reservation &r) { return !stillCounts(r); });
        reserved.append({id, QCoreApplication::applicationPid(), QDateTime::currentDateTimeUtc()});
        writeReservations(s, reserved);
        noteKnown(s, {id});
        return true;
    });
}

void AccountList::release(const QString &id)
{
    locked([&id](QSettings &s) {
        QList<Reservation> reserved = readReservations(s);
        if (reserved.removeIf([&id](const Reservation &r) { return r.id == id; }) == 0)
            return false;
        writeReservations(s, reserved);
        return true;
    });
}

QStringList AccountList::reservedIds() const
{
    QStringList out;
    for (const Reservation &r : readReservations(*openSettings())) {
        if (stillCounts(r))
            out.append(r.id);
    }
    return out;
}

QStringList AccountList::knownIds() const
{
    const auto s = openSettings();
    QStringList known = s->value(u"knownAccounts"_s).toStringList() + idsOf(readAccounts(*s));
    known.removeDuplicates();
    return known;
}

std::optional<bool> AccountList::holds(const QString &id)
{
    bool held = false;
    const bool read = locked([&id, &held](QSettings &s) {
        const QList<AccountInfo> all = readAccounts(s);
        const QList<Reservation> reserved = readReservations(s);
        held = std::any_of(all.cbegin(), all.cend(), [&id](const AccountInfo &info) { return info.id == id; })
            || std::any_of(reserved.cbegin(), reserved.cend(),
                           [&id](const Reservation &r) { return r.id == id && stillCounts(r); });
        return false; // nothing to save
    });
    if (!read)
        return std::nullopt;
    return held;
}

bool AccountList::locked(const std::function<bool(QSettings &)> &change)
{
    const QString path = lockPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QLockFile lock(path);
    lock.setStaleLockTime(0); // stale only when its process is gone
    if (!lock.tryLock(LockWaitMs)) {
        if (lock.error() == QLockFile::LockFailedError) {
            qCWarning(lcAccounts) << "another process held the account list's lock for" << LockWaitMs << "ms";
            return false;
        }
        // The settings file could not be written either; go on as before there was a lock.
        qCWarning(lcAccounts) << "cannot create the account list's lock" << path << "; going on without it";
    }
    const auto s = openSettings(); // read afresh under the lock
    if (!change(*s))
        return true;
    s->sync();
    if (s->status() != QSettings::NoError)
        qCWarning(lcAccounts) << "could not write the account list:" << s->status();
    Q_EMIT changed();
    return s->status() == QSettings::NoError;
}

std::optional<AccountInfo> AccountList::find(const QString &id) const
{
    for (const AccountInfo &info : accounts()) {
        if (info.id == id)
            return info;
    }
    return std::nullopt;
}

std::optional<AccountInfo> AccountList::lookup(const QString &idOrName) const
{
    if (auto byId = find(idOrName))
        return byId;
    for (const AccountInfo &info : accounts()) {
        if (info.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return info;
    }
    return std::nullopt;
}

AccountInfo AccountList::add(AccountKind kind, const QString &name, const QUrl &address, const QUrl &webApp)
{
    const AccountInfo info = create(kind, name, address, webApp);
    return insert(info).value_or(info);
}

std::optional<AccountInfo> AccountList::insert(const AccountInfo &info)
{
    AccountInfo saved = info;
    const bool done = update([&saved](QList<AccountInfo> &all) {
        all.removeIf([&saved](const AccountInfo &each) { return each.id == saved.id; });
        // Another process may have taken the name since create().
        saved.name = uniqueAmong(all, saved.name);
        all.append(saved);
        return true;
    });
    if (!done)
        return std::nullopt;
    return saved;
}

AccountInfo AccountList::create(AccountKind kind, const QString &name, const QUrl &address, const QUrl &webApp) const
{
    AccountInfo info;
    // Short and random: part of keychain keys, never derived from anything secret.
    info.id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    info.name = uniqueName(name.trimmed().isEmpty() ? address.host() : name.trimmed());
    info.kind = kind;
    info.address = address;
    info.webApp = kind == AccountKind::TokensOnly ? (webApp.isValid() ? webApp : DefaultWebApp) : QUrl();
    return info;
}

bool AccountList::rename(const QString &id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    bool found = false;
    const bool done = update([&](QList<AccountInfo> &all) {
        for (AccountInfo &info : all) {
            if (info.id != id)
                continue;
            found = true;
            if (info.name == trimmed)
                return false;
            info.name = trimmed;
            return true;
        }
        return false;
    });
    return done && found;
}

bool AccountList::move(const QString &id, int steps)
{
    bool moved = false;
    const bool done = update([&](QList<AccountInfo> &all) {
        const auto it = std::find_if(all.begin(), all.end(), [&id](const AccountInfo &info) { return info.id == id; });
        if (it == all.end())
            return false;
        const qsizetype from = it - all.begin();
        const qsizetype to = std::clamp<qsizetype>(from + steps, 0, all.size() - 1);
        if (to == from)
            return false;
        all.move(from, to);
        moved = true;
        return true;
    });
    return done && moved;
}

bool AccountList::remove(const QString &id)
{
    bool found = false;
    QString next;
    const bool done = update([&](QList<AccountInfo> &all) {
        found = all.removeIf([&id](const AccountInfo &info) { return info.id == id; }) > 0;
        next = all.isEmpty() ? QString() : all.constFirst().id;
        return found;
    });
    if (!done || !found)
        return false;
    if (lastUsed() == id)
        setLastUsed(next);
    return true;
}

QString AccountList::lastUsed() const
{
    return openSettings()->value(u"lastAccount"_s).toString();
}

void AccountList::setLastUsed(const QString &id)
{
    const auto s = openSettings();
    if (s->value(u"lastAccount"_s).toString() == id)
        return;
    s->setValue(u"lastAccount"_s, id);
}

QString AccountList::uniqueName(const QString &base) const
{
    return uniqueAmong(accounts(), base);
}

} // namespace AgencyTokens
