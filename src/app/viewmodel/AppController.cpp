// SPDX-License-Identifier: MIT
#include "AppController.h"

#include "clipboard/SecureClipboard.h"
#include "screen/ScreenGuard.h"
#include "keychain/KeychainStore.h"
#include "network/RestClient.h"
#include "platform/PlatformApi.h"
#include "service/TokenService.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
// Not secret: the address of the last platform signed in to.
const auto LastServerKey = "session/lastServer";
const auto DefaultApiReference = "https://integrations.impact.com/impact-publisher/reference";

QUrl g_startupServer;
QString g_startupApiReference;
} // namespace

void AppController::setStartupOptions(const QUrl &server, const QString &apiReferenceUrl)
{
    g_startupServer = server;
    g_startupApiReference = apiReferenceUrl;
}

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    return new AppController;
}

AppController::AppController(QObject *parent)
    : QObject(parent)
    , m_store(new KeychainStore(this))
    , m_client(new RestClient(this))
    , m_api(new PlatformApi(m_client, this))
    , m_service(new TokenService(m_store, m_api, this))
    , m_clipboard(new SecureClipboard(this))
    , m_screenGuard(new ScreenGuard(this))
    , m_readWrite(new TokenView(m_service, TokenKind::ReadWrite, this))
    , m_readOnly(new TokenView(m_service, TokenKind::ReadOnly, this))
    , m_apiReferenceUrl(g_startupApiReference.isEmpty() ? QString::fromLatin1(DefaultApiReference) : g_startupApiReference)
    // --server wins over the last address used; read once, not on every binding.
    , m_initialServer(!g_startupServer.isEmpty() ? g_startupServer
                                                 : QUrl(QSettings().value(QLatin1StringView(LastServerKey)).toString()))
{
    connect(m_service, &TokenService::changed, this, &AppController::changed);
    connect(m_service, &TokenService::busyChanged, this, &AppController::busyChanged);
    // actionsDisabledReason depends on busy too.
    connect(m_service, &TokenService::busyChanged, this, &AppController::changed);
}

AppController::~AppController() = default;

AppController::Phase AppController::phase() const
{
    return Phase(int(m_service->phase()));
}

bool AppController::busy() const
{
    return m_service->isBusy();
}

bool AppController::online() const
{
    return m_service->isOnline();
}

QString AppController::offlineReason() const
{
    return m_service->offlineReason();
}

QString AppController::serverUrl() const
{
    return (m_service->server().isEmpty() ? m_initialServer : m_service->server()).toString();
}

QString AppController::username() const
{
    return m_service->snapshot().username;
}

QString AppController::displayName() const
{
    const QString name = m_service->snapshot().displayName;
    return name.isEmpty() ? username() : name;
}

QString AppController::roleName() const
{
    const QString role = m_service->snapshot().role;
    if (role == u"administrator")
        return tr("Account administrator");
    if (role == u"implementationSpecialist")
        return tr("Implementation specialist");
    if (role == u"staff")
        return tr("Staff");
    return role;
}

QString AppController::agencyName() const
{
    return m_service->snapshot().agencyName;
}

bool AppController::canManage() const
{
    return m_service->snapshot().state.canManage;
}

bool AppController::legacyTokensEnabled() const
{
    return m_service->snapshot().state.legacyTokensEnabled;
}

bool AppController::canEnable() const
{
    return canManage() && !legacyTokensEnabled();
}

QString AppController::permissionNote() const
{
    if (canManage())
        return {};
    return tr("Only account administrators and implementation specialists can enable API access and see or "
              "reset tokens. Ask one of them if you need a token.");
}

QString AppController::actionsDisabledReason() const
{
    if (!online())
        return tr("You are offline: %1 Saved tokens can still be viewed and copied.").arg(offlineReason());
    if (busy())
        return tr("Please wait for the current action to finish.");
    return {};
}

bool AppController::hasUnsavedTokens() const
{
    return m_service->isUnsaved(TokenKind::ReadWrite) || m_service->isUnsaved(TokenKind::ReadOnly);
}

TokenView *AppController::token(int kind) const
{
    return kind == ReadOnly ? m_readOnly : m_readWrite;
}

void AppController::setRevealSeconds(int seconds)
{
    seconds = std::max(1, seconds);
    if (m_revealSeconds == seconds)
        return;
    m_revealSeconds = seconds;
    Q_EMIT revealSecondsChanged();
}

void AppController::rememberServer(const QUrl &server)
{
    QSettings().setValue(QLatin1StringView(LastServerKey), server.toString());
}

void AppController::report(const QString &action, bool ok, const QString &message)
{
    Q_EMIT operationFinished(action, ok, message);
}

void AppController::start()
{
    if (m_started)
        return;
    m_started = true;
    m_service->restore(m_initialServer, [this](const Outcome &o) { report(u"start"_s, o.ok, o.message); });
}

} // namespace AgencyTokens
