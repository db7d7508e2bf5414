// SPDX-License-Identifier: MIT
#include "TokenService.h"

#include "keychain/KeychainKeys.h"
#include "keychain/SecretStore.h"
#include "logging/Logging.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens {

TokenService::TokenService(SecretStore *store, PlatformApi *api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
{
}

std::optional<TokenInfo> TokenService::tokenInfo(TokenKind kind) const
{
    for (const TokenInfo &info : m_snapshot.state.tokens) {
        if (info.kind == kind)
            return info;
    }
    return std::nullopt;
}

std::optional<Credential> TokenService::credential(TokenKind kind) const
{
    return m_credentials[index(kind)];
}

QString TokenService::hostKey() const
{
    return KeychainKeys::hostPart(m_server.host(), m_server.port());
}

void TokenService::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT changed();
}

void TokenService::setOnline(bool online, const QString &reason)
{
    if (m_online == online && m_offlineReason == reason)
        return;
    m_online = online;
    m_offlineReason = online ? QString() : reason;
    Q_EMIT changed();
}

void TokenService::beginWork()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged();
}

void TokenService::endWork()
{
    if (--m_busy == 0)
        Q_EMIT busyChanged();
}

OutcomeDone TokenService::finisher(OutcomeDone done)
{
    beginWork();
    return [this, done](const Outcome &outcome) {
        endWork();
        if (done)
            done(outcome);
    };
}

Outcome TokenService::apiFailure(const ApiError &error)
{
    if (error.isOffline()) {
        setOnline(false, error.message);
    } else {
        setOnline(true);
        if (error.code == u"session_expired" || error.code == u"session_required") {
            // The keychain keeps the tokens; only the dead session goes.
            m_api->setSessionToken({});
            m_store->remove(KeychainKeys::sessionKey(hostKey()), this, [](const SecretStore::Result &r) {
                if (!r.ok())
                    qCWarning(lcService) << "could not remove the expired session:" << r.error;
            });
            setPhase(Phase::SignedOut);
        }
    }
    return Outcome::fromApi(error);
}

void TokenService::clearMemory()
{
    m_snapshot = {};
    m_credentials = {};
    m_unsaved = {false, false};
    m_api->setSessionToken({});
}

void TokenService::restore(const QUrl &server, OutcomeDone done)
{
    auto finish = finisher(done);
    m_server = server;
    m_api->setServer(server);
    if (server.isEmpty()) {
        setPhase(Phase::SignedOut);
        finish(Outcome::success());
        return;
    }
    m_store->read(KeychainKeys::sessionKey(hostKey()), this, [this, finish](const SecretStore::Result &result, const Secret &session) {
        if (!result.ok()) {
            setPhase(Phase::SignedOut);
            finish(result.error == SecretStore::Error::NotFound ? Outcome::success() : Outcome::fromStore(result));
            return;
        }
        m_api->setSessionToken(session);
        m_store->read(KeychainKeys::stateKey(hostKey()), this, [this, finish](const SecretStore::Result &r, const Secret &json) {
            if (r.ok()) {
                if (auto snapshot = StateSnapshot::fromJson(json.revealClearValue()))
                    m_snapshot = *snapshot;
            }
            setPhase(Phase::SignedIn);
            Q_EMIT changed();
            loadSecrets([this, finish](const Outcome &loaded) {
                refresh([finish, loaded](const Outcome &refreshed) { finish(loaded.ok ? refreshed : loaded); });
            });
        });
    });
}

void TokenService::loadSecrets(OutcomeDone done)
{
    const QList<TokenInfo> tokens = m_snapshot.state.tokens;
    auto remaining = std::make_shared<int>(int(tokens.size()));
    auto firstFailure = std::make_shared<Outcome>();
    if (tokens.isEmpty()) {
        done(Outcome::success());
        return;
    }
    for (const TokenInfo &info : tokens) {
        const QString key = KeychainKeys::tokenKey(hostKey(), info.accountSid, info.kind);
        m_store->read(key, this, [this, info, remaining, firstFailure, done](const SecretStore::Result &r, const Secret &value) {
            if (r.ok()) {
                if (auto token = AuthToken::parse(value.revealClearValue()))
                    m_credentials[index(info.kind)] = Credential{info.kind, info.accountSid, *token};
            } else if (r.error != SecretStore::Error::NotFound && firstFailure->ok) {
                *firstFailure = Outcome::fromStore(r);
            }
            if (--*remaining == 0) {
                Q_EMIT changed();
                done(*firstFailure);
            }
        });
    }
}

void TokenService::signIn(const QUrl &server, const QString &username, const QString &password, OutcomeDone done)
{
    auto finish = finisher(done);
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        finish(Outcome::input(tr("Enter your user name and password.")));
        return;
    }
    if (const ApiError refused = NetworkPolicy::checkAddress(server); !refused.ok()) {
        finish(Outcome::fromApi(refused));
        return;
    }
    m_server = server;
    m_api->setServer(server);
    m_api->signIn(username.trimmed(), password, this, [this, finish](const ApiError &error, const SessionInfo &session) {
        if (!error.ok()) {
            finish(apiFailure(error));
            return;
        }
        setOnline(true);
        // Signed in only once the session is safe in the keychain.
        m_store->write(KeychainKeys::sessionKey(hostKey()), session.token, this, [this, finish, session](const SecretStore::Result &r) {
            if (!r.ok()) {
                m_api->setSessionToken(session.token);
                m_api->signOut(this, [](const ApiError &, bool) {});
                m_api->setSessionToken({});
                finish(Outcome::fromStore(r, tr("Signed in, but the session could not be kept:")));
                return;
            }
            clearMemory();
            m_api->setSessionToken(session.token);
            m_snapshot.username = session.username;
            m_snapshot.displayName = session.displayName;
            m_snapshot.role = session.role;
            m_snapshot.agencyName = session.agencyName;
            setPhase(Phase::SignedIn);
            Q_EMIT changed();
            refresh(finish);
        });
    });
}

void TokenService::signOut(OutcomeDone done)
{
    auto finish = finisher(done);
    // Wipe first: if the keychain refuses, stay signed in so the user can retry.
    m_store->removeAll(this, [this, finish](const SecretStore::Result &r) {
        if (!r.ok()) {
            finish(Outcome::fromStore(r, tr("Could not remove the saved tokens, so you are still signed in.")));
            return;
        }
        // Ending the server session is a courtesy: offline, it simply expires.
        m_api->signOut(this, [this, finish](const ApiError &, bool) {
            clearMemory();
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
        auto &cached = m_credentials[index(kind)];
        if (cached && (!info || info->accountSid != cached->accountSid))
            cached.reset();
    }
    saveSnapshot();
    Q_EMIT changed();
}

void TokenService::saveSnapshot()
{
    m_store->write(KeychainKeys::stateKey(hostKey()), Secret::fromClearValue(m_snapshot.toJson()), this,
                   [](const SecretStore::Result &r) {
                       if (!r.ok())
                           qCWarning(lcService) << "could not keep the page state for offline use:" << r.error;
                   });
}

void TokenService::refresh(OutcomeDone done)
{
    auto finish = finisher(done);
    m_api->loadState(this, [this, finish](const ApiError &error, const ServicesState &state) {
        if (!error.ok()) {
            finish(apiFailure(error));
            return;
        }
        setOnline(true);
        applyState(state);
        if (state.legacyTokensEnabled && state.canManage)
            fetchCredentials(finish);
        else
            finish(Outcome::success());
    });
}

} // namespace AgencyTokens
