// SPDX-License-Identifier: MIT
#include "TokensOnlyService.h"

#include <algorithm>

#include "keychain/KeychainKeys.h"
#include "keychain/SecretStore.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens {

TokensOnlyService::TokensOnlyService(const AccountInfo &info, SecretStore *store, RestClient *client, QObject *parent)
    : AccountService(info, store, client, parent)
{
}

void TokensOnlyService::restore(OutcomeDone done)
{
    auto finish = finisher(done);
    loadSnapshot([this, finish](const Outcome &snapshot) {
        setPhase(Phase::Ready);
        if (!snapshot.ok) {
            // Which tokens it holds is in the state entry: unread, nothing is known
            // (a locked keychain is not an empty account).
            finish(snapshot);
            return;
        }
        m_vault.load(m_snapshot.state.tokens + m_snapshot.state.accessTokens, [this, finish](const Outcome &loaded) {
            refresh([finish, loaded](const Outcome &refreshed) { finish(loaded.ok ? refreshed : loaded); });
        });
    });
}

void TokensOnlyService::refresh(OutcomeDone done)
{
    // The Read/Write token, else the Read-Only one, else the first scoped one held.
    std::optional<TokenRef> ref;
    for (TokenKind kind : LegacyTokenKinds) {
        if (!ref && credential(kind))
            ref = TokenRef(kind);
    }
    for (const TokenInfo &info : scopedTokens()) {
        if (!ref && credential(TokenRef::scoped(info.accountSid)))
            ref = TokenRef::scoped(info.accountSid);
    }
    if (!ref) {
        if (done)
            done(Outcome::success());
        return;
    }
    verify(*ref, std::nullopt, [this, done](const Outcome &o, const VerifyResult &r) {
        if (o.ok && r.answer == CheckAnswer::Passed && r.companyName != m_snapshot.agencyName) {
            m_snapshot.agencyName = r.companyName;
            saveSnapshot();
            Q_EMIT changed();
        }
        if (done)
            done(o);
    });
}

std::optional<Credential> TokensOnlyService::parsePasted(TokenKind kind, const QString &accountSid,
                                                        const QString &authToken, const OutcomeDone &refuse)
{
    const auto sid = AccountSid::parse(accountSid.trimmed());
    if (!sid) {
        refuse(Outcome::input(AccountSid::validate(accountSid.trimmed()).message));
        return std::nullopt;
    }
    const auto token = AuthToken::parse(authToken.trimmed());
    if (!token) {
        refuse(Outcome::input(AuthToken::validate(authToken.trimmed()).message));
        return std::nullopt;
    }
    return Credential{kind, *sid, *token};
}

void TokensOnlyService::addUnchecked(TokenKind kind, const QString &accountSid, const QString &authToken,
                                     OutcomeDone done)
{
    auto finish = finisher(done);
    if (const auto credential = parsePasted(kind, accountSid, authToken, finish))
        keepChecked(*credential, m_snapshot.agencyName, finish);
}

void TokensOnlyService::addToken(TokenKind kind, const QString &accountSid, const QString &authToken,
                                 bool withoutCheck, OutcomeDone done)
{
    auto finish = finisher(done);
    const auto parsed = parsePasted(kind, accountSid, authToken, finish);
    if (!parsed)
        return;
    if (withoutCheck) {
        if (isOnline()) {
            finish(Outcome::input(tr("The platform can be reached, so the token is checked before it is saved.")));
            return;
        }
        keepChecked(*parsed, m_snapshot.agencyName, finish);
        return;
    }
    checkAndKeep(*parsed, {}, finish);
}

QString TokensOnlyService::scopedNameProblem(const QString &name) const
{
    if (name.isEmpty())
        return tr("Enter the token's name, as the web app shows it.");
    if (name.size() > 100)
        return tr("The name is too long: at most 100 characters.");
    if (scopedToken(name))
        return tr("This account already has a token called “%1”. Replace its value, or choose another name.").arg(name);
    return {};
}

