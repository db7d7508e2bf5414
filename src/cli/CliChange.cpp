// SPDX-License-Identifier: MIT
// add, remove, rename, clean: what changes the keychain or the account list.
#include "Cli.h"

#include "ExitCode.h"
#include "accounts/OrphanSweep.h"
#include "Terminal.h"
#include "network/NetworkPolicy.h"
#include "service/TokensOnlyService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Cli {

void Cli::add()
{
    std::optional<AccountInfo> existing;
    const QList<AccountInfo> all = m_accounts.accounts();
    if (!m_inv.account.isEmpty())
        existing = m_accounts.lookup(m_inv.account);
    else if (all.size() == 1)
        existing = all.constFirst();
    else if (all.size() > 1)
        return finish(Usage, u"There are several accounts; name the one to add to with --account."_s);

    const QUrl api = m_inv.api.isEmpty() ? AccountList::DefaultApi : m_inv.api;
    if (existing) {
        if (existing->kind != AccountKind::TokensOnly)
            return finish(Refused, u"\"%1\" is signed in: its tokens come from the platform. Add tokens to a "
                                   "tokens-only account."_s.arg(existing->name));
        if (!m_inv.api.isEmpty() && !NetworkPolicy::sameOrigin(m_inv.api, existing->address))
            return finish(Usage, u"\"%1\" is at %2, not at %3."_s.arg(existing->name, existing->address.toString(),
                                                                       m_inv.api.toString()));
    } else if (const HttpError refused = NetworkPolicy::checkAddress(api); !refused.ok()) {
        return finish(exitCodeFor(refused), refused.message);
    }

    const QString name = existing ? existing->name : (m_inv.account.isEmpty() ? api.host() : m_inv.account);
    const QString which = *m_inv.kind == TokenKind::Scoped ? u"scoped \"%1\""_s.arg(m_inv.tokenName)
                                                           : tokenKindDisplayName(*m_inv.kind);
    const auto token = Terminal::readSecret(u"Auth Token (%1) for %2: "_s.arg(which, name));
    if (!token || token->isEmpty())
        return finish(Usage, token ? u"No Auth Token on standard input. Pipe it in, or type it when asked."_s
                                   : u"Standard input holds far more than an Auth Token; nothing was saved."_s);
    if (const Validation v = AuthToken::validate(*token); !v.ok())
        return finish(Refused, v.message);

    if (existing)
        return addTo(*existing, false, *token);
    // Listed only once its entries are written (addTo): no process ever lists it without them.
    addTo(m_accounts.create(AccountKind::TokensOnly, name, api), true, *token);
}

void Cli::addTo(const AccountInfo &info, bool created, const QString &authToken)
{
    auto service = std::make_unique<TokensOnlyService>(info, &m_store, &m_client);
    service->setOwnedByList(true);
    auto *tokensOnly = service.get();
    m_service = std::move(service);
    const TokenKind kind = *m_inv.kind;
    // The sid was checked when the arguments were read.
    const TokenRef ref = kind == TokenKind::Scoped ? TokenRef::scoped(*AccountSid::parse(m_inv.sid)) : TokenRef(kind);
    const QString token = kind == TokenKind::Scoped ? u"scoped token \"%1\""_s.arg(m_inv.tokenName)
                                                    : u"%1 token"_s.arg(tokenKindDisplayName(kind));
    auto done = [this, info, created, ref, token](const Outcome &outcome) {
        std::optional<AccountInfo> listed = info;
        if (outcome.ok && created)
            listed = m_accounts.insert(info); // its name may have changed if another process took it
        if (outcome.ok && listed) {
            const QString agency = m_service->snapshot().agencyName;
            Terminal::printOut(u"Saved the %1 of \"%2\"%3%4.\n"_s.arg(
                token, listed->name, agency.isEmpty() ? QString() : u" ("_s + agency + u')',
                m_inv.noVerify ? u", unchecked"_s : QString()));
            // A 403 on the check: genuine, kept, and said (its scopes do not include company information).
            if (const auto kept = m_service->tokenInfo(ref); kept && !checkNote(kept->lastCheck).isEmpty())
                Terminal::printOut(u"Note: the platform says it is %1; it was kept.\n"_s.arg(checkNote(kept->lastCheck)));
            finish(Ok);
            return;
        }
        Outcome failed = outcome.ok ? Outcome::input(u"The account list is being changed by another "
                                                     "program and did not become free; nothing was saved."_s)
                                    : outcome;
        // The service's sentence for a refused keychain write is the app's, which keeps the
        // token on screen to copy ("The token is shown, but…"); a command shows nothing.
        if (!outcome.ok && outcome.source == Outcome::Source::Keychain && m_service->isUnsaved(ref)) {
            const QString why = SecretStore::messageFor(outcome.storeError);
            failed.message = created ? u"The %1 was not saved, so \"%2\" was not added: the keychain "
                                       "refused it. %3"_s.arg(token, info.name, why)
                                     : u"The %1 was not saved: the keychain refused it, and \"%2\" keeps "
                                       "what it had. %3"_s.arg(token, info.name, why);
        }
        if (!created)
            return finish(failed);
        // Nothing of a new account stays behind when its first token is refused.
        m_service->AccountService::removeEverything([this, failed, id = info.id](const Outcome &) {
            m_accounts.release(id);
            finish(failed);
        });
    };
    auto store = [this, tokensOnly, kind, authToken, done] {
        if (kind == TokenKind::Scoped && m_inv.noVerify)
            tokensOnly->addScopedUnchecked(m_inv.tokenName, m_inv.sid, authToken, done);
        else if (kind == TokenKind::Scoped)
            tokensOnly->addScoped(m_inv.tokenName, m_inv.sid, authToken, false, done);
        else if (m_inv.noVerify)
            tokensOnly->addUnchecked(kind, m_inv.sid, authToken, done);
        else
            tokensOnly->addToken(kind, m_inv.sid, authToken, false, done);
    };
    if (created) {
        // Entries first, listed after: a sweep for orphans leaves a reserved account alone.
        if (!m_accounts.reserve(info.id))
            return finish(Outcome::input(u"The account list is being changed by another program and did not "
                                         "become free; nothing was saved."_s));
        return store(); // nothing stored yet under a new id
    }
    // The other token's entry in the state must survive this one's addition.
    m_service->loadStored([this, store](const Outcome &loaded) {
        if (!loaded.ok)
            return finish(loaded);
        store();
    });
}

