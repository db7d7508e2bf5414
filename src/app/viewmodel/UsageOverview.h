// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace AgencyTokens {

class AppController;

/// What Home shows of every account's tokens from the usage store: the tokens
/// due for rotation (the most overdue first), the checklists still open
/// after a reset or a replace, and this device's activity for all tokens.
/// Read from the store that the app and the CLI share, so an account not
/// opened yet this session is counted too; kept current by the store's
/// folder watch and the account list.
class UsageOverview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    /// Rows: accountId, account, tokenKey, token, ageDays, rotateEveryDays, ageText.
    Q_PROPERTY(QVariantList dueTokens READ dueTokens NOTIFY changed)
    /// Rows: accountId, account, tokenKey, token, pending, count, checklistText.
    Q_PROPERTY(QVariantList checklists READ checklists NOTIFY changed)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY changed)
    Q_PROPERTY(int openChecklists READ openChecklists NOTIFY changed)
    /// Every account's activity, newest first (UsageView::activityRows with account and token).
    Q_PROPERTY(QVariantList activity READ activity NOTIFY changed)
public:
    explicit UsageOverview(AppController *app, QObject *parent = nullptr);

    [[nodiscard]] QVariantList dueTokens() const { return m_due; }
    [[nodiscard]] QVariantList checklists() const { return m_checklists; }
    [[nodiscard]] int dueCount() const { return int(m_due.size()); }
    [[nodiscard]] int openChecklists() const { return int(m_checklists.size()); }
    [[nodiscard]] QVariantList activity() const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();

private:
    AppController *m_app;
    QVariantList m_due;
    QVariantList m_checklists;
};

} // namespace AgencyTokens
