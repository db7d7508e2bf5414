// SPDX-License-Identifier: MIT
// verify and probe: what asks the platform about a token, one request a check,
// at most eight a probe.
#include "Cli.h"

#include "ExitCode.h"
#include "Terminal.h"

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Cli {

namespace {
QJsonObject budgetJson(const RequestBudget &budget)
{
    QJsonObject out;
    if (budget.limit >= 0)
        out.insert(u"limit"_s, budget.limit);
    if (budget.remaining >= 0)
        out.insert(u"remaining"_s, budget.remaining);
    if (budget.resetSeconds >= 0)
        out.insert(u"resetSeconds"_s, budget.resetSeconds);
    return out;
}

/// "; 998 of 1000 requests left this hour", or nothing when the platform did not say.
QString budgetText(const RequestBudget &budget)
{
    if (!budget.known())
        return {};
    return budget.limit > 0 ? u"; %1 of %2 requests left this hour"_s.arg(budget.remaining).arg(budget.limit)
                            : u"; %1 requests left this hour"_s.arg(budget.remaining);
}

/// A check's or a probe's answer in --json: "ok" where the state snapshot keeps "passed".
QString answerText(CheckAnswer answer)
{
    return answer == CheckAnswer::Passed ? u"ok"_s : checkAnswerToWire(answer);
}
} // namespace

QString Cli::checkNote(CheckAnswer answer)
{
    switch (answer) {
    case CheckAnswer::NotPermitted:
        return u"genuine, but not allowed to read company information (403)"_s;
    case CheckAnswer::Refused:
        return u"refused at the last check (401): reset or deleted on the platform, or not copied whole"_s;
    case CheckAnswer::Passed:
    case CheckAnswer::RateLimited:
        break;
    }
    return {};
}

void Cli::printJson(const QJsonObject &object)
{
    Terminal::printOut(QString::fromUtf8(QJsonDocument(object).toJson()));
}

void Cli::whenIdle(std::function<void()> next)
{
    // What a check or a probe found is being kept with the token: let it land
    // first, and let the service's own callbacks return before it may go.
    if (m_service && m_service->isBusy()) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_service.get(), &AccountService::busyChanged, this, [this, connection, next] {
            if (m_service->isBusy())
                return;
            disconnect(*connection);
            QTimer::singleShot(0, this, next);
        });
        return;
    }
    QTimer::singleShot(0, this, next);
}

void Cli::verify()
{
    QList<TokenRef> refs;
    if (m_inv.kind || !m_inv.tokenName.isEmpty()) {
        const auto ref = pickToken();
        if (!ref)
            return;
        refs << *ref;
    } else {
        if (heldTokens().isEmpty())
            return finish(Refused, u"The keychain holds no token for \"%1\" to verify."_s.arg(m_service->info().name));
        refs = accountTokens();
    }
    auto out = std::make_shared<QJsonArray>();
    auto code = std::make_shared<int>(Ok);
    verifyTokens(refs, {}, out, code, [this, out, code] {
        if (m_inv.json)
            printJson({{u"account"_s, m_service->info().name}, {u"passes"_s, *code == Ok}, {u"results"_s, *out}});
        finish(*code);
    });
}

void Cli::verifyTokens(QList<TokenRef> refs, const QString &indent, std::shared_ptr<QJsonArray> out,
                       std::shared_ptr<int> code, std::function<void()> then)
{
    if (refs.isEmpty())
        return whenIdle(then);
    const TokenRef ref = refs.takeFirst();
    const QString label = tokenLabel(ref);
    auto next = [this, refs, indent, out, code, then](const QJsonObject &item, const QString &line) {
        out->append(item);
        if (!m_inv.json)
            Terminal::printOut(indent + line + u'\n');
        verifyTokens(refs, indent, out, code, then);
    };
    QJsonObject item = tokenJson(ref);
    if (!m_service->credential(ref)) {
        // Listed, but its value is not on this device: nothing to send.
        item.insert(u"result"_s, u"notHeld"_s);
        return next(item, u"%1: not checked, its Auth Token is not in the keychain"_s.arg(label));
    }
    if (m_inv.apiVersion)
        item.insert(u"apiVersion"_s, *m_inv.apiVersion);
    m_service->verify(ref, m_inv.apiVersion, [this, label, item, code, next](const Outcome &o, const VerifyResult &r) mutable {
        if (r.budget.limit >= 0 || r.budget.known())
            item.insert(u"budget"_s, budgetJson(r.budget));
        const QString budget = budgetText(r.budget);
        QString line;
        if (!o.ok) {
            const int failed = exitCodeFor(o);
            *code = graverExitCode(*code, failed);
            item.insert(u"passes"_s, false);
            item.insert(u"result"_s, failed == RateLimited ? answerText(CheckAnswer::RateLimited)
                                     : failed == NetworkError ? u"network"_s : u"error"_s);
            item.insert(u"error"_s, o.message);
            Terminal::printError(u"agency-tokens-cli: %1: %2"_s.arg(label, o.message));
            line = failed == RateLimited ? u"%1: rate limited, not checked"_s.arg(label)
                                         : u"%1: could not be checked"_s.arg(label);
        } else if (r.answer == CheckAnswer::Refused) {
            *code = graverExitCode(*code, Refused);
            const QString refused = HttpError::messageForCode(u"unauthorized"_s);
            item.insert(u"passes"_s, false);
            item.insert(u"result"_s, answerText(r.answer));
            item.insert(u"error"_s, refused);
            line = u"%1: refused. %2"_s.arg(label, refused);
        } else {
            // A 403 is the platform's word that the credentials are genuine: it passes authorization.
            item.insert(u"passes"_s, true);
            item.insert(u"result"_s, answerText(r.answer));
            const QString version = m_inv.apiVersion ? u", API version %1"_s.arg(*m_inv.apiVersion) : QString();
            if (r.answer == CheckAnswer::NotPermitted) {
                item.insert(u"note"_s, checkNote(r.answer));
                line = u"%1: not permitted: %2%3%4"_s.arg(label, checkNote(r.answer), version, budget);
            } else {
                item.insert(u"companyName"_s, r.companyName);
                line = u"%1: passes (%2)%3%4"_s.arg(label, r.companyName, version, budget);
            }
        }
        next(item, line);
    });
}

