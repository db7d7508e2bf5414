// SPDX-License-Identifier: MIT
#include "UsageStore.h"

#include "logging/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
constexpr int FormatVersion = 1;
constexpr qsizetype MaxText = 500;

QString dateText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime dateFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &each : value.toArray()) {
        if (each.isString() && !each.toString().trimmed().isEmpty())
            out.append(each.toString().trimmed().left(MaxText));
    }
    return out;
}
} // namespace

int TokenUsage::pendingCount() const
{
    return int(std::count_if(integrations.cbegin(), integrations.cend(), [](const Integration &i) { return i.pending; }));
}

const Integration *TokenUsage::find(const QString &idOrName) const
{
    for (const Integration &each : integrations) {
        if (each.id == idOrName)
            return &each;
    }
    for (const Integration &each : integrations) {
        if (each.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &each;
    }
    return nullptr;
}

int TokenUsage::ageDays(const QDateTime &now) const
{
    if (!since.isValid())
        return -1;
    return int(std::max<qint64>(0, since.secsTo(now) / 86400));
}

bool TokenUsage::due(const QDateTime &now) const
{
    return rotateEveryDays > 0 && since.isValid() && ageDays(now) >= rotateEveryDays;
}

void TokenUsage::startChecklist(const QDateTime &now)
{
    for (Integration &each : integrations)
        each.pending = true;
    since = now;
}

UsageStore::UsageStore(QString path, int maxActivity)
    : m_path(std::move(path))
    , m_maxActivity(std::max(1, maxActivity))
{
}

QString UsageStore::defaultPath()
{
    // The app and the command line tool have the same organisation and
    // application names, so the same data folder.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/usage.json"_s;
}

namespace {
Actor g_processActor = Actor::App;
}

void UsageStore::setProcessActor(Actor actor)
{
    g_processActor = actor;
}

Actor UsageStore::processActor()
{
    return g_processActor;
}

QString UsageStore::actorToWire(Actor actor)
{
    return actor == Actor::Cli ? u"cli"_s : u"app"_s;
}

QJsonObject UsageStore::toJson(const Integration &integration)
{
    QJsonObject out{{u"id"_s, integration.id}, {u"name"_s, integration.name}};
    if (!integration.owner.isEmpty())
        out.insert(u"owner"_s, integration.owner);
    if (!integration.note.isEmpty())
        out.insert(u"note"_s, integration.note);
    out.insert(u"uses"_s, QJsonArray::fromStringList(integration.uses));
    if (integration.confirmedAt.isValid())
        out.insert(u"confirmedAt"_s, dateText(integration.confirmedAt));
    if (integration.pending)
        out.insert(u"pending"_s, true);
    return out;
}

std::optional<Integration> UsageStore::integrationFromJson(const QJsonObject &object)
{
    Integration out;
    out.name = object.value(u"name"_s).toString().trimmed().left(MaxText);
    if (out.name.isEmpty())
        return std::nullopt;
    out.id = object.value(u"id"_s).toString();
    if (out.id.isEmpty())
        out.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    out.owner = object.value(u"owner"_s).toString().trimmed().left(MaxText);
    out.note = object.value(u"note"_s).toString().trimmed().left(MaxText * 4);
    out.uses = stringsFrom(object.value(u"uses"_s));
    out.confirmedAt = dateFrom(object.value(u"confirmedAt"_s));
    out.pending = object.value(u"pending"_s).toBool();
    return out;
}

QJsonObject UsageStore::toJson(const TokenUsage &usage)
{
    QJsonArray list;
    for (const Integration &each : usage.integrations)
        list.append(toJson(each));
    QJsonObject out{{u"integrations"_s, list}};
    if (usage.rotateEveryDays > 0)
        out.insert(u"rotateEveryDays"_s, usage.rotateEveryDays);
    if (usage.since.isValid())
        out.insert(u"since"_s, dateText(usage.since));
    return out;
}

std::optional<TokenUsage> UsageStore::usageFromJson(const QJsonObject &object)
{
    TokenUsage out;
    for (const QJsonValue &each : object.value(u"integrations"_s).toArray()) {
        if (const auto integration = integrationFromJson(each.toObject()))
            out.integrations.append(*integration);
    }
    out.rotateEveryDays = std::clamp(object.value(u"rotateEveryDays"_s).toInt(), 0, 3650);
    out.since = dateFrom(object.value(u"since"_s));
    return out;
}

QJsonObject UsageStore::read() const
{
    m_problem.clear();
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("The list of integrations (%1) cannot be read: %2").arg(m_path, file.errorString());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject() || document.object().value(u"version"_s).toInt() != FormatVersion) {
        m_problem = tr("The list of integrations (%1) is damaged; it is kept as %2 at the next change.")
                        .arg(m_path, QFileInfo(m_path).fileName() + u".damaged"_s);
        return {};
    }
    return document.object();
}

