// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/Credential.h"
#include "platform/PlatformTypes.h"
#include "usage/UsageStore.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace AgencyTokens {

class AccountService;
class TokenView;

/// Where one token is used (its integrations), the checklist after a reset
/// or a replace, its rotation policy and age, and what this device did with
/// it: the token's record in the UsageStore that the app and the CLI share,
/// read afresh whenever the token changes or another process writes the
/// store (UsageStoreWatch). No secret passes through here: "Copy for" hands
/// the copy to the token's own view and its secure clipboard.
class UsageView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by TokenView")
    /// Rows: id, name, owner, note, uses (list), usesText, confirmedText, pending.
    Q_PROPERTY(QVariantList integrations READ integrations NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    /// "2 of 3 integrations still have the old token"; empty when none does.
    Q_PROPERTY(QString checklistText READ checklistText NOTIFY changed)
    /// For a reset's confirmation: which integrations stop working; empty when none is listed.
    Q_PROPERTY(QString breaksText READ breaksText NOTIFY changed)
    Q_PROPERTY(int rotateEveryDays READ rotateEveryDays NOTIFY changed)
    Q_PROPERTY(int suggestedRotationDays READ suggestedRotationDays CONSTANT)
    /// Days since creation, the last reset or (pasted) the last add or replace; -1 when not known.
    Q_PROPERTY(int ageDays READ ageDays NOTIFY changed)
    Q_PROPERTY(bool due READ due NOTIFY changed)
    /// "42 days old · rotate every 90 days", "Due: 120 days old, rotate every 90 days"…
    Q_PROPERTY(QString ageText READ ageText NOTIFY changed)
    /// This token's activity on this device, newest first (see activityRows()).
    Q_PROPERTY(QVariantList activity READ activity NOTIFY changed)
    /// The API categories an integration may call (the scope catalogue's):
    /// key (the platform's name, what is stored), title (in the user's language).
    Q_PROPERTY(QVariantList categories READ categories CONSTANT)
    /// The last change's failure, or the store's problem; empty when fine.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
public:
    static constexpr int SuggestedRotationDays = 90;

    UsageView(TokenView *token, AccountService *service, const TokenRef &ref, QObject *parent = nullptr);

    [[nodiscard]] QVariantList integrations() const;
    [[nodiscard]] int count() const { return int(m_usage.integrations.size()); }
    [[nodiscard]] int pendingCount() const { return m_usage.pendingCount(); }
    [[nodiscard]] QString checklistText() const;
    [[nodiscard]] QString breaksText() const;
    [[nodiscard]] int rotateEveryDays() const { return m_usage.rotateEveryDays; }
    [[nodiscard]] int suggestedRotationDays() const { return SuggestedRotationDays; }
    [[nodiscard]] int ageDays() const { return m_usage.ageDays(); }
    [[nodiscard]] bool due() const { return m_usage.due(); }
    [[nodiscard]] QString ageText() const;
    [[nodiscard]] QVariantList activity() const;
    [[nodiscard]] QVariantList categories() const;
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] const TokenUsage &usage() const { return m_usage; }

    /// Adds an integration (a name is needed; names are unique per token).
    Q_INVOKABLE bool addIntegration(const QString &name, const QString &owner, const QString &note,
                                    const QStringList &uses);
    Q_INVOKABLE bool editIntegration(const QString &id, const QString &name, const QString &owner,
                                     const QString &note, const QStringList &uses);
    Q_INVOKABLE bool removeIntegration(const QString &id);
    /// Ticks a checklist row: the integration holds the current value (confirmed now).
    Q_INVOKABLE bool markUpdated(const QString &id);
    /// Copies the current value for one integration (the secure clipboard, logged with its name).
    Q_INVOKABLE void copyFor(const QString &id);
    /// 0: no policy.
    Q_INVOKABLE bool setRotateEveryDays(int days);
    Q_INVOKABLE void reload();
    /// Moving a legacy token to scoped ones, per integration: one row per
    /// integration that says which API categories it calls: name (the
    /// integration's), categories, and scopes (every scope of those
    /// categories in `catalogue`; only reads for the Read-Only token).
    [[nodiscard]] QVariantList moveSuggestions(const QList<ScopeInfo> &catalogue) const;

    /// Rows for an activity list: when, whenText, action, actionText, by, byText,
    /// and with `withToken` account and token too.
    [[nodiscard]] static QVariantList activityRows(const QList<ActivityEntry> &entries, bool withToken);
    /// "2 of 3 integrations still have the old token"; empty when none does.
    [[nodiscard]] static QString checklistSentence(const TokenUsage &usage);
    /// "42 days old · rotate every 90 days", "Due for rotation: …".
    [[nodiscard]] static QString ageSentence(const TokenUsage &usage);
    /// AccountService::checkWord()'s word, said for people: "passed", "refused"…
    [[nodiscard]] static QString checkWordText(const QString &word);
    /// "Copied (curl)", "Verified: refused"…
    [[nodiscard]] static QString actionText(const ActivityEntry &entry);

Q_SIGNALS:
    void changed();

private:
    bool change(const std::function<void(TokenUsage &)> &edit);
    [[nodiscard]] QString nameProblem(const QString &name, const QString &exceptId) const;

    TokenView *m_token;
    AccountService *m_service;
    TokenRef m_ref;
    TokenUsage m_usage;
    QString m_problem;
};

/// Tells every UsageView when another process (the CLI, another window)
/// changed the store: one watcher of the store's folder for the whole app, no polling.
class UsageStoreWatch : public QObject
{
    Q_OBJECT
public:
    static UsageStoreWatch *instance();

Q_SIGNALS:
    void storeChanged();

private:
    UsageStoreWatch();
};

} // namespace AgencyTokens
