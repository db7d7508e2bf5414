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
        m_vault.load(m_snapshot.state.tokens, [this, finish](const Outcome &loaded) {
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
    const auto saved = tokenInfo(info.kind);
    const auto held = m_vault.credential(info.kind);
    return !info.fingerprint.isEmpty() && saved && saved->fingerprint == info.fingerprint
        && saved->accountSid == info.accountSid && held && !m_vault.isUnsaved(info.kind)
        && held->accountSid == info.accountSid;
}

bool TokenService::applyState(const ServicesState &state, bool save)
{
    ServicesState taken = state;
    bool current = true;
    for (TokenInfo &info : taken.tokens) {
        if (!holdsCurrent(info)) {
            info.fingerprint.clear();
            current = false;
        }
    }
    m_snapshot.state = taken;
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

void TokenService::reset(TokenKind kind, OutcomeDone done)
{
    auto finish = finisher(done);
    m_api.reset(kind, this, [this, kind, finish](const HttpError &error, const ResetResult &answer) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        // In memory first: whatever happens to the keychain, the new token is not lost.
        m_vault.keep(answer.credential);
        for (TokenInfo &info : m_snapshot.state.tokens) {
            if (info.kind == kind) {
                info.accountSid = answer.credential.accountSid;
                info.lastResetAt = answer.lastResetAt;
                info.fingerprint.clear(); // until the keychain holds the new token
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

void TokenService::upgrade(TokenKind kind, int version, OutcomeDone done)
{
    auto finish = finisher(done);
    const auto current = tokenInfo(kind);
    if (current && version < current->apiVersion) {
        finish(Outcome::input(HttpError::messageForCode(u"downgrade_not_allowed"_s)));
        return;
    }
    m_api.setApiVersion(kind, version, this, [this, finish](const HttpError &error, const TokenInfo &info) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        // The secret is the same: its fingerprint stays confirmed only if it was.
        const bool current = holdsCurrent(info);
        for (TokenInfo &t : m_snapshot.state.tokens) {
            if (t.kind == info.kind) {
                t = info;
                if (!current)
                    t.fingerprint.clear();
            }
        }
        saveSnapshot();
        Q_EMIT changed();
        finish(Outcome::success());
    });
}

} // namespace AgencyTokens