void Cli::clean()
{
    OrphanSweep::run(&m_store, this, [this](const SecretStore::Result &result, const QStringList &removed,
                                            const QStringList &others) {
        for (const QString &part : removed)
            Terminal::printOut(u"Removed the keychain entries of %1 (no listed account owns them).\n"_s.arg(part));
        for (const QString &part : others)
            Terminal::printOut(u"Left the keychain entries of %1 alone: no account of this install ever had them "
                               "(another install of the app that uses the same keychain, or an older version's).\n"_s
                                   .arg(part));
        if (!result.ok())
            return finish(Outcome::fromStore(result));
        if (removed.isEmpty())
            Terminal::printOut(others.isEmpty()
                                   ? u"Nothing to remove: every keychain entry belongs to a listed account.\n"_s
                                   : u"Nothing to remove: every other keychain entry belongs to a listed account.\n"_s);
        finish(Ok);
    });
}

void Cli::remove()
{
    const auto info = resolveAccount();
    if (!info)
        return;
    m_service = makeService(*info);
    // What it holds is read first, so that the activity log names each token
    // removed; a read that fails (a damaged entry) does not stop the removal.
    m_service->loadStored([this, info](const Outcome &) {
        // The keychain entries only: a signed-in account's server session simply expires.
        m_service->AccountService::removeAccount([this, info](const Outcome &outcome) {
            if (!outcome.ok)
                return finish(outcome);
            // Not there any more is as good as removed (another process did it meanwhile).
            if (!m_accounts.remove(info->id) && m_accounts.find(info->id))
                return finish(Refused, u"Removed the keychain entries of \"%1\", but the account list is being "
                                       "changed by another program and did not become free; run remove again."_s
                                           .arg(info->name));
            Terminal::printOut(u"Removed \"%1\" and its keychain entries.\n"_s.arg(info->name));
            finish(Ok);
        });
    });
}

void Cli::removeToken()
{
    const auto ref = pickToken(false);
    if (!ref)
        return;
    const QString account = m_service->info().name;
    const QString name = m_service->tokenInfo(*ref)->name;
    auto *tokensOnly = qobject_cast<TokensOnlyService *>(m_service.get());
    if (!tokensOnly)
        return finish(Refused, u"\"%1\" is signed in: its scoped tokens are the platform's. Delete \"%2\" in the "
                               "app (API Credentials), or remove the whole account."_s.arg(account, name));
    tokensOnly->forgetScoped(ref->sid, [this, account, name](const Outcome &outcome) {
        if (!outcome.ok)
            return finish(outcome);
        Terminal::printOut(u"Removed the scoped token \"%1\" from \"%2\" and its keychain entry. The platform "
                           "keeps it: delete it in the web app if no integration needs it.\n"_s.arg(name, account));
        finish(Ok);
    });
}

void Cli::rename()
{
    const auto info = resolveAccount();
    if (!info)
        return;
    // Names pick accounts (--account): two of one name could not be told apart.
    if (const auto other = m_accounts.lookup(m_inv.newName); other && other->id != info->id)
        return finish(Usage, u"There is already an account named \"%1\"."_s.arg(other->name));
    if (info->name == m_inv.newName) {
        Terminal::printOut(u"\"%1\" already has that name.\n"_s.arg(info->name));
        return finish(Ok);
    }
    if (!m_accounts.rename(info->id, m_inv.newName)) {
        return finish(Refused, m_accounts.find(info->id)
                                   ? u"The account list is being changed by another program and did not become free; "
                                     "run rename again."_s
                                   : u"\"%1\" was removed meanwhile."_s.arg(info->name));
    }
    Terminal::printOut(u"Renamed \"%1\" to \"%2\".\n"_s.arg(info->name, m_inv.newName));
    finish(Ok);
}

} // namespace AgencyTokens::Cli
