// SPDX-License-Identifier: MIT
#include "TokenService.h"

#include "keychain/KeychainKeys.h"
#include "keychain/SecretStore.h"
#include "logging/Logging.h"

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
        m_store->write(KeychainKeys::sessionKey(m_info.keyPart()), session.token, this, [this, finish, session](const SecretStore::Result &r) {
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
    auto finish = finisher(done);
    // Wipe first: if the keychain refuses, stay signed in so the user can retry.
    m_store->removeUnder(m_info.keyPart(), this, [this, finish](const SecretStore::Result &r) {
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

void TokenService::applyState(const ServicesState &state)
{
    m_snapshot.state = state;
    // A credential whose SID the server no longer lists is stale.
    for (TokenKind kind : AllTokenKinds) {
        const auto info = tokenInfo(kind);
        m_vault.dropUnless(kind, info ? std::optional(info->accountSid) : std::nullopt);
    }
    saveSnapshot();
    Q_EMIT changed();
}

void TokenService::refresh(OutcomeDone done)
{
    auto finish = finisher(done);
    m_api.loadState(this, [this, finish](const HttpError &error, const ServicesState &state) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        applyState(state);
        if (state.legacyTokensEnabled && state.canManage)
            fetchCredentials(finish);
        else
            finish(Outcome::success());
    });
}

void TokenService::enable(OutcomeDone done)
{
    auto finish = finisher(done);
    m_api.enable(this, [this, finish](const HttpError &error, const ServicesState &state) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        applyState(state);
        fetchCredentials(finish);
    });
}

void TokenService::fetchCredentials(OutcomeDone done)
{
    auto finish = finisher(done);
    m_api.fetchCredentials(this, [this, finish](const HttpError &error, const QList<Credential> &credentials) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        // What the keychain already holds is not written again: a refresh that changed nothing writes nothing.
        const QList<Credential> changed = m_vault.changedFrom(credentials);
        for (const Credential &c : changed)
            m_vault.keep(c);
        m_vault.store(changed, finish);
    });
}

void TokenService::reset(TokenKind kind, OutcomeDone done)
{
    auto finish = finisher(done);
    m_api.reset(kind, this, [this, kind, finish](const HttpError &error, const std::pair<Credential, QDateTime> &answer) {
        if (failedOn(error, finish))
            return;
        setOnline(true);
        const auto &[credential, lastResetAt] = answer;
        // In memory first: whatever happens to the keychain, the new token is not lost.
        m_vault.keep(credential);
        for (TokenInfo &info : m_snapshot.state.tokens) {
            if (info.kind == kind) {
                info.accountSid = credential.accountSid;
                info.lastResetAt = lastResetAt;
            }
        }
        Q_EMIT changed();
        saveSnapshot();
        m_vault.store({credential}, finish);
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
        for (TokenInfo &t : m_snapshot.state.tokens) {
            if (t.kind == info.kind)
                t = info;
        }
        saveSnapshot();
        Q_EMIT changed();
        finish(Outcome::success());
    });
}

} // namespace AgencyTokens
