// SPDX-License-Identifier: MIT
#include "AccountList.h"

#include <QSettings>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
// One file for the app and the command line tool, whatever their own names.
std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(u"AgencyTokens"_s, u"agency-tokens"_s);
}
} // namespace

AccountList::AccountList(QObject *parent)
    : QObject(parent)
{
}

QList<AccountInfo> AccountList::accounts() const
{
    const auto s = openSettings();
    QList<AccountInfo> out;
    const int count = s->beginReadArray(u"accounts"_s);
    for (int i = 0; i < count; ++i) {
        s->setArrayIndex(i);
        AccountInfo info;
        info.id = s->value(u"id"_s).toString();
        info.name = s->value(u"name"_s).toString();
        info.kind = accountKindFromWire(s->value(u"kind"_s).toString()).value_or(AccountKind::TokensOnly);
        info.address = QUrl(s->value(u"address"_s).toString());
        info.webApp = QUrl(s->value(u"webApp"_s).toString());
        if (info.isValid())
            out.append(info);
    }
    s->endArray();
    return out;
}

void AccountList::save(const QList<AccountInfo> &accounts)
{
    const auto s = openSettings();
    s->remove(u"accounts"_s);
    s->beginWriteArray(u"accounts"_s, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const AccountInfo &info = accounts.at(i);
        s->setArrayIndex(i);
        s->setValue(u"id"_s, info.id);
        s->setValue(u"name"_s, info.name);
        s->setValue(u"kind"_s, accountKindToWire(info.kind));
        s->setValue(u"address"_s, info.address.toString());
        if (info.webApp.isValid())
            s->setValue(u"webApp"_s, info.webApp.toString());
    }
    s->endArray();
    s->sync();
    Q_EMIT changed();
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
    insert(info);
    return info;
}

void AccountList::insert(const AccountInfo &info)
{
    QList<AccountInfo> all = accounts();
    all.removeIf([&info](const AccountInfo &each) { return each.id == info.id; });
    all.append(info);
    save(all);
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
    QList<AccountInfo> all = accounts();
    for (AccountInfo &info : all) {
        if (info.id != id)
            continue;
        if (trimmed.isEmpty() || info.name == trimmed)
            return !trimmed.isEmpty();
        info.name = trimmed;
        save(all);
        return true;
    }
    return false;
}

bool AccountList::remove(const QString &id)
{
    QList<AccountInfo> all = accounts();
    const qsizetype removed = all.removeIf([&id](const AccountInfo &info) { return info.id == id; });
    if (removed == 0)
        return false;
    save(all);
    if (lastUsed() == id)
        setLastUsed(all.isEmpty() ? QString() : all.constFirst().id);
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
    QStringList names;
    for (const AccountInfo &info : accounts())
        names << info.name.toLower();
    QString name = base;
    for (int n = 2; names.contains(name.toLower()); ++n)
        name = u"%1 (%2)"_s.arg(base).arg(n);
    return name;
}

} // namespace AgencyTokens
