// SPDX-License-Identifier: MIT
#include "CredentialVault.h"

#include "keychain/KeychainKeys.h"
#include "keychain/SecretStore.h"

#include <algorithm>

namespace AgencyTokens {

CredentialVault::CredentialVault(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

std::optional<Credential> CredentialVault::credential(const TokenRef &ref) const
{
    const auto it = m_slots.constFind(ref.key());
    return it == m_slots.cend() ? std::nullopt : std::optional(it->credential);
}

bool CredentialVault::isUnsaved(const TokenRef &ref) const
{
    const auto it = m_slots.constFind(ref.key());
    return it != m_slots.cend() && it->unsaved;
}

bool CredentialVault::hasUnsaved() const
{
    return std::any_of(m_slots.cbegin(), m_slots.cend(), [](const Slot &slot) { return slot.unsaved; });
}

QList<AccountSid> CredentialVault::scopedHeld() const
{
    QList<AccountSid> out;
    for (const Slot &slot : m_slots) {
        if (slot.credential.kind == TokenKind::Scoped)
            out.append(slot.credential.accountSid);
    }
    return out;
}

void CredentialVault::keep(const Credential &credential)
{
    m_slots.insert(TokenRef::of(credential).key(), Slot{credential, true});
    Q_EMIT changed();
}

void CredentialVault::dropUnless(TokenKind kind, const std::optional<AccountSid> &sid)
{
    const auto it = m_slots.find(TokenRef(kind).key());
    if (it == m_slots.end() || (sid && it->credential.accountSid == *sid))
        return;
    m_slots.erase(it);
    Q_EMIT changed();
}

void CredentialVault::remove(const TokenRef &ref, OutcomeDone done)
{
    const auto held = credential(ref);
    if (!held) {
        done(Outcome::success());
        return;
    }
    m_slots.remove(ref.key());
    Q_EMIT changed();
    const QString key = KeychainKeys::tokenKey(m_keyPart, held->accountSid, held->kind);
    m_store->remove(key, this, [done](const SecretStore::Result &r) {
        done(r.ok() ? Outcome::success()
                    : Outcome::fromStore(r, tr("The token is gone here, but its keychain entry could not be removed:")));
    });
}

void CredentialVault::clear()
{
    m_slots.clear();
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
            const Credential loaded{info.kind, info.accountSid, {}};
            const TokenRef ref = TokenRef::of(loaded);
            // A value that arrived meanwhile (a reset) is newer than what the keychain held.
            if (auto token = AuthToken::parse(value->revealClearValue()); token && !isUnsaved(ref))
                m_slots.insert(ref.key(), Slot{Credential{info.kind, info.accountSid, *token}, false});
        }
        Q_EMIT changed();
        done(Outcome::success());
    });
}

QList<Credential> CredentialVault::changedFrom(const QList<Credential> &credentials) const
{
    QList<Credential> out;
    for (const Credential &c : credentials) {
        const TokenRef ref = TokenRef::of(c);
        const auto held = credential(ref);
        if (!held || isUnsaved(ref) || !(held->accountSid == c.accountSid) || !(held->authToken == c.authToken))
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
        const auto it = m_slots.find(TokenRef::of(c).key());
        if (it != m_slots.end() && it->credential.authToken == c.authToken) {
            it->unsaved = false;
            Q_EMIT changed();
        }
        store(credentials, done);
    });
}

void CredentialVault::retry(OutcomeDone done)
{
    QList<Credential> pending;
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.unsaved)
            pending.append(slot.credential);
    }
    store(pending, done);
}

} // namespace AgencyTokens