UsageStore::Result UsageStore::change(const std::function<void(QJsonObject &)> &edit)
{
    const QFileInfo info(m_path);
    QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        if (!folder.mkpath(u"."_s))
            return {false, tr("Could not make the folder %1.").arg(folder.path())};
        QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QLockFile lock(m_path + u".lock"_s);
    // A writer killed between creating the lock file and writing its PID into it
    // leaves a lock that names nobody: only its age makes it stale. So the age is
    // well below the wait, or the next writer gives up first. A change holds the
    // lock for a file write only; a live holder older than this keeps its lock all
    // the same, since QLockFile removes a file only when it can take its native lock.
    lock.setStaleLockTime(StaleLockMs);
    if (!lock.tryLock(LockWaitMs)) {
        qCWarning(lcAccounts) << "another process held the usage store's lock too long:" << m_path;
        return {false, tr("Another window or agency-tokens-cli is changing the list of integrations. Try again.")};
    }
    QJsonObject root = read();
    if (!m_problem.isEmpty() && QFile::exists(m_path)) {
        const QString aside = m_path + u".damaged"_s;
        QFile::remove(aside);
        if (!QFile::rename(m_path, aside))
            return {false, m_problem};
        qCWarning(lcAccounts) << "the usage store was damaged; kept as" << aside;
        root = {};
    }
    edit(root);
    root.insert(u"version"_s, FormatVersion);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, tr("Could not save the list of integrations (%1): %2").arg(m_path, file.errorString())};
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return {false, tr("Could not save the list of integrations (%1): %2").arg(m_path, file.errorString())};
    // QSaveFile keeps an existing file's mode; make sure it is the owner's only.
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

TokenUsage UsageStore::usage(const QString &account, const QString &token) const
{
    const QJsonObject tokens = read().value(u"tokens"_s).toObject().value(account).toObject();
    return usageFromJson(tokens.value(token).toObject()).value_or(TokenUsage{});
}

QMap<QString, TokenUsage> UsageStore::tokens(const QString &account) const
{
    QMap<QString, TokenUsage> out;
    const QJsonObject tokens = read().value(u"tokens"_s).toObject().value(account).toObject();
    for (auto it = tokens.constBegin(); it != tokens.constEnd(); ++it) {
        if (const auto usage = usageFromJson(it.value().toObject()))
            out.insert(it.key(), *usage);
    }
    return out;
}

QList<ActivityEntry> UsageStore::activity(const QString &account) const
{
    QList<ActivityEntry> out;
    const QJsonArray list = read().value(u"activity"_s).toArray();
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        const QJsonObject object = list.at(i).toObject();
        ActivityEntry entry;
        entry.account = object.value(u"account"_s).toString();
        if (!account.isEmpty() && entry.account != account)
            continue;
        entry.at = dateFrom(object.value(u"at"_s));
        entry.accountName = object.value(u"accountName"_s).toString();
        entry.token = object.value(u"token"_s).toString();
        entry.tokenTitle = object.value(u"tokenTitle"_s).toString();
        entry.action = object.value(u"action"_s).toString();
        entry.detail = object.value(u"detail"_s).toString();
        entry.by = object.value(u"by"_s).toString() == u"cli"_s ? Actor::Cli : Actor::App;
        if (entry.at.isValid() && !entry.action.isEmpty())
            out.append(entry);
    }
    return out;
}

