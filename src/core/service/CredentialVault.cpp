// SPDX-License-Identifier: MIT
#include "CredentialVault.h"

#include "keychain/KeychainKeys.h"
#include "keychain/SecretStore.h"

namespace AgencyTokens {

CredentialVault::CredentialVault(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void CredentialVault::keep(const Credential &credential)
{
    m_credentials[index(credential.kind)] = credential;
    m_unsaved[index(credential.kind)] = true;
    Q_EMIT changed();
}

void CredentialVault::dropUnless(TokenKind kind, const std::optional<AccountSid> &sid)
{
    auto &cached = m_credentials[index(kind)];
    if (!cached || (sid && cached->accountSid == *sid))
        return;
    cached.reset();
    m_unsaved[index(kind)] = false;
    Q_EMIT changed();
}

void CredentialVault::clear()
{
    m_credentials = {};
    m_unsaved = {false, false};
    Q_EMIT changed();
}

void CredentialVault::load(const QList<TokenInfo> &tokens, OutcomeDone done)
{
    if (tokens.isEmpty()) {
        done(Outcome::success());
        return;
    }
    QStringList keys;
    for (const TokenInfo &info : tokens)
        keys.append(KeychainKeys::tokenKey(m_keyPart, info.accountSid, info.kind));
    // Every token in one keychain operation.
    m_store->readMany(keys, this, [this, tokens, keys, done](const SecretStore::Result &r, const QHash<QString, Secret> &found) {
        if (!r.ok()) {
            done(Outcome::fromStore(r));
            return;
        }
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const TokenInfo &info = tokens.at(i);
            const auto value = found.find(keys.at(i));
            if (value == found.end())
                continue;
            // A value that arrived meanwhile (a reset) is newer than what the keychain held.
            if (auto token = AuthToken::parse(value->revealClearValue()); token && !m_unsaved[index(info.kind)])
                m_credentials[index(info.kind)] = Credential{info.kind, info.accountSid, *token};
        }
        Q_EMIT changed();
        done(Outcome::success());
    });
}

QList<Credential> CredentialVault::changedFrom(const QList<Credential> &credentials) const
{
    QList<Credential> out;
    for (const Credential &c : credentials) {
        const auto &held = m_credentials[index(c.kind)];
        if (!held || m_unsaved[index(c.kind)] || !(held->accountSid == c.accountSid) || !(held->authToken == c.authToken))
            out.append(c);
    }
    return out;
}

void CredentialVault::store(QList<Credential> credentials, OutcomeDone done)
{
    if (credentials.isEmpty()) {
        done(Outcome::success());
        return;
    }
    const Credential c = credentials.takeFirst();
    const QString key = KeychainKeys::tokenKey(m_keyPart, c.accountSid, c.kind);
    m_store->writeIf(key, c.authToken.secret(), m_writeCheck, this, [this, c, credentials, done](const SecretStore::Result &r) {
        if (!r.ok()) {
            // The value stays in memory, shown and copyable, marked unsaved.
            done(Outcome::fromStore(r, tr("The token is shown, but it could not be saved in the keychain:")));
            return;
        }
        // Only clear the mark if a newer value did not arrive meanwhile.
        const auto &current = m_credentials[index(c.kind)];
        if (current && current->authToken == c.authToken) {
            m_unsaved[index(c.kind)] = false;
            Q_EMIT changed();
        }
        store(credentials, done);
    });
}

void CredentialVault::retry(OutcomeDone done)
{
    QList<Credential> pending;
    for (TokenKind kind : LegacyTokenKinds) {
        if (m_unsaved[index(kind)] && m_credentials[index(kind)])
            pending.append(*m_credentials[index(kind)]);
    }
    store(pending, done);
}

} // namespace AgencyTokens
