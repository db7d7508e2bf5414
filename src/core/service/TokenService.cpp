// SPDX-License-Identifier: MIT
#include "TokenService.h"

#include "keychain/KeychainKeys.h"
#include "keychain/SecretStore.h"
#include "logging/Logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

TokenService::TokenService(const AccountInfo &info, SecretStore *store, RestClient *client, QObject *parent)
    : AccountService(info, store, client, parent)
{
}

Outcome TokenService::apiFailure(const HttpError &error)
{
    Outcome outcome = AccountService::apiFailure(error);
    if (error.code == u"session_expired" || error.code == u"session_required") {
        // The keychain keeps the tokens; only the dead session goes.
        m_api.setSessionToken({});
        m_store->remove(KeychainKeys::sessionKey(m_info.keyPart()), this, [](const SecretStore::Result &r) {
            if (!r.ok())
                qCWarning(lcService) << "could not remove the expired session:" << r.error;
        });
        setPhase(Phase::SignedOut);
    }
    return outcome;
}

void TokenService::restore(OutcomeDone done)
{
    auto finish = finisher(done);
    if (m_info.address.isEmpty()) {
        setPhase(Phase::SignedOut);
        finish(Outcome::success());
        return;
    }
    // The session and the page state in one keychain operation, the tokens in a
    // second: they show before the network is asked anything.
    const QString sessionKey = KeychainKeys::sessionKey(m_info.keyPart());
    const QString stateKey = KeychainKeys::stateKey(m_info.keyPart());
    m_store->readMany({sessionKey, stateKey}, this,
                      [this, finish, sessionKey, stateKey](const SecretStore::Result &result,
                                                           const QHash<QString, Secret> &found) {
        if (!result.ok() || !found.contains(sessionKey)) {
            setPhase(Phase::SignedOut);
            finish(result.ok() ? Outcome::success() : Outcome::fromStore(result));
            return;
        }
        m_api.setSessionToken(found.value(sessionKey));
        if (found.contains(stateKey))
            takeStoredSnapshot(found.value(stateKey));
        setPhase(Phase::Ready);
        // The keychain's tokens first: they show at once, whatever the network does.
        m_vault.load(m_snapshot.state.tokens + m_snapshot.state.accessTokens, [this, finish](const Outcome &loaded) {
            refresh([finish, loaded](const Outcome &refreshed) { finish(loaded.ok ? refreshed : loaded); });
        });
    });
}

void TokenService::signIn(const QUrl &server, const QString &username, const QString &password, OutcomeDone done)
{
    auto finish = finisher(done);
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        finish(Outcome::input(tr("Enter your user name and password.")));
        return;
    }
    if (const HttpError refused = NetworkPolicy::checkAddress(server); !refused.ok()) {
        finish(Outcome::fromApi(refused));
        return;
    }
    setAddress(server);
    m_api.signIn(username.trimmed(), password, this, [this, finish](const HttpError &error, const SessionInfo &session) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        // Signed in only once the session is safe in the keychain.
        writeEntry(KeychainKeys::sessionKey(m_info.keyPart()), session.token, [this, finish, session](const SecretStore::Result &r) {
            if (!r.ok()) {
                m_api.setSessionToken(session.token);
                m_api.signOut(this, [](const HttpError &, bool) {});
                m_api.setSessionToken({});
                finish(Outcome::fromStore(r, tr("Signed in, but the session could not be kept:")));
                return;
            }
            m_snapshot = {};
            m_storedSnapshot.clear();
            m_vault.clear();
            m_api.setSessionToken(session.token);
            m_sessionExpiresAt = session.expiresAt;
            m_snapshot.username = session.username;
            m_snapshot.displayName = session.displayName;
            m_snapshot.role = session.role;
            m_snapshot.agencyName = session.agencyName;
            setPhase(Phase::Ready);
            Q_EMIT changed();
            refresh(finish);
        });
    });
}

void TokenService::signOut(OutcomeDone done)
{
    endSession(false, std::move(done));
}

void TokenService::endSession(bool unlist, OutcomeDone done)
{
    auto finish = finisher(done);
    // Wipe first: if the keychain refuses, stay signed in so the user can retry.
    wipeEntries(unlist, [this, finish](const SecretStore::Result &r) {
        if (!r.ok()) {
            finish(Outcome::fromStore(r, tr("Could not remove the saved tokens, so you are still signed in.")));
            return;
        }
        // Ending the server session is a courtesy: offline, it simply expires.
        m_api.signOut(this, [this, finish](const HttpError &, bool) {
            m_api.setSessionToken({});
            m_snapshot = {};
            m_storedSnapshot.clear();
            m_vault.clear();
            setPhase(Phase::SignedOut);
            Q_EMIT changed();
            finish(Outcome::success());
        });
    });
}

