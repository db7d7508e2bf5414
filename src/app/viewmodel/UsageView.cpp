// SPDX-License-Identifier: MIT
#include "UsageView.h"

#include "TokenView.h"
#include "platform/ScopeCatalogue.h"
#include "service/AccountService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
constexpr qsizetype MaxName = 100;

QString categoryTitle(const QString &category)
{
    return QCoreApplication::translate("ScopeCatalogue", category.toUtf8().constData());
}

// English has no plural forms file here: each count says its own sentence.
QString daysText(int days)
{
    return days == 1 ? UsageView::tr("1 day") : UsageView::tr("%1 days").arg(days);
}

QString whenText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

UsageStoreWatch::UsageStoreWatch()
{
    auto *watcher = new QFileSystemWatcher(this);
    const QString folder = QFileInfo(UsageStore::defaultPath()).absolutePath();
    // The folder, not the file: a write replaces the file (a rename), which a
    // file watch would lose track of.
    if (!QDir(folder).exists() && QDir().mkpath(folder))
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    watcher->addPath(folder);
    connect(watcher, &QFileSystemWatcher::directoryChanged, this, &UsageStoreWatch::storeChanged);
}

UsageStoreWatch *UsageStoreWatch::instance()
{
    static UsageStoreWatch *watch = [] {
        auto *made = new UsageStoreWatch;
        made->moveToThread(QCoreApplication::instance()->thread());
        QObject::connect(QCoreApplication::instance(), &QObject::destroyed, made, &QObject::deleteLater);
        return made;
    }();
    return watch;
}

UsageView::UsageView(TokenView *token, AccountService *service, const TokenRef &ref, QObject *parent)
    : QObject(parent)
    , m_token(token)
    , m_service(service)
    , m_ref(ref)
{
    reload();
    // A reset or a replace (here or seen in a refresh) changes the record: read it again.
    connect(m_service, &AccountService::changed, this, &UsageView::reload);
    connect(UsageStoreWatch::instance(), &UsageStoreWatch::storeChanged, this, &UsageView::reload);
}

void UsageView::reload()
{
    m_usage = m_service->usageOf(m_ref);
    m_problem = m_service->usage().problem();
    // No record of its age here yet: the platform's dates say it.
    if (!m_usage.since.isValid()) {
        if (const auto info = m_service->tokenInfo(m_ref))
            m_usage.since = info->lastResetAt.isValid() ? info->lastResetAt : info->createdAt;
    }
    Q_EMIT changed();
}

QVariantList UsageView::integrations() const
{
    QVariantList rows;
    for (const Integration &each : m_usage.integrations) {
        QStringList titles;
        for (const QString &category : each.uses)
            titles.append(categoryTitle(category));
        // A pending row says so itself ("Still has the old token"), not twice.
        QString confirmed;
        if (!each.pending && each.confirmedAt.isValid())
            confirmed = tr("Confirmed %1").arg(whenText(each.confirmedAt));
        rows.append(QVariantMap{{u"id"_s, each.id},
                                {u"name"_s, each.name},
                                {u"owner"_s, each.owner},
                                {u"note"_s, each.note},
                                {u"uses"_s, each.uses},
                                {u"usesText"_s, titles.join(u", "_s)},
                                {u"confirmedText"_s, confirmed},
                                {u"pending"_s, each.pending}});
    }
    return rows;
}

QString UsageView::checklistText() const
{
    return checklistSentence(m_usage);
}

QString UsageView::checklistSentence(const TokenUsage &usage)
{
    const int pending = usage.pendingCount();
    const int count = int(usage.integrations.size());
    if (pending == 0)
        return {};
    if (count == 1)
        return tr("1 of 1 integration still has the old token");
    return tr("%1 of %2 integrations still have the old token").arg(pending).arg(count);
}

QString UsageView::breaksText() const
{
    if (m_usage.integrations.isEmpty())
        return {};
    QStringList names;
    for (const Integration &each : m_usage.integrations)
        names.append(u"“%1”"_s.arg(each.name));
    if (names.size() == 1)
        return tr("%1 holds this token and stops working until it gets the new one.").arg(names.constFirst());
    return tr("These integrations hold this token and stop working until they get the new one: %1.")
        .arg(QLocale().createSeparatedList(names));
}

