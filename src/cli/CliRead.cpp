// SPDX-License-Identifier: MIT
// accounts, sid, token: what the keychain holds, without the network.
#include "Cli.h"

#include "ExitCode.h"
#include "Terminal.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Cli {

namespace {
QString kindLabel(AccountKind kind)
{
    return kind == AccountKind::SignedIn ? u"signed in"_s : u"tokens only"_s;
}
} // namespace

void Cli::listAccounts()
{
    const QList<AccountInfo> all = m_accounts.accounts();
    if (all.isEmpty() && !m_inv.json)
        Terminal::printOut(u"No accounts yet.\n"_s);
    listNext(all, std::make_shared<QJsonArray>(), std::make_shared<int>(Ok));
}

void Cli::listNext(QList<AccountInfo> remaining, std::shared_ptr<QJsonArray> out, std::shared_ptr<int> code)
{
    if (remaining.isEmpty()) {
        if (m_inv.json)
            printJson({{u"accounts"_s, *out}});
        finish(*code);
        return;
    }
    const AccountInfo info = remaining.takeFirst();
    m_service = makeService(info);
    m_service->loadStored([this, info, remaining, out, code](const Outcome &loaded) {
        // A locked keychain still lists the accounts, with their tokens unknown.
        if (!loaded.ok && *code == Ok) {
            *code = exitCodeFor(loaded);
            Terminal::printError(u"agency-tokens-cli: "_s + loaded.message);
        }
        const StateSnapshot &snapshot = m_service->snapshot();
        QJsonArray tokens;
        QStringList lines;
        for (const TokenRef &ref : accountTokens()) {
            const auto token = m_service->tokenInfo(ref);
            const bool held = m_service->credential(ref).has_value();
            QJsonObject t = tokenJson(ref);
            t.insert(u"held"_s, held);
            if (token && token->apiVersion > 0)
                t.insert(u"apiVersion"_s, token->apiVersion);
            QString line = u"  %1: %2%3\n"_s.arg(tokenLabel(ref), t.value(u"accountSid"_s).toString(),
                                                 held ? QString() : u" (not in the keychain)"_s);
            if (token && !token->scopes.isEmpty()) {
                t.insert(u"scopes"_s, QJsonArray::fromStringList(token->scopes));
                line += u"    scopes: %1\n"_s.arg(token->scopes.join(u", "_s));
            }
            if (token && token->probedAt.isValid()) {
                // What this device's last probe found (agency-tokens-cli probe, or the app's).
                t.insert(u"probe"_s, QJsonObject{{u"at"_s, token->probedAt.toString(Qt::ISODate)},
                                                 {u"allowed"_s, QJsonArray::fromStringList(token->reachable)},
                                                 {u"denied"_s, QJsonArray::fromStringList(token->unreachable)}});
                line += u"    probed: allowed %1; denied %2\n"_s.arg(
                    token->reachable.isEmpty() ? u"none"_s : token->reachable.join(u", "_s),
                    token->unreachable.isEmpty() ? u"none"_s : token->unreachable.join(u", "_s));
            }
            if (const QString note = token ? checkNote(token->lastCheck) : QString(); !note.isEmpty()) {
                t.insert(u"note"_s, note);
                line += u"    note: %1\n"_s.arg(note);
            }
            // Where it is used and its rotation policy (the usage store: this device's notes).
            const TokenUsage usage = m_service->usageOf(ref);
            t.insert(u"integrations"_s, int(usage.integrations.size()));
            t.insert(u"pendingUpdates"_s, usage.pendingCount());
            t.insert(u"rotateEveryDays"_s, usage.rotateEveryDays);
            t.insert(u"ageDays"_s, usage.ageDays());
            t.insert(u"due"_s, usage.due());
            if (!usage.integrations.isEmpty())
                line += u"    integrations: %1%2\n"_s.arg(usage.integrations.size()).arg(
                    usage.pendingCount() > 0 ? u" (%1 still with the old token)"_s.arg(usage.pendingCount()) : QString());
            if (usage.due())
                line += u"    DUE: %1 days old; its policy says rotate every %2 days\n"_s.arg(usage.ageDays())
                            .arg(usage.rotateEveryDays);
            else if (usage.rotateEveryDays > 0)
                line += u"    policy: rotate every %1 days\n"_s.arg(usage.rotateEveryDays);
            tokens.append(t);
            lines << line;
        }
        if (m_inv.json) {
            QJsonObject account{{u"id"_s, info.id},
                                {u"name"_s, info.name},
                                {u"kind"_s, accountKindToWire(info.kind)},
                                {u"address"_s, info.address.toString()},
                                {u"tokens"_s, tokens}};
            if (!snapshot.agencyName.isEmpty())
                account.insert(u"agencyName"_s, snapshot.agencyName);
            if (!loaded.ok)
                account.insert(u"error"_s, loaded.message);
            out->append(account);
        } else {
            QString text = u"%1 (%2) %3\n"_s.arg(info.name, kindLabel(info.kind), info.address.toString());
            if (!snapshot.agencyName.isEmpty())
                text += u"  agency: %1\n"_s.arg(snapshot.agencyName);
            text += loaded.ok ? (lines.isEmpty() ? u"  no tokens\n"_s : lines.join(QString()))
                              : u"  tokens: unknown (keychain not readable)\n"_s;
            Terminal::printOut(text);
        }
        listNext(remaining, out, code);
    });
}

void Cli::printSid()
{
    if (const auto c = pickCredential()) {
        Terminal::printOut(c->accountSid.toString() + u'\n');
        finish(Ok);
    }
}

void Cli::printToken()
{
    const auto ref = pickToken();
    if (!ref)
        return;
    const auto c = m_service->credential(*ref);
    QByteArray bytes = c->authToken.revealClearValue().toUtf8();
    const bool written = Terminal::writeOut(bytes);
    std::fill(bytes.begin(), bytes.end(), '\0');
    if (written)
        m_service->record(*ref, u"token"_s);
    // The token is followed by nothing on stdout; a terminal still gets its line end.
    if (written && Terminal::stdoutIsTerminal() && Terminal::stderrIsTerminal())
        Terminal::printError(QString());
    finish(written ? Ok : Refused, written ? QString() : u"Could not write the token to standard output."_s);
}

} // namespace AgencyTokens::Cli