bool TokenService::holdsCurrent(const TokenInfo &info) const
{
    const TokenRef ref = info.kind == TokenKind::Scoped ? TokenRef::scoped(info.accountSid) : TokenRef(info.kind);
    const auto saved = tokenInfo(ref);
    const auto held = m_vault.credential(ref);
    return !info.fingerprint.isEmpty() && saved && saved->fingerprint == info.fingerprint
        && saved->accountSid == info.accountSid && held && !m_vault.isUnsaved(ref)
        && held->accountSid == info.accountSid;
}

bool TokenService::applyState(const ServicesState &state, bool save)
{
    ServicesState taken = state;
    bool current = true;
    for (TokenInfo &info : taken.tokens) {
        if (const auto before = tokenInfo(TokenRef(info.kind)); before && before->accountSid == info.accountSid) {
            info.lastCheck = before->lastCheck;
            info.probedAt = before->probedAt;
            info.reachable = before->reachable;
            info.unreachable = before->unreachable;
        }
        if (!holdsCurrent(info)) {
            info.fingerprint.clear();
            current = false;
        }
    }
    // Scoped tokens: the platform never gives their Auth Token again, so
    // nothing is fetched. A saved value whose token was reset elsewhere (its
    // fingerprint changed) no longer works: it goes, as does one of a token
    // the platform no longer lists.
    QList<TokenRef> stale;
    for (TokenInfo &info : taken.accessTokens) {
        const TokenRef ref = TokenRef::scoped(info.accountSid);
        const auto before = tokenInfo(ref);
        if (before) {
            info.lastCheck = before->lastCheck;
            info.probedAt = before->probedAt;
            info.reachable = before->reachable;
            info.unreachable = before->unreachable;
        }
        if (holdsCurrent(info))
            continue;
        const bool resetElsewhere = before && !before->fingerprint.isEmpty() && !info.fingerprint.isEmpty()
            && before->fingerprint != info.fingerprint && !m_vault.isUnsaved(ref);
        if (resetElsewhere)
            stale.append(ref);
        info.fingerprint.clear();
    }
    if (state.accessTokensOffered) {
        for (const AccountSid &sid : m_vault.scopedHeld()) {
            const bool listed = std::any_of(taken.accessTokens.cbegin(), taken.accessTokens.cend(),
                                            [&](const TokenInfo &t) { return t.accountSid == sid; });
            if (!listed)
                stale.append(TokenRef::scoped(sid));
        }
    } else {
        taken.accessTokens = m_snapshot.state.accessTokens; // an older server says nothing of them
    }
    m_snapshot.state = taken;
    for (const TokenRef &ref : std::as_const(stale)) {
        m_vault.remove(ref, [](const Outcome &o) {
            if (!o.ok)
                qCWarning(lcService) << "could not remove a scoped token that no longer works:" << o.storeError;
        });
    }
    // A credential whose SID the server no longer lists is stale.
    for (TokenKind kind : LegacyTokenKinds) {
        const auto info = tokenInfo(kind);
        m_vault.dropUnless(kind, info ? std::optional(info->accountSid) : std::nullopt);
    }
    if (save)
        saveSnapshot();
    Q_EMIT changed();
    return current;
}

void TokenService::refresh(OutcomeDone done)
{
    auto finish = finisher(done);
    m_api.loadState(this, [this, finish](const HttpError &error, const ServicesState &state) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        const bool current = applyState(state, false);
        // Every token as the keychain holds it (or none to fetch): one request.
        if (current || !state.legacyTokensEnabled || !state.canManage) {
            saveSnapshot();
            finish(Outcome::success());
            return;
        }
        fetchCredentials(state, finish);
    });
}

void TokenService::enable(OutcomeDone done)
{
    auto finish = finisher(done);
    m_api.enable(this, [this, finish](const HttpError &error, const ServicesState &state) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        applyState(state, false);
        fetchCredentials(state, finish);
    });
}

void TokenService::fetchCredentials(const ServicesState &state, OutcomeDone done)
{
    auto finish = finisher(done);
    m_api.fetchCredentials(this, [this, state, finish](const HttpError &error, const QList<Credential> &credentials) {
        if (!error.ok())
            saveSnapshot(); // the state as taken, without the fingerprints of what was not fetched
        if (failedOn(error, finish))
            return;
        setOnline(true);
        // What the keychain already holds is not written again: a refresh that changed nothing writes nothing.
        const QList<Credential> changed = m_vault.changedFrom(credentials);
        for (const Credential &c : changed)
            m_vault.keep(c);
        m_vault.store(changed, [this, state, finish](const Outcome &stored) {
            // A fingerprint is saved only for a token the keychain now holds: then
            // the next refresh can trust it. One write of the state, after the tokens.
            for (TokenInfo &info : m_snapshot.state.tokens) {
                const auto held = m_vault.credential(info.kind);
                const auto it = std::find_if(state.tokens.cbegin(), state.tokens.cend(),
                                             [&](const TokenInfo &t) { return t.kind == info.kind; });
                if (it != state.tokens.cend() && held && !m_vault.isUnsaved(info.kind)
                    && held->accountSid == it->accountSid && info.accountSid == it->accountSid)
                    info.fingerprint = it->fingerprint;
            }
            saveSnapshot();
            finish(stored);
        });
    });
}