QString UsageView::ageText() const
{
    return ageSentence(m_usage);
}

QString UsageView::ageSentence(const TokenUsage &usage)
{
    const int age = usage.ageDays();
    if (age < 0)
        return usage.rotateEveryDays > 0 ? tr("Rotate every %1").arg(daysText(usage.rotateEveryDays)) : QString();
    const QString old = age == 1 ? tr("1 day old") : tr("%1 days old").arg(age);
    if (usage.rotateEveryDays <= 0)
        return old;
    if (usage.due())
        return tr("Due for rotation: %1, rotate every %2").arg(old, daysText(usage.rotateEveryDays));
    return tr("%1 · rotate every %2").arg(old, daysText(usage.rotateEveryDays));
}

QVariantList UsageView::activity() const
{
    QList<ActivityEntry> mine;
    const QString key = m_ref.key();
    for (const ActivityEntry &entry : m_service->usage().activity(m_service->info().id)) {
        if (entry.token == key)
            mine.append(entry);
    }
    return activityRows(mine, false);
}

QVariantList UsageView::categories() const
{
    // Kept by their platform names, shown in the user's language.
    QVariantList rows;
    for (const QString &key : ScopeCatalogue::categoryKeys())
        rows.append(QVariantMap{{u"key"_s, key}, {u"title"_s, categoryTitle(key)}});
    return rows;
}

QString UsageView::checkWordText(const QString &word)
{
    if (word == u"network")
        return tr("platform not reached");
    if (word == u"failed")
        return tr("failed");
    switch (checkAnswerFromWire(word)) {
    case CheckAnswer::Passed:
        return tr("passed");
    case CheckAnswer::Refused:
        return tr("refused");
    case CheckAnswer::NotPermitted:
        return tr("genuine, not permitted");
    case CheckAnswer::RateLimited:
        return tr("rate limited");
    }
    return tr("failed");
}

QString UsageView::actionText(const ActivityEntry &entry)
{
    const QString &a = entry.action;
    const QString &d = entry.detail;
    if (a == u"reveal")
        return tr("Revealed");
    if (a == u"copy") {
        if (d == u"curl")
            return tr("Copied as a curl command");
        if (d == u"environment")
            return tr("Copied as environment variables");
        if (d.startsWith(u"for "))
            return tr("Copied for “%1”").arg(d.mid(4));
        return tr("Copied");
    }
    if (a == u"token")
        return tr("Printed by agency-tokens-cli token");
    if (a == u"run")
        return tr("Handed to a command (run)");
    if (a == u"curl")
        return tr("Used by agency-tokens-cli curl");
    if (a == u"verify")
        return d.isEmpty() ? tr("Checked") : tr("Checked: %1").arg(checkWordText(d));
    if (a == u"probe")
        return d.isEmpty() ? tr("Checked what it can reach") : tr("Checked what it can reach: %1").arg(checkWordText(d));
    if (a == u"replace")
        return tr("Replaced");
    if (a == u"reset")
        return tr("Reset");
    if (a == u"create")
        return tr("Created");
    if (a == u"add")
        return tr("Added");
    if (a == u"delete")
        return tr("Deleted");
    if (a == u"remove")
        return tr("Removed from this device");
    if (a == u"updated")
        return tr("“%1” has the new token").arg(d);
    return a;
}

QVariantList UsageView::activityRows(const QList<ActivityEntry> &entries, bool withToken)
{
    QVariantList rows;
    for (const ActivityEntry &entry : entries) {
        QVariantMap row{{u"when"_s, entry.at},
                        {u"whenText"_s, whenText(entry.at)},
                        {u"action"_s, entry.action},
                        {u"actionText"_s, actionText(entry)},
                        {u"by"_s, UsageStore::actorToWire(entry.by)},
                        {u"byText"_s, entry.by == Actor::Cli ? tr("agency-tokens-cli") : tr("the app")}};
        if (withToken) {
            row.insert(u"account"_s, entry.accountName);
            row.insert(u"token"_s, entry.tokenTitle);
        }
        rows.append(row);
    }
    return rows;
}

