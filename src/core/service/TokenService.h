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
    /// A new Auth Token for the token (legacy or scoped); the old one stops working at once.
    void reset(const TokenRef &ref, OutcomeDone done = {});
    /// A newer API version for the token: forward only.
    void upgrade(const TokenRef &ref, int version, OutcomeDone done = {});

    /// Scoped access tokens. The scope catalogue, asked once per session.
    void loadScopeCatalogue(std::function<void(const Outcome &, const QList<ScopeInfo> &)> done);
    [[nodiscard]] const QList<ScopeInfo> &scopeCatalogue() const { return m_catalogue; }
    /// Create Access Token: its Auth Token, shown by the platform this once, is
    /// kept in memory at once and saved in the keychain; `done` hears the new token's SID.
    void createAccessToken(const AccessTokenDraft &draft, std::function<void(const Outcome &, const AccountSid &)> done);
    /// Name, description, contacts, scopes or (forward only) API version.
    void editAccessToken(const AccountSid &sid, const AccessTokenChange &change, OutcomeDone done = {});
    /// Deletes it on the platform (every integration holding it stops working), then here.
    void deleteAccessToken(const AccountSid &sid, OutcomeDone done = {});
    /// The Auth Token of a listed scoped token that this device does not hold
    /// (the platform shows it only when it is created or reset): kept once it passes.
    void addScopedValue(const AccountSid &sid, const QString &authToken, OutcomeDone done = {});
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

    /// Takes a created or reset scoped token: in memory, then the keychain, then its fingerprint.
    void takeIssued(const IssuedAccessToken &issued, OutcomeDone done);
    QDateTime m_sessionExpiresAt;
    QList<ScopeInfo> m_catalogue;
};

} // namespace AgencyTokens
