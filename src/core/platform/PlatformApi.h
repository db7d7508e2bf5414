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
    /// A 401 is an answer (authorized = false), not an error.
    void verify(const Credential &credential, std::optional<int> version, QObject *context, Done<VerifyResult> done);

    /// Path of the check endpoint for a SID (percent-encoded).
    [[nodiscard]] static QString companyInformationPath(const AccountSid &sid);

private:
    void call(const QByteArray &method, const QString &path, std::optional<QJsonObject> body, QObject *context,
              RestClient::Done done);

    RestClient *m_client;
    QUrl m_server;
    Secret m_session;
};

} // namespace AgencyTokens
