// SPDX-License-Identifier: MIT
// integrations, policy, log, replace: where each token is used, its rotation
// policy and this device's activity log (UsageStore: nothing secret in it).
#include "Cli.h"

#include "ExitCode.h"
#include "Terminal.h"
#include "service/TokensOnlyService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Cli {

namespace {
QString when(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s : u"never"_s;
}

QString pendingLine(int pending, qsizetype total)
{
    return total == 1 ? u"%1 of 1 integration still has the old token.\n"_s.arg(pending)
                      : u"%1 of %2 integrations still have the old token.\n"_s.arg(pending).arg(total);
}
} // namespace

QString Cli::tokenPhrase(const TokenRef &ref) const
{
    const QString account = m_service->info().name;
    if (ref.isScoped())
        return u"the scoped token \u201c%1\u201d of \u201c%2\u201d"_s.arg(m_service->tokenTitle(ref), account);
    return u"the %1 token of \u201c%2\u201d"_s.arg(tokenKindDisplayName(ref.kind), account);
}

void Cli::noteIfDue(const TokenRef &ref)
{
    const TokenUsage u = m_service->usageOf(ref);
    if (!u.due())
        return;
    Terminal::printError(u"agency-tokens-cli: %1 is %2 days old; its policy says rotate every %3 days."_s.arg(
        tokenPhrase(ref)).arg(u.ageDays()).arg(u.rotateEveryDays));
}

void Cli::integrations()
{
    const QString &action = m_inv.action;
    if (action == u"export") {
        integrationsExport();
        return;
    }
    if (action == u"import") {
        integrationsImport();
        return;
    }
    const auto ref = pickToken(false);
    if (!ref)
        return;
    const QString account = m_service->info().id;
    const QString key = ref->key();
    UsageStore &store = m_service->usage();
    const TokenUsage before = store.usage(account, key);
    const Integration *existing = m_inv.newName.isEmpty() ? nullptr : before.find(m_inv.newName);

    if (action == u"list") {
        const TokenUsage u = before;
        const int pending = u.pendingCount();
        if (m_inv.json) {
            QJsonArray list;
            for (const Integration &i : u.integrations)
                list.append(UsageStore::toJson(i));
            QJsonObject out{{u"account"_s, m_service->info().name},
                            {u"token"_s, tokenJson(*ref)},
                            {u"integrations"_s, list},
                            {u"pendingUpdates"_s, pending},
                            {u"rotateEveryDays"_s, u.rotateEveryDays},
                            {u"ageDays"_s, u.ageDays()},
                            {u"due"_s, u.due()}};
            printJson(out);
            finish(Ok);
            return;
        }
        QString text;
        const QString phrase = tokenPhrase(*ref);
        if (u.integrations.isEmpty()) {
            text = u"No integrations noted for %1.\n"_s.arg(phrase);
        } else {
            text = u"Integrations of %1:\n"_s.arg(phrase);
            for (const Integration &i : u.integrations) {
                text += u"  %1: %2\n"_s.arg(i.name, i.pending ? u"still has the old token"_s
                                                              : u"confirmed "_s + when(i.confirmedAt));
                if (!i.owner.isEmpty())
                    text += u"    owner: %1\n"_s.arg(i.owner);
                if (!i.uses.isEmpty())
                    text += u"    uses: %1\n"_s.arg(i.uses.join(u", "_s));
                if (!i.note.isEmpty())
                    text += u"    note: %1\n"_s.arg(i.note);
            }
            if (pending > 0)
                text += pendingLine(pending, u.integrations.size());
        }
        if (u.rotateEveryDays > 0)
            text += u"Policy: rotate every %1 days%2.\n"_s.arg(u.rotateEveryDays).arg(
                u.ageDays() >= 0 ? u"; it is %1 days old%2"_s.arg(u.ageDays()).arg(u.due() ? u", due now"_s : QString())
                                 : QString());
        Terminal::printOut(text);
        finish(Ok);
        return;
    }

    if (action == u"add" && existing) {
        finish(Refused, u"%1 already has an integration called \"%2\"; change it with integrations edit."_s.arg(
                            tokenPhrase(*ref), existing->name));
        return;
    }
    if (action != u"add" && !existing) {
        QStringList names;
        for (const Integration &i : before.integrations)
            names << u'"' + i.name + u'"';
        finish(Usage, names.isEmpty() ? u"%1 has no integrations noted."_s.arg(tokenPhrase(*ref))
                                      : u"%1 has no integration called \"%2\". Its integrations are: %3."_s.arg(
                                            tokenPhrase(*ref), m_inv.newName, names.join(u", "_s)));
        return;
    }
    const QString id = existing ? existing->id : QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Invocation inv = m_inv;
    const UsageStore::Result r = store.update(account, key, [&](TokenUsage &u) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (action == u"add") {
            Integration i;
            i.id = id;
            i.name = inv.newName;
            i.owner = inv.owner.value_or(QString());
            i.note = inv.note.value_or(QString());
            i.uses = inv.uses.value_or(QStringList());
            i.confirmedAt = now;
            u.integrations.append(i);
            if (!u.since.isValid() && m_service->credential(*ref))
                u.since = now; // the age was not known: from now at least
            return;
        }
        for (qsizetype n = 0; n < u.integrations.size(); ++n) {
            Integration &i = u.integrations[n];
            if (i.id != id)
                continue;
            if (action == u"remove") {
                u.integrations.removeAt(n);
            } else if (action == u"updated") {
                i.pending = false;
                i.confirmedAt = now;
            } else {
                if (inv.owner)
                    i.owner = *inv.owner;
                if (inv.note)
                    i.note = *inv.note;
                if (inv.uses)
                    i.uses = *inv.uses;
            }
            return;
        }
    });
    if (!r.ok) {
        finish(Refused, r.message);
        return;
    }
    const TokenUsage after = store.usage(account, key);
    QString text;
    if (action == u"add")
        text = u"Noted the integration \"%1\" of %2.\n"_s.arg(inv.newName, tokenPhrase(*ref));
    else if (action == u"remove")
        text = u"Removed the integration \"%1\" of %2.\n"_s.arg(existing->name, tokenPhrase(*ref));
    else if (action == u"updated")
        text = u"The integration \"%1\" has the current token of %2.\n"_s.arg(existing->name, tokenPhrase(*ref));
    else
        text = u"Changed the integration \"%1\" of %2.\n"_s.arg(existing->name, tokenPhrase(*ref));
    if (after.pendingCount() > 0)
        text += pendingLine(after.pendingCount(), after.integrations.size());
    Terminal::printOut(text);
    finish(Ok);
}