void Cli::verifyAll(QList<AccountInfo> remaining, std::shared_ptr<QJsonArray> out, std::shared_ptr<int> code)
{
    if (remaining.isEmpty()) {
        if (m_inv.json)
            printJson({{u"passes"_s, *code == Ok}, {u"accounts"_s, *out}});
        else if (out->isEmpty())
            Terminal::printOut(u"No accounts yet.\n"_s);
        return finish(*code);
    }
    const AccountInfo info = remaining.takeFirst();
    m_service = makeService(info);
    m_service->loadStored([this, info, remaining, out, code](const Outcome &loaded) {
        auto account = std::make_shared<QJsonObject>(QJsonObject{{u"id"_s, info.id}, {u"name"_s, info.name}});
        auto results = std::make_shared<QJsonArray>();
        auto then = [this, remaining, out, code, account, results] {
            account->insert(u"results"_s, *results);
            out->append(*account);
            verifyAll(remaining, out, code);
        };
        if (!m_inv.json)
            Terminal::printOut(info.name + u'\n');
        if (!loaded.ok) {
            // A keychain that cannot be read is said, and the other accounts are still checked.
            *code = graverExitCode(*code, exitCodeFor(loaded));
            account->insert(u"error"_s, loaded.message);
            Terminal::printError(u"agency-tokens-cli: %1: %2"_s.arg(info.name, loaded.message));
            if (!m_inv.json)
                Terminal::printOut(u"  tokens: unknown (keychain not readable)\n"_s);
            return whenIdle(then);
        }
        const QList<TokenRef> refs = accountTokens();
        if (refs.isEmpty() && !m_inv.json)
            Terminal::printOut(u"  no tokens\n"_s);
        verifyTokens(refs, u"  "_s, results, code, then);
    });
}

void Cli::probe()
{
    const auto ref = pickToken();
    if (!ref)
        return;
    const QString label = tokenLabel(*ref);
    m_service->probe(*ref, [this, label, token = tokenJson(*ref)](const Outcome &o, const ProbeResult &r) {
        if (!o.ok)
            return finish(o);
        int code = Ok;
        QString problem;
        if (r.answer == CheckAnswer::Refused) {
            code = Refused;
            problem = HttpError::messageForCode(u"unauthorized"_s);
        } else if (r.answer == CheckAnswer::RateLimited) {
            code = RateLimited;
            const auto limited = std::find_if(r.rows.cbegin(), r.rows.cend(), [](const ProbeRow &row) { return row.status == 429; });
            problem = limited != r.rows.cend() ? limited->detail : HttpError::make(HttpError::Kind::RateLimited).message;
        } else if (std::any_of(r.rows.cbegin(), r.rows.cend(),
                               [](const ProbeRow &row) { return row.reach == ProbeRow::Reach::Unknown; })) {
            code = NetworkError;
            problem = u"Not every category could be asked; the rows marked unknown say why."_s;
        }
        QJsonArray rows;
        qsizetype width = 0;
        for (const ProbeRow &row : r.rows)
            width = std::max(width, row.category.size());
        QString text = u"Probe of %1 (%2):\n"_s.arg(label, m_service->info().name);
        for (const ProbeRow &row : r.rows) {
            QJsonObject item{{u"category"_s, row.category}, {u"scope"_s, row.scopeId},
                             {u"scopeTitle"_s, row.scopeTitle}, {u"method"_s, QString::fromLatin1(row.method)},
                             {u"path"_s, row.path}, {u"reach"_s, probeReachToWire(row.reach)}, {u"status"_s, row.status}};
            if (!row.detail.isEmpty())
                item.insert(u"detail"_s, row.detail);
            rows.append(item);
            text += u"  %1  %2%3\n"_s.arg(row.category.leftJustified(width), probeReachToWire(row.reach),
                                          row.reach == ProbeRow::Reach::Unknown ? u": "_s + row.detail : QString());
        }
        text += u"%1 requests used%2.\n"_s.arg(r.requestsSent).arg(budgetText(r.budget));
        if (m_inv.json) {
            QJsonObject result{{u"account"_s, m_service->info().name}, {u"token"_s, token},
                               {u"answer"_s, answerText(r.answer)}, {u"rows"_s, rows},
                               {u"requestsUsed"_s, r.requestsSent}};
            if (r.budget.limit >= 0 || r.budget.known())
                result.insert(u"budget"_s, budgetJson(r.budget));
            printJson(result);
        } else {
            Terminal::printOut(text);
        }
        whenIdle([this, code, problem] { finish(code, problem); });
    });
}

} // namespace AgencyTokens::Cli
