// SPDX-License-Identifier: MIT
#pragma once

#include "PlatformTypes.h"
#include "network/RestClient.h"

#include <functional>
#include <optional>

namespace AgencyTokens {

/// The platform's contract (docs/api.md) over RestClient, with every answer
/// decoded strictly into typed values. Holds the session token in memory only
/// while signed in; the service keeps the durable copy in the keychain.
class PlatformApi : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Done = std::function<void(const HttpError &, const T &)>;

    explicit PlatformApi(RestClient *client, QObject *parent = nullptr);

    void setServer(const QUrl &server) { m_server = server; }
    [[nodiscard]] const QUrl &server() const { return m_server; }
    /// Where the platform's own API (CompanyInformation) is called: the account's address.
    [[nodiscard]] QUrl apiBase() const { return m_server; }
    void setSessionToken(const Secret &token) { m_session = token; }

    void signIn(const QString &username, const QString &password, QObject *context, Done<SessionInfo> done);
    void signOut(QObject *context, Done<bool> done);
    void loadState(QObject *context, Done<ServicesState> done);
    void enable(QObject *context, Done<ServicesState> done);
    void fetchCredentials(QObject *context, Done<QList<Credential>> done);
    /// The new credential, its lastResetAt and fingerprint.
    void reset(TokenKind kind, QObject *context, Done<ResetResult> done);
    void setApiVersion(TokenKind kind, int version, QObject *context, Done<TokenInfo> done);
    /// CompanyInformation with Basic auth; `version` is sent as IR-Version.
    /// `answer` and `budget` (X-RateLimit-*) are filled for every answer:
    /// 2xx Passed (authorized, company fields read); 401 Refused and 403
    /// NotPermitted (genuine, but not allowed to read company information:
    /// authorized, no company name; a web page with 403 is not the platform's
    /// and stays an error) are answers, not errors; 429 is the
    /// RateLimited error and answer RateLimited. Any other failure is an error.
    void verify(const Credential &credential, std::optional<int> version, QObject *context, Done<VerifyResult> done);
    /// What a credential may reach: one GET per category of the scope
    /// catalogue (ScopeCatalogue::probeCalls), one after another, read by
    /// status only (ScopeProbe). 401 and 429 stop it (answer Refused or
    /// RateLimited, rows not asked Unknown); any other failure is that row's
    /// Unknown with its reason. The error is set only when the address is
    /// refused before anything is sent.
    void probe(const Credential &credential, QObject *context, Done<ProbeResult> done);

    /// The platform's scope catalogue, in its order.
    void scopeCatalogue(QObject *context, Done<QList<ScopeInfo>> done);
    /// The account's scoped access tokens, in creation order.
    void accessTokens(QObject *context, Done<QList<TokenInfo>> done);
    /// Create Access Token: the token and its Auth Token, shown this once.
    void createAccessToken(const AccessTokenDraft &draft, QObject *context, Done<IssuedAccessToken> done);
    /// Changes only the fields `change` sets; the token as it is now.
    void updateAccessToken(const AccountSid &id, const AccessTokenChange &change, QObject *context,
                           Done<TokenInfo> done);
    /// A new Auth Token for the scoped token `id`; the old one fails at once.
    void resetAccessToken(const AccountSid &id, QObject *context, Done<IssuedAccessToken> done);
    /// Deletes the scoped token `id`: its credentials fail from then on.
    void deleteAccessToken(const AccountSid &id, QObject *context, Done<bool> done);

    /// Path of the check endpoint for a SID (percent-encoded).
    [[nodiscard]] static QString companyInformationPath(const AccountSid &sid);
    /// The request budget an answer's X-RateLimit-* headers state.
    [[nodiscard]] static RequestBudget budgetOf(const RestClient::RateLimit &limit);

private:
    void call(const QByteArray &method, const QString &path, std::optional<QJsonObject> body, QObject *context,
              RestClient::Done done);

    RestClient *m_client;
    QUrl m_server;
    Secret m_session;
};

} // namespace AgencyTokens