void TokenService::reset(const TokenRef &ref, OutcomeDone done)
{
    auto finish = finisher(done);
    if (ref.isScoped()) {
        m_api.resetAccessToken(ref.sid, this, [this, ref, finish](const HttpError &error, const IssuedAccessToken &issued) {
            if (failedOn(error, finish))
                return;
            setOnline(true);
            record(ref, u"reset"_s);
            startChecklist(ref);
            takeIssued(issued, finish);
        });
        return;
    }
    const TokenKind kind = ref.kind;
    m_api.reset(kind, this, [this, kind, finish](const HttpError &error, const ResetResult &answer) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        record(kind, u"reset"_s);
        startChecklist(kind);
        // In memory first: whatever happens to the keychain, the new token is not lost.
        m_vault.keep(answer.credential);
        for (TokenInfo &info : m_snapshot.state.tokens) {
            if (info.kind == kind) {
                info.accountSid = answer.credential.accountSid;
                info.lastResetAt = answer.lastResetAt;
                info.fingerprint.clear(); // until the keychain holds the new token
                info.lastCheck = CheckAnswer::Passed;
            }
        }
        Q_EMIT changed();
        // The token first, then the state with its fingerprint: a saved
        // fingerprint never speaks for a token the keychain does not hold.
        m_vault.store({answer.credential}, [this, kind, answer, finish](const Outcome &stored) {
            for (TokenInfo &info : m_snapshot.state.tokens) {
                if (info.kind == kind && stored.ok && !m_vault.isUnsaved(kind))
                    info.fingerprint = answer.fingerprint;
            }
            saveSnapshot();
            // The platform has reset the token: that is how the reset ended. A
            // keychain that did not store the new value leaves it unsaved (shown,
            // copyable, Retry saving), never a reason to reset it a second time.
            if (!stored.ok)
                qCWarning(lcService) << "reset done, the new token is not saved yet:" << stored.storeError;
            finish(Outcome::success());
        });
    });
}

void TokenService::takeIssued(const IssuedAccessToken &issued, OutcomeDone done)
{
    const TokenRef ref = TokenRef::scoped(issued.info.accountSid);
    // In memory first: the platform shows this value once, and it must not be lost.
    m_vault.keep(issued.credential);
    TokenInfo info = issued.info;
    info.kind = TokenKind::Scoped;
    info.fingerprint.clear(); // until the keychain holds the new token
    if (const auto before = tokenInfo(ref)) {
        info.probedAt = before->probedAt;
        info.reachable = before->reachable;
        info.unreachable = before->unreachable;
    }
    if (TokenInfo *listed = findToken(m_snapshot, ref))
        *listed = info;
    else
        m_snapshot.state.accessTokens.append(info);
    Q_EMIT changed();
    m_vault.store({issued.credential}, [this, ref, issued, done](const Outcome &stored) {
        if (TokenInfo *listed = findToken(m_snapshot, ref); listed && stored.ok && !m_vault.isUnsaved(ref))
            listed->fingerprint = issued.info.fingerprint;
        saveSnapshot();
        Q_EMIT changed();
        // Done on the platform: a keychain that refused leaves it unsaved (shown, copyable, Retry saving).
        if (!stored.ok)
            qCWarning(lcService) << "the scoped token is issued, its value is not saved yet:" << stored.storeError;
        done(Outcome::success());
    });
}

void TokenService::upgrade(const TokenRef &ref, int version, OutcomeDone done)
{
    auto finish = finisher(done);
    const auto current = tokenInfo(ref);
    if (current && version < current->apiVersion) {
        finish(Outcome::input(HttpError::messageForCode(u"downgrade_not_allowed"_s)));
        return;
    }
    if (ref.isScoped()) {
        AccessTokenChange change;
        change.apiVersion = version;
        editAccessToken(ref.sid, change, finish);
        return;
    }
    m_api.setApiVersion(ref.kind, version, this, [this, finish](const HttpError &error, const TokenInfo &info) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        // The secret is the same: its fingerprint stays confirmed only if it was.
        const bool current = holdsCurrent(info);
        for (TokenInfo &t : m_snapshot.state.tokens) {
            if (t.kind == info.kind) {
                const TokenInfo before = t;
                t = info;
                t.lastCheck = before.lastCheck;
                t.probedAt = before.probedAt;
                t.reachable = before.reachable;
                t.unreachable = before.unreachable;
                if (!current)
                    t.fingerprint.clear();
            }
        }
        saveSnapshot();
        Q_EMIT changed();
        finish(Outcome::success());
    });
}

