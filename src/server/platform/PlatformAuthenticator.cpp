// SPDX-License-Identifier: MIT
#include "PlatformAuthenticator.h"

#include "BasicCredentials.h"
#include "auth/ConstantTime.h"
#include "tokens/AccessTokenStore.h"
#include "tokens/LegacyTokenStore.h"

#include <QCryptographicHash>

namespace AgencyTokens::Server {

namespace {

QByteArray digest(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

PlatformAuthenticator::PlatformAuthenticator(const LegacyTokenStore &legacyTokens,
                                             const AccessTokenStore &accessTokens)
    : m_legacyTokens(legacyTokens)
    , m_accessTokens(accessTokens)
{
}

std::optional<PlatformCaller> PlatformAuthenticator::find(const QString &accountSid, QString *authToken) const
{
    if (const auto legacy = m_legacyTokens.findByAccountSid(accountSid)) {
        *authToken = legacy->authToken;
        return PlatformCaller{legacy->agencyId, legacy->accountSid, legacy->kind, {}};
    }
    if (const auto scoped = m_accessTokens.findByAccountSid(accountSid)) {
        *authToken = scoped->authToken;
        return PlatformCaller{scoped->agencyId, scoped->accountSid, TokenKind::Scoped, scoped->fields.scopes};
    }
    return std::nullopt;
}

std::optional<PlatformCaller> PlatformAuthenticator::authenticate(const QString &pathSid,
                                                                  const QHttpServerRequest &request) const
{
    const auto credentials = BasicCredentials::fromRequest(request);
    if (!credentials || credentials->accountSid != pathSid)
        return std::nullopt;
    QString authToken;
    const auto caller = find(credentials->accountSid, &authToken);
    // Compare digests: equal length, so the time taken says nothing about the
    // token, and an unknown SID costs the same as a wrong token.
    const QByteArray expected = caller ? digest(authToken) : QByteArray(32, '\0');
    const bool matches = constantTimeEquals(digest(credentials->authToken), expected);
    if (!caller || !matches)
        return std::nullopt;
    return caller;
}

} // namespace AgencyTokens::Server
