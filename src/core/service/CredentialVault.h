// SPDX-License-Identifier: MIT
#pragma once

#include "Outcome.h"
#include "keychain/SecretStore.h"
#include "platform/PlatformTypes.h"

#include <QObject>

#include <QMap>
#include <optional>

namespace AgencyTokens {

class SecretStore;

/// One account's credentials (the legacy pair and its scoped tokens): in
/// memory while the app runs, durable in the keychain under the account's key
/// part. A credential that arrived but is not yet confirmed in the keychain is
/// "unsaved": still shown and copyable, never lost, written again by retry().
class CredentialVault : public QObject
{
    Q_OBJECT
public:
    CredentialVault(SecretStore *store, QObject *parent = nullptr);

    void setKeyPart(const QString &keyPart) { m_keyPart = keyPart; }
    /// Asked by the store before each write, under its cross-process lock (SecretStore::writeIf).
    void setWriteCheck(std::function<SecretStore::Result()> check) { m_writeCheck = std::move(check); }
    [[nodiscard]] std::optional<Credential> credential(const TokenRef &ref) const;
    [[nodiscard]] bool isUnsaved(const TokenRef &ref) const;
    [[nodiscard]] bool hasUnsaved() const;
    /// The scoped tokens held, by their Account SID.
    [[nodiscard]] QList<AccountSid> scopedHeld() const;

    /// In memory only, marked unsaved until store() confirms it.
    void keep(const Credential &credential);
    /// Drops a legacy credential whose SID the platform no longer lists.
    void dropUnless(TokenKind kind, const std::optional<AccountSid> &sid);
    /// Drops the token from memory and removes its keychain entry.
    void remove(const TokenRef &ref, OutcomeDone done);
    void clear();
    /// Reads the Auth Tokens of `tokens` from the keychain.
    void load(const QList<TokenInfo> &tokens, OutcomeDone done);
    /// Those of `credentials` that the keychain does not already hold (as loaded or saved).
    [[nodiscard]] QList<Credential> changedFrom(const QList<Credential> &credentials) const;
    /// Writes each credential in order; stops at the first failure.
    void store(QList<Credential> credentials, OutcomeDone done);
    /// Writes again what is still unsaved.
    void retry(OutcomeDone done);

Q_SIGNALS:
    void changed();

private:
    struct Slot
    {
        Credential credential;
        bool unsaved = false;
    };

    SecretStore *m_store;
    QString m_keyPart;
    std::function<SecretStore::Result()> m_writeCheck;
    QMap<QString, Slot> m_slots; // by TokenRef::key()
};

} // namespace AgencyTokens
