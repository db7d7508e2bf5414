// SPDX-License-Identifier: MIT
// The token actions of TokenService: enable, fetch, reset, upgrade, verify.
#include "TokenService.h"

#include "keychain/KeychainKeys.h"
#include "keychain/SecretStore.h"
#include "logging/Logging.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens {

void TokenService::enable(OutcomeDone done)
{
    auto finish = finisher(done);
    m_api->enable(this, [this, finish](const ApiError &error, const ServicesState &state) {
        if (!error.ok()) {
            finish(apiFailure(error));
            return;
        }
        setOnline(true);
        applyState(state);
        fetchCredentials(finish);
    });
}

void TokenService::fetchCredentials(OutcomeDone done)
{
    auto finish = finisher(done);
    m_api->fetchCredentials(this, [this, finish](const ApiError &error, const QList<Credential> &credentials) {
        if (!error.ok()) {
            finish(apiFailure(error));
            return;
        }
        setOnline(true);
        for (const Credential &c : credentials) {
            m_credentials[index(c.kind)] = c;
            m_unsaved[index(c.kind)] = true;
        }
        Q_EMIT changed();
        storeCredentials(credentials, finish);
    });
}

void TokenService::storeCredentials(QList<Credential> credentials, OutcomeDone done)
{
    if (credentials.isEmpty()) {
        done(Outcome::success());
        return;
    }
    const Credential c = credentials.takeFirst();
    const QString key = KeychainKeys::tokenKey(hostKey(), c.accountSid, c.kind);
    m_store->write(key, c.authToken.secret(), this, [this, c, credentials, done](const SecretStore::Result &r) {
        if (!r.ok()) {
            // The value stays in memory, shown and copyable, marked unsaved.
            done(Outcome::fromStore(r, tr("The token is shown, but it could not be saved in the keychain:")));
            return;
        }
        // Only clear the mark if a newer value did not arrive meanwhile.
        if (m_credentials[index(c.kind)] && m_credentials[index(c.kind)]->authToken == c.authToken) {
            m_unsaved[index(c.kind)] = false;
            Q_EMIT changed();
        }
        storeCredentials(credentials, done);
    });
}

void TokenService::reset(TokenKind kind, OutcomeDone done)
{
    auto finish = finisher(done);
    m_api->reset(kind, this, [this, kind, finish](const ApiError &error, const std::pair<Credential, QDateTime> &answer) {
        if (!error.ok()) {
            finish(apiFailure(error));
            return;
        }
        setOnline(true);
        const auto &[credential, lastResetAt] = answer;
        // In memory first: whatever happens to the keychain, the new token is not lost.
        m_credentials[index(kind)] = credential;
        m_unsaved[index(kind)] = true;
        for (TokenInfo &info : m_snapshot.state.tokens) {
            if (info.kind == kind) {
                info.accountSid = credential.accountSid;
                info.lastResetAt = lastResetAt;
            }
        }
        Q_EMIT changed();
        saveSnapshot();
        storeCredentials({credential}, finish);
    });
}

void TokenService::retrySave(OutcomeDone done)
{
    QList<Credential> pending;
    for (TokenKind kind : AllTokenKinds) {
        if (m_unsaved[index(kind)] && m_credentials[index(kind)])
            pending.append(*m_credentials[index(kind)]);
    }
    storeCredentials(pending, finisher(done));
}

void TokenService::upgrade(TokenKind kind, int version, OutcomeDone done)
{
    auto finish = finisher(done);
    const auto current = tokenInfo(kind);
    if (current && version < current->apiVersion) {
        finish(Outcome::input(ApiError::messageForCode(u"downgrade_not_allowed"_s)));
        return;
    }
    m_api->setApiVersion(kind, version, this, [this, finish](const ApiError &error, const TokenInfo &info) {
        if (!error.ok()) {
            finish(apiFailure(error));
            return;
        }
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

void TokenService::verify(TokenKind kind, std::optional<int> version,
                          std::function<void(const Outcome &, const VerifyResult &)> done)
{
    const auto c = credential(kind);
    if (!c) {
        done(Outcome::input(tr("There is no saved token to verify yet.")), {});
        return;
    }
    beginWork();
    m_api->verify(*c, version, this, [this, done](const ApiError &error, const VerifyResult &result) {
        endWork();
        if (!error.ok()) {
            done(apiFailure(error), result);
            return;
        }
        setOnline(true);
        done(Outcome::success(), result);
    });
}

} // namespace AgencyTokens