void TokenService::loadScopeCatalogue(std::function<void(const Outcome &, const QList<ScopeInfo> &)> done)
{
    if (!m_catalogue.isEmpty()) {
        done(Outcome::success(), m_catalogue);
        return;
    }
    beginWork();
    m_api.scopeCatalogue(this, [this, done](const HttpError &error, const QList<ScopeInfo> &scopes) {
        endWork();
        if (!error.ok()) {
            done(apiFailure(error), {});
            return;
        }
        setOnline(true);
        m_catalogue = scopes;
        Q_EMIT changed();
        done(Outcome::success(), m_catalogue);
    });
}

void TokenService::createAccessToken(const AccessTokenDraft &draft,
                                     std::function<void(const Outcome &, const AccountSid &)> done)
{
    beginWork();
    m_api.createAccessToken(draft, this, [this, done](const HttpError &error, const IssuedAccessToken &issued) {
        if (!error.ok()) {
            endWork();
            done(apiFailure(error), {});
            return;
        }
        setOnline(true);
        takeIssued(issued, [this, done, sid = issued.info.accountSid](const Outcome &o) {
            record(TokenRef::scoped(sid), u"create"_s);
            startAge(TokenRef::scoped(sid));
            endWork();
            done(o, sid);
        });
    });
}

void TokenService::editAccessToken(const AccountSid &sid, const AccessTokenChange &change, OutcomeDone done)
{
    auto finish = finisher(done);
    m_api.updateAccessToken(sid, change, this, [this, finish](const HttpError &error, const TokenInfo &answer) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        const TokenRef ref = TokenRef::scoped(answer.accountSid);
        // The secret is the same: its fingerprint stays confirmed only if it was.
        TokenInfo info = answer;
        info.kind = TokenKind::Scoped;
        if (!holdsCurrent(info))
            info.fingerprint.clear();
        if (TokenInfo *listed = findToken(m_snapshot, ref)) {
            info.lastCheck = listed->lastCheck;
            info.probedAt = listed->probedAt;
            info.reachable = listed->reachable;
            info.unreachable = listed->unreachable;
            *listed = info;
        } else {
            m_snapshot.state.accessTokens.append(info);
        }
        saveSnapshot();
        Q_EMIT changed();
        finish(Outcome::success());
    });
}

void TokenService::deleteAccessToken(const AccountSid &sid, OutcomeDone done)
{
    auto finish = finisher(done);
    m_api.deleteAccessToken(sid, this, [this, sid, finish](const HttpError &error, bool) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        record(TokenRef::scoped(sid), u"delete"_s);
        m_usage.removeToken(m_info.id, TokenRef::scoped(sid).key());
        m_snapshot.state.accessTokens.removeIf([&sid](const TokenInfo &t) { return t.accountSid == sid; });
        saveSnapshot();
        Q_EMIT changed();
        // Deleted on the platform: that is how it ended, whatever the keychain says.
        m_vault.remove(TokenRef::scoped(sid), [finish](const Outcome &removed) {
            if (!removed.ok)
                qCWarning(lcService) << "deleted, but its keychain entry stays:" << removed.storeError;
            finish(Outcome::success());
        });
    });
}

void TokenService::addScopedValue(const AccountSid &sid, const QString &authToken, OutcomeDone done)
{
    auto finish = finisher(done);
    const auto listed = tokenInfo(TokenRef::scoped(sid));
    if (!listed) {
        finish(Outcome::input(tr("The platform no longer lists this token.")));
        return;
    }
    const auto token = AuthToken::parse(authToken.trimmed());
    if (!token) {
        finish(Outcome::input(AuthToken::validate(authToken.trimmed()).message));
        return;
    }
    const Credential credential{TokenKind::Scoped, sid, *token};
    m_api.verify(credential, std::nullopt, this, [this, credential, finish](const HttpError &error, const VerifyResult &r) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        if (!r.authorized) {
            finish(Outcome::input(tr("The platform refused this Auth Token for this token, so nothing was saved. "
                                     "Copy it again, whole, or reset the token.")));
            return;
        }
        const TokenRef ref = TokenRef::of(credential);
        m_vault.keep(credential);
        if (TokenInfo *info = findToken(m_snapshot, ref))
            info->lastCheck = r.answer;
        Q_EMIT changed();
        m_vault.store({credential}, [this, finish](const Outcome &stored) {
            saveSnapshot();
            finish(stored);
        });
    });
}

} // namespace AgencyTokens
