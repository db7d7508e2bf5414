// SPDX-License-Identifier: MIT
// The actions of AppController: each forwards to TokenService and reports.
#include "AppController.h"

#include "clipboard/SecureClipboard.h"
#include "network/NetworkPolicy.h"
#include "platform/PlatformApi.h"
#include "service/TokenService.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
TokenKind toKind(int kind)
{
    return kind == AppController::ReadOnly ? TokenKind::ReadOnly : TokenKind::ReadWrite;
}
} // namespace

void AppController::signIn(const QString &server, const QString &username, const QString &password)
{
    const QUrl url = NetworkPolicy::addressFromUserInput(server);
    m_service->signIn(url, username, password, [this, url](const Outcome &o) {
        if (o.ok)
            rememberServer(url);
        report(u"signIn"_s, o.ok, o.message);
    });
}

void AppController::signOut()
{
    m_clipboard->clearNow();
    m_service->signOut([this](const Outcome &o) { report(u"signOut"_s, o.ok, o.message); });
}

void AppController::refresh()
{
    m_service->refresh([this](const Outcome &o) { report(u"refresh"_s, o.ok, o.message); });
}

void AppController::enableLegacyTokens()
{
    m_service->enable([this](const Outcome &o) { report(u"enable"_s, o.ok, o.message); });
}

void AppController::resetToken(int kind)
{
    m_service->reset(toKind(kind), [this](const Outcome &o) { report(u"reset"_s, o.ok, o.message); });
}

void AppController::retrySave()
{
    m_service->retrySave([this](const Outcome &o) { report(u"retrySave"_s, o.ok, o.message); });
}

void AppController::upgrade(int kind, int version)
{
    m_service->upgrade(toKind(kind), version, [this](const Outcome &o) { report(u"upgrade"_s, o.ok, o.message); });
}

void AppController::verify(int kind, int version)
{
    const std::optional<int> asVersion = version > 0 ? std::optional<int>(version) : std::nullopt;
    m_service->verify(toKind(kind), asVersion, [this, kind, version](const Outcome &o, const VerifyResult &r) {
        QString message = o.message;
        if (o.ok) {
            message = r.authorized ? tr("Passes: the platform answered for “%1”.").arg(r.companyName)
                                   : tr("This token does not pass authorization: the platform refused it (it is "
                                        "wrong, or it was reset).");
        }
        Q_EMIT verifyFinished(kind, version, o.ok, r.authorized, r.companyName, message);
    });
}

QString AppController::revealToken(int kind) const
{
    const auto credential = m_service->credential(toKind(kind));
    return credential ? credential->authToken.revealClearValue() : QString();
}

void AppController::copyToken(int kind)
{
    if (const auto credential = m_service->credential(toKind(kind)))
        m_clipboard->copySecret(tr("Auth Token"), credential->authToken.revealClearValue());
}

void AppController::copyAccountSid(int kind)
{
    if (const auto info = m_service->tokenInfo(toKind(kind)))
        m_clipboard->copySecret(tr("Account SID"), info->accountSid.toString());
}

void AppController::copyAsCurl(int kind)
{
    const auto credential = m_service->credential(toKind(kind));
    if (!credential)
        return;
    const QString sid = credential->accountSid.toString();
    const QUrl url = m_api->apiBase().resolved(QUrl(PlatformApi::companyInformationPath(credential->accountSid)));
    // Single quotes: the token alphabet has no quote, so nothing needs escaping.
    const QString line = u"curl -u '%1:%2' %3"_s.arg(sid, credential->authToken.revealClearValue(),
                                                     url.toString(QUrl::FullyEncoded));
    m_clipboard->copySecret(tr("curl command"), line);
}

void AppController::copyAsEnvironment(int kind)
{
    const auto credential = m_service->credential(toKind(kind));
    if (!credential)
        return;
    const QString text = u"AGENCY_ACCOUNT_SID=%1\nAGENCY_AUTH_TOKEN=%2\n"_s.arg(credential->accountSid.toString(),
                                                                             credential->authToken.revealClearValue());
    m_clipboard->copySecret(tr("Environment variables"), text);
}

} // namespace AgencyTokens
