// SPDX-License-Identifier: MIT
#pragma once

#include "AccountService.h"

namespace AgencyTokens {

/// A signed-in account on a platform that offers the management contract
/// (docs/api.md, part 2): sign-in, the Platform REST Web Services state,
/// enable, fetching the credentials into the keychain, reset and upgrade.
///
/// The server's answer is the source of truth. A reset's new token is kept in
/// memory (and shown) until the keychain confirms the write; if the write
/// fails it stays "unsaved", retrySave() tries again, and the next refresh
/// fetches it from the server anyway.
class TokenService : public AccountService
{
    Q_OBJECT
public:
    TokenService(const AccountInfo &info, SecretStore *store, RestClient *client, QObject *parent = nullptr);

    /// Reads the session and what the keychain holds for the account, then refreshes.
    void restore(OutcomeDone done) override;
    void signIn(const QUrl &server, const QString &username, const QString &password, OutcomeDone done = {});
    /// Wipes this account's keychain entries, then ends the server session.
    void signOut(OutcomeDone done = {});
    /// Reloads the page state; fetches the credentials into the keychain when allowed
    /// and a token's fingerprint says that the keychain's copy is not current.
    void refresh(OutcomeDone done = {}) override;
    void enable(OutcomeDone done = {});
    void reset(TokenKind kind, OutcomeDone done = {});
    void upgrade(TokenKind kind, int version, OutcomeDone done = {});
    /// As signOut(): an account that is removed ends its session too.
    void removeEverything(OutcomeDone done) override { endSession(false, std::move(done)); }
    /// As removeEverything(), and the account leaves the shared list (AccountService::removeAccount()).
    void removeAccount(OutcomeDone done) override { endSession(true, std::move(done)); }
    /// When the session ends (an hour or so after sign-in, server-side); invalid when unknown.
    [[nodiscard]] QDateTime sessionExpiresAt() const { return m_sessionExpiresAt; }

protected:
    Outcome apiFailure(const HttpError &error) override;

private:
    /// signOut(); with `unlist`, the account also leaves the shared list (removeAccount()).
    void endSession(bool unlist, OutcomeDone done);
    /// Takes the server's `state`, keeping a token's fingerprint only where the
    /// keychain holds that very token (so that a saved fingerprint always
    /// speaks for the saved token); saved unless `save` is false. True when
    /// every listed token is current.
    bool applyState(const ServicesState &state, bool save = true);
    /// Whether the vault holds, saved, the token `info` (the server's) describes.
    [[nodiscard]] bool holdsCurrent(const TokenInfo &info) const;
    /// Fetches the credentials of `state` into the keychain, then confirms the
    /// fingerprints of those saved and saves the page state once.
    void fetchCredentials(const ServicesState &state, OutcomeDone done);

    QDateTime m_sessionExpiresAt;
};

} // namespace AgencyTokens
