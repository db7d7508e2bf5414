// SPDX-License-Identifier: MIT
#include "AccountList.h"

#include "logging/Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSettings>
#include <QUuid>

#include <memory>

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
    QList<AccountInfo> all = readAccounts(*s);
    if (!change(all))
        return true;
    writeAccounts(*s, all);
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
