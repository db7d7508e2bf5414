// SPDX-License-Identifier: MIT
#include "TokenView.h"

#include "AccountView.h"
#include "CopyFormats.h"
#include "clipboard/SecureClipboard.h"
#include "screen/ScreenGuard.h"
#include "service/TokenService.h"
#include "service/TokensOnlyService.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
// Every revealed token of every account: the screen stays guarded while any is.
int g_revealedCount = 0;

} // namespace

QString TokenView::dateText(const QDateTime &date)
{
    const QDateTime local = date.toLocalTime();
    return tr("%1 (%2)").arg(QLocale().toString(local, QLocale::ShortFormat), local.timeZoneAbbreviation());
}

TokenView::TokenView(AccountView *account, AccountService *service, TokenKind kind, SecureClipboard *clipboard,
                     ScreenGuard *guard, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_service(service)
    , m_kind(kind)
    , m_clipboard(clipboard)
    , m_guard(guard)
    , m_reset(new ActionState(this))
    , m_verify(new ActionState(this))
    , m_tryVersion(new ActionState(this))
    , m_upgrade(new ActionState(this))
    , m_replace(new ActionState(this))
    , m_copy(new ActionState(this))
{
    m_revealTimer.setSingleShot(true);
    m_revealTimer.setInterval(DefaultRevealSeconds * 1000);
    connect(&m_revealTimer, &QTimer::timeout, this, &TokenView::hide);
    connect(m_service, &AccountService::changed, this, [this] {
        // A new value (a reset, a replace) is never revealed in place of the old one.
        const auto credential = m_service->credential(m_kind);
        if (m_revealed && (!credential || !m_revealedValue || !(credential->authToken == *m_revealedValue)))
            hide();
        Q_EMIT changed();
    });
}

TokenView::~TokenView()
{
    hide();
}

QString TokenView::title() const
{
    return m_kind == TokenKind::ReadWrite ? tr("Read/Write") : tr("Read-Only");
}

bool TokenView::present() const
{
    return m_service->tokenInfo(m_kind).has_value();
}

QString TokenView::accountSid() const
{
    const auto info = m_service->tokenInfo(m_kind);
    return info ? info->accountSid.toString() : QString();
}

int TokenView::apiVersion() const
{
    const auto info = m_service->tokenInfo(m_kind);
    return info ? info->apiVersion : 0;
}

QString TokenView::createdText() const
{
    const auto info = m_service->tokenInfo(m_kind);
    return info && info->createdAt.isValid() ? dateText(info->createdAt) : tr("—");
}

QString TokenView::lastResetText() const
{
    const auto info = m_service->tokenInfo(m_kind);
    if (!info)
        return tr("—");
    return info->lastResetAt.isValid() ? dateText(info->lastResetAt) : tr("Never");
}

bool TokenView::hasSecret() const
{
    return m_service->credential(m_kind).has_value();
}

QString TokenView::shownToken() const
{
    const auto credential = m_service->credential(m_kind);
    if (!credential)
        return tr("Not on this device");
    return m_revealed ? credential->authToken.revealClearValue() : credential->authToken.toString();
}

bool TokenView::unsaved() const
{
    return m_service->isUnsaved(m_kind);
}

QVariantList TokenView::upgradeVersions() const
{
    QVariantList out;
    const int current = apiVersion();
    for (int v : m_service->snapshot().state.apiVersions) {
        if (v >= current)
            out.append(v);
    }
    return out;
}

void TokenView::updateAllowed()
{
    const QString serverReason = m_account->actionsBlockedReason();
    const QString noSecret = hasSecret() ? QString() : tr("There is no saved token on this device yet.");
    const QString managed = m_account->isTokensOnly()
        ? tr("This is done in the platform's web app for accounts of tokens you pasted.")
        : QString();
    const auto first = [](std::initializer_list<QString> reasons) {
        for (const QString &r : reasons) {
            if (!r.isEmpty())
                return r;
        }
        return QString();
    };
    m_reset->setBlockedReason(first({managed, m_account->permissionNote(), serverReason}));
    m_upgrade->setBlockedReason(first({managed, m_account->permissionNote(), serverReason}));
    m_verify->setBlockedReason(first({noSecret, serverReason}));
    m_tryVersion->setBlockedReason(first({noSecret, serverReason}));
    m_replace->setBlockedReason(
        first({m_account->isTokensOnly() ? QString() : tr("Signed-in accounts get new tokens from the platform."),
               noSecret, serverReason}));
    m_copy->setBlockedReason(noSecret);
}

void TokenView::reset()
{
    auto *service = qobject_cast<TokenService *>(m_service);
    if (!service || !m_reset->allowed())
        return;
    m_reset->begin();
    service->reset(m_kind, [this](const Outcome &o) {
        m_reset->finish(o, tr("The %1 token was reset. The old one no longer works.").arg(title()));
    });
}

void TokenView::verify()
{
    if (!m_verify->allowed())
        return;
    m_verify->begin();
    m_service->verify(m_kind, std::nullopt, [this](const Outcome &o, const VerifyResult &r) {
        if (!o.ok)
            m_verify->finish(o);
        else if (r.authorized)
            m_verify->finish(true, tr("Passes: the platform answered for “%1”.").arg(r.companyName));
        else
            m_verify->finish(false, tr("Does not pass: the platform refused this token (it is wrong, or it was reset)."));
    });
}

void TokenView::tryVersion(int version)
{
    if (!m_tryVersion->allowed())
        return;
    m_tryVersion->begin();
    m_service->verify(m_kind, version, [this, version](const Outcome &o, const VerifyResult &r) {
        if (!o.ok)
            m_tryVersion->finish(false, tr("Version %1 did not accept the call: %2").arg(version).arg(o.message));
        else if (r.authorized)
            m_tryVersion->finish(true, tr("Version %1 accepted the call for “%2”.").arg(version).arg(r.companyName));
        else
            m_tryVersion->finish(false, tr("Version %1: the platform refused this token.").arg(version));
    });
}

void TokenView::upgrade(int version)
{
    auto *service = qobject_cast<TokenService *>(m_service);
    if (!service || !m_upgrade->allowed())
        return;
    m_upgrade->begin();
    service->upgrade(m_kind, version, [this, version](const Outcome &o) {
        m_upgrade->finish(o, tr("The %1 token now uses API version %2.").arg(title()).arg(version));
    });
}

void TokenView::replace(const QString &authToken)
{
    auto *service = qobject_cast<TokensOnlyService *>(m_service);
    if (!service || !m_replace->allowed())
        return;
    m_replace->begin();
    service->replaceToken(m_kind, authToken, [this](const Outcome &o) {
        m_replace->finish(o, tr("Replaced: the new %1 token passes and the old one no longer does.").arg(title()));
    });
}

void TokenView::reveal()
{
    if (m_revealed || !hasSecret())
        return;
    m_revealed = true;
    m_revealedValue = m_service->credential(m_kind)->authToken;
    if (++g_revealedCount == 1 && m_guard)
        m_guard->setTokenRevealed(true);
    m_revealTimer.start();
    Q_EMIT changed();
}

void TokenView::hide()
{
    if (!m_revealed)
        return;
    m_revealed = false;
    m_revealedValue.reset();
    m_revealTimer.stop();
    if (--g_revealedCount == 0 && m_guard)
        m_guard->setTokenRevealed(false);
    Q_EMIT changed();
}

QString TokenView::copyLabel(const QString &what) const
{
    return m_account->labelForCopy(u"%1 %2"_s.arg(title(), what));
}

void TokenView::copyToken()
{
    if (const auto credential = m_service->credential(m_kind))
        m_clipboard->copySecret(copyLabel(tr("Auth Token")), credential->authToken.revealClearValue());
}

void TokenView::copyAccountSid()
{
    if (const auto info = m_service->tokenInfo(m_kind))
        m_clipboard->copySecret(copyLabel(tr("Account SID")), info->accountSid.toString());
}

void TokenView::copyAsCurl()
{
    if (const auto credential = m_service->credential(m_kind))
        m_clipboard->copySecret(copyLabel(tr("curl command")),
                                CopyFormats::curlCommand(m_service->api().apiBase(), *credential));
}

void TokenView::copyAsEnvironment()
{
    if (const auto credential = m_service->credential(m_kind))
        m_clipboard->copySecret(copyLabel(tr("environment variables")), CopyFormats::environment(*credential));
}

} // namespace AgencyTokens