UsageStore::Result UsageStore::update(const QString &account, const QString &token,
                                      const std::function<void(TokenUsage &)> &change_)
{
    return change([&](QJsonObject &root) {
        QJsonObject tokens = root.value(u"tokens"_s).toObject();
        QJsonObject ofAccount = tokens.value(account).toObject();
        TokenUsage usage = usageFromJson(ofAccount.value(token).toObject()).value_or(TokenUsage{});
        change_(usage);
        ofAccount.insert(token, toJson(usage));
        tokens.insert(account, ofAccount);
        root.insert(u"tokens"_s, tokens);
    });
}

UsageStore::Result UsageStore::log(const ActivityEntry &entry)
{
    return change([&](QJsonObject &root) {
        QJsonArray list = root.value(u"activity"_s).toArray();
        QJsonObject object{{u"at"_s, dateText(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc())},
                           {u"account"_s, entry.account},
                           {u"accountName"_s, entry.accountName},
                           {u"token"_s, entry.token},
                           {u"tokenTitle"_s, entry.tokenTitle},
                           {u"action"_s, entry.action},
                           {u"by"_s, actorToWire(entry.by)}};
        if (!entry.detail.isEmpty())
            object.insert(u"detail"_s, entry.detail);
        list.append(object);
        while (list.size() > m_maxActivity)
            list.removeFirst();
        root.insert(u"activity"_s, list);
    });
}

UsageStore::Result UsageStore::removeAccount(const QString &account)
{
    return change([&](QJsonObject &root) {
        QJsonObject tokens = root.value(u"tokens"_s).toObject();
        tokens.remove(account);
        root.insert(u"tokens"_s, tokens);
    });
}

UsageStore::Result UsageStore::removeToken(const QString &account, const QString &token)
{
    return change([&](QJsonObject &root) {
        QJsonObject tokens = root.value(u"tokens"_s).toObject();
        QJsonObject ofAccount = tokens.value(account).toObject();
        ofAccount.remove(token);
        tokens.insert(account, ofAccount);
        root.insert(u"tokens"_s, tokens);
    });
}

QByteArray UsageStore::exportAccount(const QString &account) const
{
    QJsonObject tokens;
    const QMap<QString, TokenUsage> all = this->tokens(account);
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        QJsonArray list;
        for (Integration each : it.value().integrations) {
            each.pending = false; // this device's checklist, not the team's
            list.append(toJson(each));
        }
        QJsonObject token{{u"integrations"_s, list}};
        if (it.value().rotateEveryDays > 0)
            token.insert(u"rotateEveryDays"_s, it.value().rotateEveryDays);
        tokens.insert(it.key(), token);
    }
    return QJsonDocument(QJsonObject{{u"agencyTokensIntegrations"_s, FormatVersion}, {u"tokens"_s, tokens}})
        .toJson(QJsonDocument::Indented);
}

UsageStore::Result UsageStore::importAccount(const QString &account, const QByteArray &json, int *taken)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject() || document.object().value(u"agencyTokensIntegrations"_s).toInt() != FormatVersion)
        return {false, tr("This is not an export of integrations from Agency Tokens.")};
    const QJsonObject incoming = document.object().value(u"tokens"_s).toObject();
    int count = 0;
    const Result result = change([&](QJsonObject &root) {
        QJsonObject tokens = root.value(u"tokens"_s).toObject();
        QJsonObject ofAccount = tokens.value(account).toObject();
        for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
            const std::optional<TokenUsage> theirs = usageFromJson(it.value().toObject());
            if (!theirs)
                continue;
            TokenUsage ours = usageFromJson(ofAccount.value(it.key()).toObject()).value_or(TokenUsage{});
            for (Integration each : theirs->integrations) {
                each.pending = false;
                auto same = std::find_if(ours.integrations.begin(), ours.integrations.end(), [&](const Integration &i) {
                    return i.name.compare(each.name, Qt::CaseInsensitive) == 0;
                });
                if (same != ours.integrations.end()) {
                    each.id = same->id;
                    each.pending = same->pending;
                    *same = each;
                } else {
                    ours.integrations.append(each);
                }
                ++count;
            }
            if (theirs->rotateEveryDays > 0)
                ours.rotateEveryDays = theirs->rotateEveryDays;
            ofAccount.insert(it.key(), toJson(ours));
        }
        tokens.insert(account, ofAccount);
        root.insert(u"tokens"_s, tokens);
    });
    if (taken)
        *taken = count;
    return result;
}

} // namespace AgencyTokens