void TokensOnlyService::addScoped(const QString &name, const QString &accountSid, const QString &authToken,
                                  bool withoutCheck, OutcomeDone done)
{
    auto finish = finisher(done);
    const QString trimmed = name.trimmed();
    if (const QString problem = scopedNameProblem(trimmed); !problem.isEmpty()) {
        finish(Outcome::input(problem));
        return;
    }
    const auto parsed = parsePasted(TokenKind::Scoped, accountSid, authToken, finish);
    if (!parsed)
        return;
    const bool held = std::any_of(m_snapshot.state.tokens.cbegin(), m_snapshot.state.tokens.cend(),
                                  [&](const TokenInfo &t) { return t.accountSid == parsed->accountSid; })
        || tokenInfo(TokenRef::scoped(parsed->accountSid)).has_value();
    if (held) {
        finish(Outcome::input(tr("This account already holds a token with this Account SID.")));
        return;
    }
    if (withoutCheck) {
        if (isOnline()) {
            finish(Outcome::input(tr("The platform can be reached, so the token is checked before it is saved.")));
            return;
        }
        keepChecked(*parsed, m_snapshot.agencyName, finish, trimmed);
        return;
    }
    checkAndKeep(*parsed, trimmed, finish);
}

void TokensOnlyService::addScopedUnchecked(const QString &name, const QString &accountSid, const QString &authToken,
                                           OutcomeDone done)
{
    auto finish = finisher(done);
    const QString trimmed = name.trimmed();
    if (const QString problem = scopedNameProblem(trimmed); !problem.isEmpty()) {
        finish(Outcome::input(problem));
        return;
    }
    if (const auto credential = parsePasted(TokenKind::Scoped, accountSid, authToken, finish))
        keepChecked(*credential, m_snapshot.agencyName, finish, trimmed);
}

void TokensOnlyService::checkAndKeep(const Credential &credential, const QString &name, OutcomeDone done)
{
    m_api.verify(credential, std::nullopt, this, [this, credential, name, done](const HttpError &error, const VerifyResult &r) {
        if (failedOn(error, done))
            return;
        setOnline(true);
        if (!r.authorized) {
            done(Outcome::input(tr("The platform refused this Account SID and Auth Token, so nothing was saved. "
                                   "Check that both are copied whole, from the same token.")));
            return;
        }
        // One account, one agency: a token of another agency does not join this one's.
        // (A token that may not read company information cannot say whose it is.)
        const bool holdsAnother = std::any_of(LegacyTokenKinds.begin(), LegacyTokenKinds.end(), [&](TokenKind k) {
            return k != credential.kind && this->credential(k).has_value();
        }) || !m_vault.scopedHeld().isEmpty();
        if (holdsAnother && !m_snapshot.agencyName.isEmpty() && !r.companyName.isEmpty()
            && r.companyName != m_snapshot.agencyName) {
            done(Outcome::input(tr("This token belongs to “%1”, not to “%2”, so it was not added here. Add it as "
                                   "an account of its own.").arg(r.companyName, m_snapshot.agencyName)));
            return;
        }
        keepChecked(credential, r.companyName, done, name, r.answer);
    });
}

