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
    m_api.enable(this, [this, finish](const HttpError &error, const ServicesState &state) {
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
    m_api.fetchCredentials(this, [this, finish](const HttpError &error, const QList<Credential> &credentials) {
        if (!error.ok()) {
            finish(apiFailure(error));
            return;
        }
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
        if (!error.ok()) {
            finish(apiFailure(error));
            return;
        }
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

} // namespace AgencyTokens