void Cli::integrationsExport()
{
    const QByteArray json = m_service->usage().exportAccount(m_service->info().id);
    finish(Terminal::writeOut(json.endsWith('\n') ? json : json + '\n') ? Ok : Refused);
}

void Cli::integrationsImport()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        finish(Refused, u"Could not read standard input."_s);
        return;
    }
    const QByteArray json = in.read(16 * 1024 * 1024);
    int taken = 0;
    const UsageStore::Result r = m_service->usage().importAccount(m_service->info().id, json, &taken);
    if (!r.ok) {
        finish(Usage, r.message.isEmpty() ? u"Standard input is not an export of integrations."_s : r.message);
        return;
    }
    Terminal::printOut(u"Took in %1 integration%2 for \u201c%3\u201d.\n"_s.arg(taken).arg(taken == 1 ? QString() : u"s"_s)
                           .arg(m_service->info().name));
    finish(Ok);
}

void Cli::policy()
{
    const auto ref = pickToken(false);
    if (!ref)
        return;
    const int days = m_inv.rotateEveryDays;
    const UsageStore::Result r = m_service->usage().update(m_service->info().id, ref->key(), [days](TokenUsage &u) {
        u.rotateEveryDays = days;
    });
    if (!r.ok) {
        finish(Refused, r.message);
        return;
    }
    const TokenUsage u = m_service->usageOf(*ref);
    QString text = days == 0 ? u"No rotation policy for %1 any more.\n"_s.arg(tokenPhrase(*ref))
                             : u"Rotate %1 every %2 days.\n"_s.arg(tokenPhrase(*ref)).arg(days);
    if (days > 0 && u.ageDays() >= 0)
        text += u"It is %1 days old%2.\n"_s.arg(u.ageDays()).arg(u.due() ? u": due now"_s : QString());
    Terminal::printOut(text);
    finish(Ok);
}

void Cli::showLog()
{
    QString accountId;
    if (!m_inv.account.isEmpty()) {
        const auto info = resolveAccount();
        if (!info)
            return;
        accountId = info->id;
    }
    const UsageStore store;
    const QList<ActivityEntry> entries = store.activity(accountId);
    if (m_inv.json) {
        QJsonArray list;
        for (const ActivityEntry &e : entries) {
            list.append(QJsonObject{{u"at"_s, e.at.toUTC().toString(Qt::ISODate)},
                                    {u"account"_s, e.accountName},
                                    {u"accountId"_s, e.account},
                                    {u"token"_s, e.token},
                                    {u"tokenTitle"_s, e.tokenTitle},
                                    {u"action"_s, e.action},
                                    {u"detail"_s, e.detail},
                                    {u"by"_s, UsageStore::actorToWire(e.by)}});
        }
        printJson({{u"activity"_s, list}});
        finish(Ok);
        return;
    }
    if (entries.isEmpty()) {
        Terminal::printOut(u"Nothing in the activity log yet.\n"_s);
        finish(Ok);
        return;
    }
    QString text;
    for (const ActivityEntry &e : entries) {
        text += u"%1  %2  %3  %4%5  (%6)\n"_s.arg(when(e.at), e.accountName, e.tokenTitle, e.action,
                                                 e.detail.isEmpty() ? QString() : u" "_s + e.detail,
                                                 UsageStore::actorToWire(e.by));
    }
    Terminal::printOut(text);
    finish(Ok);
}

void Cli::replace()
{
    auto *service = qobject_cast<TokensOnlyService *>(m_service.get());
    if (!service) {
        finish(Refused, u"\u201c%1\u201d is signed in: the app resets its tokens on the platform. replace is for "
                        "tokens-only accounts."_s.arg(m_service->info().name));
        return;
    }
    const auto ref = pickToken();
    if (!ref)
        return;
    const auto token = Terminal::readSecret(u"New Auth Token for %1: "_s.arg(tokenPhrase(*ref)));
    if (!token || token->isEmpty()) {
        finish(Usage, u"Give the new Auth Token on standard input."_s);
        return;
    }
    const TokenRef picked = *ref;
    service->replaceToken(picked, *token, [this, picked](const Outcome &outcome) {
        if (!outcome.ok) {
            finish(outcome);
            return;
        }
        QString text = u"Replaced %1: the new token passes and the old one no longer does.\n"_s.arg(tokenPhrase(picked));
        const TokenUsage u = m_service->usageOf(picked);
        if (u.pendingCount() > 0)
            text += pendingLine(u.pendingCount(), u.integrations.size())
                    + u"Once each has the new token: agency-tokens-cli integrations updated --name N\n"_s;
        Terminal::printOut(text);
        finish(Ok);
    });
}

} // namespace AgencyTokens::Cli