void TokensOnlyService::keepChecked(const Credential &credential, const QString &companyName, OutcomeDone done,
                                    const QString &name, CheckAnswer answer)
{
    TokenInfo info;
    info.kind = credential.kind;
    info.accountSid = credential.accountSid;
    info.name = name;
    info.lastCheck = answer;
    info.createdAt = QDateTime::currentDateTimeUtc(); // when it was added here: the platform does not say
    setPhase(Phase::Ready);
    m_vault.keep(credential);
    auto replaced = std::make_shared<std::optional<AccountSid>>();
    updateSnapshot([info, companyName, replaced](StateSnapshot &snapshot) {
        if (info.kind == TokenKind::Scoped) {
            snapshot.state.accessTokens.removeIf([&info](const TokenInfo &t) {
                return t.accountSid == info.accountSid || t.name == info.name;
            });
            snapshot.state.accessTokens.append(info);
        } else {
            for (const TokenInfo &t : std::as_const(snapshot.state.tokens)) {
                if (t.kind == info.kind && !(t.accountSid == info.accountSid))
                    *replaced = t.accountSid;
            }
            snapshot.state.tokens.removeIf([&info](const TokenInfo &t) { return t.kind == info.kind; });
            snapshot.state.tokens.append(info);
        }
        if (!companyName.isEmpty())
            snapshot.agencyName = companyName;
    }, [this, credential, replaced, done](const Outcome &) {
        m_vault.store({credential}, [this, credential, replaced, done](const Outcome &stored) {
            if (stored.ok) {
                record(TokenRef::of(credential), u"add"_s);
                startAge(TokenRef::of(credential));
            }
            if (!stored.ok || !*replaced)
                return done(stored);
            // The same kind under another Account SID: its old entry would stay hidden until removal.
            m_store->remove(KeychainKeys::tokenKey(m_info.keyPart(), **replaced, credential.kind), this,
                            [done](const SecretStore::Result &r) {
                                done(r.ok() ? Outcome::success()
                                            : Outcome::fromStore(r, tr("The new token is saved, but the old one could "
                                                                       "not be removed from the keychain:")));
                            });
        });
    });
}

void TokensOnlyService::forgetScoped(const AccountSid &sid, OutcomeDone done)
{
    auto finish = finisher(done);
    const TokenRef ref = TokenRef::scoped(sid);
    if (!tokenInfo(ref)) {
        finish(Outcome::input(tr("This account holds no such token.")));
        return;
    }
    // Off the list first: an entry without a listing is swept as an orphan, a listing without its entry looks lost.
    updateSnapshot([sid](StateSnapshot &snapshot) {
        snapshot.state.accessTokens.removeIf([&sid](const TokenInfo &t) { return t.accountSid == sid; });
    }, [this, ref, finish](const Outcome &) {
        Q_EMIT changed();
        record(ref, u"remove"_s);
        m_usage.removeToken(m_info.id, ref.key());
        m_vault.remove(ref, finish);
    });
}

void TokensOnlyService::replaceToken(const TokenRef &ref, const QString &authToken, OutcomeDone done)
{
    auto finish = finisher(done);
    const auto old = credential(ref);
    if (!old) {
        finish(Outcome::input(tr("There is no token of this kind to replace yet. Add it instead.")));
        return;
    }
    const auto token = AuthToken::parse(authToken.trimmed());
    if (!token) {
        finish(Outcome::input(AuthToken::validate(authToken.trimmed()).message));
        return;
    }
    if (*token == old->authToken) {
        finish(Outcome::input(tr("This is the token already saved. Paste the new one from the web app.")));
        return;
    }
    const Credential fresh{old->kind, old->accountSid, *token};
    m_api.verify(fresh, std::nullopt, this, [this, old = *old, fresh, finish](const HttpError &error, const VerifyResult &r) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        if (!r.authorized) {
            finish(Outcome::input(tr("The new token does not pass the platform's check, so the saved one was kept. "
                                     "Copy it again, whole, from the same account.")));
            return;
        }
        compareOld(old, fresh, r.answer, finish);
    });
}

void TokensOnlyService::compareOld(const Credential &old, const Credential &fresh, CheckAnswer answer, OutcomeDone done)
{
    m_api.verify(old, std::nullopt, this, [this, fresh, answer, done](const HttpError &error, const VerifyResult &r) {
        if (failedOn(error, done))
            return;
        if (r.authorized) {
            done(Outcome::input(tr("The old token still passes, so it has not been reset: both work now, and the "
                                   "saved one was kept. Reset it in the web app, then paste the new one.")));
            return;
        }
        if (TokenInfo *info = findToken(m_snapshot, TokenRef::of(fresh))) {
            info->lastResetAt = QDateTime::currentDateTimeUtc();
            info->lastCheck = answer;
        }
        m_vault.keep(fresh);
        saveSnapshot();
        record(TokenRef::of(fresh), u"replace"_s);
        startChecklist(TokenRef::of(fresh));
        m_vault.store({fresh}, done);
    });
}

} // namespace AgencyTokens
