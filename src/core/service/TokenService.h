// SPDX-License-Identifier: MIT
#pragma once

#include "Outcome.h"
#include "StateSnapshot.h"
#include "platform/PlatformApi.h"

#include <array>
#include <QObject>

namespace AgencyTokens {

class SecretStore;

/// The shared model of the app: sign-in, the Platform REST Web Services
/// state, the legacy credentials (kept in the keychain), reset, upgrade and
/// verify. No GUI; the QML view models are thin layers over it.
///
/// The server's answer is the source of truth. A reset's new token is kept in
/// memory (and shown) until the keychain confirms the write; if the write
/// fails it stays "unsaved", retrySave() tries again, and the next refresh
/// fetches it from the server anyway.
class TokenService : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Starting, SignedOut, SignedIn };
    Q_ENUM(Phase)

    TokenService(SecretStore *store, PlatformApi *api, QObject *parent = nullptr);

    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] bool isBusy() const { return m_busy > 0; }
    /// False after the platform could not be reached; true after any answer.
    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] const QString &offlineReason() const { return m_offlineReason; }
    [[nodiscard]] const QUrl &server() const { return m_server; }
    [[nodiscard]] const StateSnapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] std::optional<TokenInfo> tokenInfo(TokenKind kind) const;
    /// The credential as last known: from the keychain or from the server.
    [[nodiscard]] std::optional<Credential> credential(TokenKind kind) const;
    /// True while a credential the server gave is not yet confirmed in the keychain.
    [[nodiscard]] bool isUnsaved(TokenKind kind) const { return m_unsaved[index(kind)]; }

    /// At start: reads the session and what the keychain holds for `server`, then refreshes.
    void restore(const QUrl &server, OutcomeDone done = {});
    void signIn(const QUrl &server, const QString &username, const QString &password, OutcomeDone done = {});
    /// Wipes everything the app wrote to the keychain, then ends the server session.
    void signOut(OutcomeDone done = {});
    /// Reloads the page state; fetches the credentials into the keychain when allowed.
    void refresh(OutcomeDone done = {});
    void enable(OutcomeDone done = {});
    void fetchCredentials(OutcomeDone done = {});
    void reset(TokenKind kind, OutcomeDone done = {});
    void retrySave(OutcomeDone done = {});
    void upgrade(TokenKind kind, int version, OutcomeDone done = {});
    /// Whether the credential passes authorization now (optionally as API `version`).
    void verify(TokenKind kind, std::optional<int> version, std::function<void(const Outcome &, const VerifyResult &)> done);

Q_SIGNALS:
    /// Any of phase, online, snapshot or credentials changed.
    void changed();
    void busyChanged();

private:
    void setPhase(Phase phase);
    void setOnline(bool online, const QString &reason = {});
    void beginWork();
    void endWork();
    /// Common handling of an API failure: offline, expired session. Returns the outcome.
    Outcome apiFailure(const ApiError &error);
    void applyState(const ServicesState &state);
    void saveSnapshot();
    void loadSecrets(OutcomeDone done);
    void storeCredentials(QList<Credential> credentials, OutcomeDone done);
    void clearMemory();
    [[nodiscard]] QString hostKey() const;
    [[nodiscard]] OutcomeDone finisher(OutcomeDone done);

    SecretStore *m_store;
    PlatformApi *m_api;
    Phase m_phase = Phase::Starting;
    int m_busy = 0;
    bool m_online = true;
    QString m_offlineReason;
    QUrl m_server;
    StateSnapshot m_snapshot;
    static constexpr std::size_t index(TokenKind kind) { return kind == TokenKind::ReadWrite ? 0 : 1; }
    std::array<std::optional<Credential>, 2> m_credentials;
    std::array<bool, 2> m_unsaved{false, false};
};

} // namespace AgencyTokens
