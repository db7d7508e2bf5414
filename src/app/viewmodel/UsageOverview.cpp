// SPDX-License-Identifier: MIT
#include "UsageOverview.h"

#include "AccountView.h"
#include "AppController.h"
#include "UsageView.h"
#include "service/AccountService.h"
#include "usage/UsageStore.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
/// A token's title from its key: the legacy pair by kind, a scoped token by
/// its name where the account's state is loaded, else by its SID.
QString titleOf(const AccountView *account, const QString &key)
{
    if (const auto kind = tokenKindFromWire(key); kind && isLegacy(*kind))
        return tokenKindDisplayName(*kind);
    const QString sid = key.section(u'/', 1);
    for (const TokenInfo &info : account->service()->scopedTokens()) {
        if (info.accountSid.toString() == sid && !info.name.isEmpty())
            return info.name;
    }
    return sid;
}
} // namespace

UsageOverview::UsageOverview(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    reload();
    connect(UsageStoreWatch::instance(), &UsageStoreWatch::storeChanged, this, &UsageOverview::reload);
    connect(app, &AppController::accountsChanged, this, &UsageOverview::reload);
}

void UsageOverview::reload()
{
    struct Due
    {
        int overdue;
        QVariantMap row;
    };
    QList<Due> due;
    QVariantList checklists;
    UsageStore store;
    for (const AccountView *account : m_app->accounts()) {
        const QMap<QString, TokenUsage> tokens = store.tokens(account->id());
        for (auto it = tokens.constBegin(); it != tokens.constEnd(); ++it) {
            const TokenUsage &usage = it.value();
            const QString title = titleOf(account, it.key());
            if (usage.due()) {
                due.append({usage.ageDays() - usage.rotateEveryDays,
                             QVariantMap{{u"accountId"_s, account->id()},
                                         {u"account"_s, account->name()},
                                         {u"tokenKey"_s, it.key()},
                                         {u"token"_s, title},
                                         {u"ageDays"_s, usage.ageDays()},
                                         {u"rotateEveryDays"_s, usage.rotateEveryDays},
                                         {u"ageText"_s, UsageView::ageSentence(usage)}}});
            }
            if (const int pending = usage.pendingCount(); pending > 0) {
                const int count = int(usage.integrations.size());
                checklists.append(QVariantMap{
                    {u"accountId"_s, account->id()},
                    {u"account"_s, account->name()},
                    {u"tokenKey"_s, it.key()},
                    {u"token"_s, title},
                    {u"pending"_s, pending},
                    {u"count"_s, count},
                    {u"checklistText"_s, UsageView::checklistSentence(usage)}});
            }
        }
    }
    std::stable_sort(due.begin(), due.end(), [](const Due &a, const Due &b) { return a.overdue > b.overdue; });
    m_due.clear();
    for (const Due &each : std::as_const(due))
        m_due.append(each.row);
    m_checklists = checklists;
    Q_EMIT changed();
}

QVariantList UsageOverview::activity() const
{
    return UsageView::activityRows(UsageStore().activity(), true);
}

} // namespace AgencyTokens