QString UsageView::nameProblem(const QString &name, const QString &exceptId) const
{
    if (name.isEmpty())
        return tr("Enter the integration's name.");
    if (name.size() > MaxName)
        return tr("The name is too long: at most %1 characters.").arg(MaxName);
    for (const Integration &each : m_usage.integrations) {
        if (each.id != exceptId && each.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("This token already lists an integration called “%1”.").arg(name);
    }
    return {};
}

bool UsageView::change(const std::function<void(TokenUsage &)> &edit)
{
    const UsageStore::Result result = m_service->usage().update(m_service->info().id, m_ref.key(), edit);
    reload();
    if (!result.ok) {
        m_problem = result.message;
        Q_EMIT changed();
    }
    return result.ok;
}

bool UsageView::addIntegration(const QString &name, const QString &owner, const QString &note, const QStringList &uses)
{
    const QString trimmed = name.trimmed();
    if (const QString problem = nameProblem(trimmed, {}); !problem.isEmpty()) {
        m_problem = problem;
        Q_EMIT changed();
        return false;
    }
    Integration added;
    added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    added.name = trimmed;
    added.owner = owner.trimmed();
    added.note = note.trimmed();
    added.uses = uses;
    // Given the value held now: confirmed from the start.
    added.confirmedAt = QDateTime::currentDateTimeUtc();
    return change([&](TokenUsage &u) {
        u.integrations.append(added);
        if (!u.since.isValid()) {
            const auto info = m_service->tokenInfo(m_ref);
            if (info) {
                const QDateTime from = info->lastResetAt.isValid() ? info->lastResetAt : info->createdAt;
                if (from.isValid())
                    u.since = from;
            }
        }
    });
}

bool UsageView::editIntegration(const QString &id, const QString &name, const QString &owner, const QString &note,
                                const QStringList &uses)
{
    const QString trimmed = name.trimmed();
    if (const QString problem = nameProblem(trimmed, id); !problem.isEmpty()) {
        m_problem = problem;
        Q_EMIT changed();
        return false;
    }
    return change([&](TokenUsage &u) {
        for (Integration &each : u.integrations) {
            if (each.id == id) {
                each.name = trimmed;
                each.owner = owner.trimmed();
                each.note = note.trimmed();
                each.uses = uses;
            }
        }
    });
}

bool UsageView::removeIntegration(const QString &id)
{
    return change([&](TokenUsage &u) { u.integrations.removeIf([&](const Integration &i) { return i.id == id; }); });
}

bool UsageView::markUpdated(const QString &id)
{
    const Integration *known = m_usage.find(id);
    if (!known)
        return false;
    const QString name = known->name;
    const bool ok = change([&](TokenUsage &u) {
        for (Integration &each : u.integrations) {
            if (each.id == id) {
                each.pending = false;
                each.confirmedAt = QDateTime::currentDateTimeUtc();
            }
        }
    });
    if (ok)
        m_service->record(m_ref, u"updated"_s, name);
    return ok;
}

void UsageView::copyFor(const QString &id)
{
    if (const Integration *known = m_usage.find(id))
        m_token->copyTokenNoting(u"for "_s + known->name);
}

QVariantList UsageView::moveSuggestions(const QList<ScopeInfo> &catalogue) const
{
    QVariantList rows;
    for (const Integration &each : m_usage.integrations) {
        if (each.uses.isEmpty())
            continue;
        QStringList scopes;
        for (const ScopeInfo &scope : catalogue) {
            if (!each.uses.contains(scope.category))
                continue;
            if (m_ref.kind == TokenKind::ReadOnly && scope.method != "GET")
                continue;
            scopes.append(scope.id);
        }
        if (!scopes.isEmpty())
            rows.append(QVariantMap{{u"name"_s, each.name}, {u"categories"_s, each.uses}, {u"scopes"_s, scopes}});
    }
    return rows;
}

bool UsageView::setRotateEveryDays(int days)
{
    const int clamped = std::clamp(days, 0, 3650);
    return change([&](TokenUsage &u) {
        u.rotateEveryDays = clamped;
        if (!u.since.isValid()) {
            if (const auto info = m_service->tokenInfo(m_ref)) {
                const QDateTime from = info->lastResetAt.isValid() ? info->lastResetAt : info->createdAt;
                u.since = from.isValid() ? from : QDateTime::currentDateTimeUtc();
            }
        }
    });
}

} // namespace AgencyTokens
