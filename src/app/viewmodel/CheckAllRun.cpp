// SPDX-License-Identifier: MIT
#include "CheckAllRun.h"

#include "AccountView.h"
#include "TokenView.h"
#include "logging/Logging.h"
#include "service/AccountService.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens {

CheckAllRun::CheckAllRun(QObject *parent)
    : QObject(parent)
    , m_state(new ActionState(this))
{
}

QString CheckAllRun::resultText(Result result)
{
    switch (result) {
    case Result::Ok:
        return tr("Passes");
    case Result::Refused:
        return tr("Refused");
    case Result::NotPermitted:
        return tr("Not permitted");
    case Result::RateLimited:
        return tr("Rate limited");
    case Result::Network:
        break;
    }
    return tr("No answer");
}

QVariantList CheckAllRun::resultRows() const
{
    QVariantList out;
    for (const Row &row : m_rows) {
        out.append(QVariantMap{{u"accountName"_s, row.accountName},
                               {u"tokenTitle"_s, row.tokenTitle},
                               {u"result"_s, int(row.result)},
                               {u"resultText"_s, resultText(row.result)},
                               {u"sentence"_s, row.sentence}});
    }
    return out;
}

QString CheckAllRun::finishedText() const
{
    return m_finishedAt.isValid() ? tr("Checked %1").arg(TokenView::dateText(m_finishedAt)) : QString();
}

void CheckAllRun::start(const QList<AccountView *> &accounts)
{
    if (m_state->busy())
        return;
    m_state->begin();
    m_accounts.clear();
    for (AccountView *account : accounts)
        m_accounts.append(account);
    m_reading = 0;
    m_unreadable = 0;
    m_queue.clear();
    m_rows.clear();
    Q_EMIT changed();
    readNext();
}

void CheckAllRun::readNext()
{
    // The tokens of an account not shown yet are only in the keychain: read
    // them there (no network), as the command line tool does.
    while (m_reading < m_accounts.size()) {
        AccountView *account = m_accounts.at(m_reading);
        if (!account || account->isRestored()) {
            ++m_reading;
            continue;
        }
        if (account->restoreState()->busy()) {
            connect(account->restoreState(), &ActionState::finished, this, [this] { readNext(); },
                    Qt::SingleShotConnection);
            return;
        }
        const int step = ++m_step;
        account->service()->loadStored([this, step](const Outcome &o) {
            if (step != m_step)
                return;
            if (!o.ok)
                ++m_unreadable;
            ++m_reading;
            readNext();
        });
        return;
    }
    for (const QPointer<AccountView> &account : std::as_const(m_accounts)) {
        if (!account)
            continue;
        // What the service lists (an account read just now may have no TokenView for each yet).
        for (const TokenRef &ref : account->service()->tokenRefs()) {
            if (account->service()->credential(ref))
                m_queue.append({account, ref});
        }
    }
    Q_EMIT changed();
    checkNext();
}

void CheckAllRun::checkNext()
{
    disconnect(m_watch);
    while (m_rows.size() < m_queue.size()) {
        const Pending pending = m_queue.at(m_rows.size());
        AccountService *service = pending.account ? pending.account->service() : nullptr;
        const auto info = service ? service->tokenInfo(pending.ref) : std::nullopt;
        if (!service || !info || !service->credential(pending.ref)) {
            // Gone meanwhile (the account removed, the token deleted): nothing to check.
            m_queue.removeAt(m_rows.size());
            Q_EMIT changed();
            continue;
        }
        const QString title = !pending.ref.isScoped() ? pending.account->token(pending.ref.kind)->title()
                              : info->name.isEmpty()  ? info->accountSid.toString()
                                                      : info->name;
        const int step = ++m_step;
        service->verify(pending.ref, std::nullopt,
                        [this, step, pending, title](const Outcome &o, const VerifyResult &r) {
            if (step != m_step)
                return;
            record(pending, title, o, r);
            checkNext();
        });
        // An account removed while its request runs never answers: go on without it.
        m_watch = connect(pending.account, &QObject::destroyed, this, [this] {
            ++m_step;
            m_queue.removeAt(m_rows.size());
            checkNext();
        });
        return;
    }
    finish();
}

void CheckAllRun::record(const Pending &pending, const QString &title, const Outcome &outcome,
                         const VerifyResult &result)
{
    Row row;
    row.accountId = pending.account ? pending.account->id() : QString();
    row.accountName = pending.account ? pending.account->name() : QString();
    row.tokenTitle = title;
    row.ref = pending.ref;
    const bool pasted = pending.account && pending.account->isTokensOnly();
    if (result.answer == CheckAnswer::RateLimited) {
        row.result = Result::RateLimited;
        const int minutes = result.budget.resetSeconds > 0 ? (result.budget.resetSeconds + 59) / 60 : 0;
        row.sentence = minutes > 0
                           ? tr("The platform's request limit for this hour is used up: try again in %1 min.")
                                 .arg(minutes)
                           : tr("The platform's request limit for this hour is used up: try again later.");
    } else if (!outcome.ok) {
        row.result = Result::Network;
        row.sentence = outcome.message;
    } else if (result.answer == CheckAnswer::Refused) {
        row.result = Result::Refused;
        row.sentence = pasted ? tr("Refused: the platform does not accept this token; it was reset or deleted, or "
                                   "it is wrong. Paste the current one with Replace token.")
                              : tr("Refused: the platform does not accept this token; it was reset or deleted "
                                   "elsewhere. Integrations that use it fail too.");
    } else if (result.answer == CheckAnswer::NotPermitted) {
        row.result = Result::NotPermitted;
        row.sentence = tr("Genuine, but not allowed to read company information (403): its scopes leave that "
                          "call out.");
    } else {
        row.result = Result::Ok;
        row.sentence = tr("Passes: the platform answered for “%1”.").arg(result.companyName);
    }
    m_rows.append(row);
    Q_EMIT changed();
}

void CheckAllRun::finish()
{
    int failing = 0;
    for (const Row &row : std::as_const(m_rows))
        failing += row.result == Result::Refused || row.result == Result::Network ? 1 : 0;
    QString summary = m_rows.isEmpty() ? tr("No token is saved on this device yet.")
                                       : tr("Tokens checked: %1, one request each.").arg(m_rows.size());
    if (failing > 0)
        summary += u' ' + tr("Did not pass or got no answer: %1.").arg(failing);
    if (m_unreadable > 0)
        summary += u' ' + tr("Accounts whose keychain entries could not be read, so not checked: %1.")
                              .arg(m_unreadable);
    qCInfo(lcService) << "checked" << m_rows.size() << "tokens," << failing << "failing";
    m_finishedAt = QDateTime::currentDateTimeUtc();
    m_accounts.clear();
    m_state->finish(true, summary);
    Q_EMIT changed();
}

} // namespace AgencyTokens
