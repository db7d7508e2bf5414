// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/Credential.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace AgencyTokens {

/// A signed-in management session.
struct SessionInfo
{
    Secret token; ///< the bearer token: keychain only
    QDateTime expiresAt;
    QString username;
    QString displayName;
    QString role;
    QString agencyName;
};

/// What the platform answered to a check of a credential.
enum class CheckAnswer {
    Passed,       ///< 2xx: genuine, and allowed to read company information
    Refused,      ///< 401: wrong, reset away, or deleted
    NotPermitted, ///< 403: genuine, but not allowed to read company information
    RateLimited,  ///< 429: the hour's request budget is used up (see RequestBudget::resetSeconds)
};

/// What the platform says of one token (no secret): a legacy one, or a
/// scoped access token (kind Scoped), whose Account SID is also its identifier.
struct TokenInfo
{
    TokenKind kind = TokenKind::ReadWrite;
    AccountSid accountSid;
    int apiVersion = 0;
    QDateTime createdAt;
    QDateTime lastResetAt; ///< invalid until the first reset
    /// Opaque; changes whenever the token's secret does. Empty when unknown (a
    /// server without it, or a token not confirmed in the keychain).
    QString fingerprint;

    // Scoped access tokens only (empty for the legacy pair):
    QString name;                ///< unique within the account
    QString description;
    QString primaryContact;      ///< an e-mail address
    QStringList developerEmails;
    QStringList scopes;          ///< ids of the scope catalogue (ScopeInfo::id)

    // What this device found out (kept with the state snapshot; not the platform's):
    CheckAnswer lastCheck = CheckAnswer::Passed; ///< NotPermitted: genuine, may not read company information
    QDateTime probedAt;                           ///< when a probe last ran; invalid: never
    QStringList reachable;                        ///< API categories the last probe found allowed
    QStringList unreachable;                      ///< … and denied
};

/// "passed", "refused", "notPermitted", "rateLimited": as the state snapshot
/// keeps a check's answer (and the command line tool prints it).
[[nodiscard]] QString checkAnswerToWire(CheckAnswer answer);
/// The answer checkAnswerToWire() wrote; Passed for anything else.
[[nodiscard]] CheckAnswer checkAnswerFromWire(QStringView text);

/// One entry of the platform's scope catalogue: what a scoped token may be
/// allowed to call. `path` is the platform's, with `{AccountSID}` and `{Id}`.
struct ScopeInfo
{
    QString id;       ///< stable, e.g. "reports.list"
    QString category; ///< as the platform's form groups them, e.g. "Reports"
    QString title;    ///< e.g. "List reports"
    QByteArray method;
    QString path;
};

/// What Create Access Token sends. `apiVersion` 0: the newest.
struct AccessTokenDraft
{
    QString name;
    QString description;
    int apiVersion = 0;
    QString primaryContact;
    QStringList developerEmails;
    QStringList scopes;
};

/// What an edit of a scoped token changes: only the fields that are set.
struct AccessTokenChange
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<int> apiVersion; ///< forward only
    std::optional<QString> primaryContact;
    std::optional<QStringList> developerEmails;
    std::optional<QStringList> scopes;
};

/// A scoped token as created or reset: what the platform lists, and its Auth
/// Token, which the platform shows this once.
struct IssuedAccessToken
{
    TokenInfo info;
    Credential credential;
};

/// The answer to a reset: the new credential, when, and its fingerprint.
struct ResetResult
{
    Credential credential;
    QDateTime lastResetAt;
    QString fingerprint; ///< empty when the server sends none
};

/// The agency API versions the platform documents. A tokens-only account
/// has no management contract to ask, so these are what it can try.
inline const QList<int> DocumentedAgencyApiVersions{2, 3};

/// The Platform REST Web Services page.
struct ServicesState
{
    bool legacyTokensEnabled = false;
    bool canManage = false;
    QList<int> apiVersions;
    QList<TokenInfo> tokens;
    /// The scoped access tokens (kind Scoped), in the platform's order.
    QList<TokenInfo> accessTokens;
    /// Whether the platform's management contract offers scoped tokens (the
    /// page state carries `accessTokens`); false for an older server.
    bool accessTokensOffered = false;
};

/// The platform's X-RateLimit-* headers of an answer; -1 where not said.
struct RequestBudget
{
    int limit = -1;
    int remaining = -1;
    int resetSeconds = -1; ///< until the hour's window starts again
    [[nodiscard]] bool known() const { return remaining >= 0; }
};

/// The answer of the platform's CompanyInformation: whether a credential
/// passes authorization, and the agency it belongs to. The platform reports
/// no API version, so a version is only ever the one that was asked for.
struct VerifyResult
{
    /// The credentials are genuine: Passed or NotPermitted.
    bool authorized = false;
    CheckAnswer answer = CheckAnswer::Refused;
    RequestBudget budget;
    std::optional<int> versionTried; ///< the IR-Version sent, if any
    QString companyName;             ///< CompanyName, the only field the platform always has
    QString website;
    QString timezone;
    QString currency;
};

/// What a probe found a credential may reach: one row per API category of
/// the scope catalogue, from one cheap GET each (docs/api.md, "What a token
/// can reach").
struct ProbeRow
{
    enum class Reach { Allowed, Denied, Unknown };
    QString category;   ///< e.g. "Reports"
    QString scopeTitle; ///< the scope the request stands for, e.g. "List reports"
    QString scopeId;    ///< its id in the catalogue, e.g. "reports.list"
    QByteArray method;
    QString path;       ///< as sent (without the host)
    Reach reach = Reach::Unknown;
    int status = 0;     ///< the HTTP status; 0 when not sent or no answer
    QString detail;     ///< why Unknown (a network failure, a rate limit, not tried)
};

/// "allowed", "denied", "unknown".
[[nodiscard]] QString probeReachToWire(ProbeRow::Reach reach);

struct ProbeResult
{
    /// Refused (401) or RateLimited stop the probe; otherwise Passed (the
    /// token is genuine), whatever the rows say.
    CheckAnswer answer = CheckAnswer::Passed;
    QList<ProbeRow> rows;
    RequestBudget budget; ///< from the last answer
    int requestsSent = 0;
};

} // namespace AgencyTokens
