// SPDX-License-Identifier: MIT
#include "AppSettings.h"

#include "AppServices.h"
#include "accounts/AccountList.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJSEngine>
#include <QSettings>

namespace AgencyTokens {

namespace {
// Not secret: the address of the last platform signed in to.
const auto LastServerKey = "session/lastServer";
const auto DefaultApiReference = "https://integrations.impact.com/impact-publisher/reference";
} // namespace

AppSettings::AppSettings(const QUrl &server, const QString &apiReference, QObject *parent)
    : QObject(parent)
    , m_openReference(new ActionState(this))
    , m_apiReferenceUrl(apiReference.isEmpty() ? QString::fromLatin1(DefaultApiReference) : apiReference)
    // --server wins over the last address used; read once, not on every binding.
    , m_defaultServer(!server.isEmpty() ? server : QUrl(QSettings().value(QLatin1StringView(LastServerKey)).toString()))
    , m_commandLineServer(server)
{
}

AppSettings *AppSettings::create(QQmlEngine *, QJSEngine *)
{
    AppSettings *settings = AppServices::instance()->settings();
    QJSEngine::setObjectOwnership(settings, QJSEngine::CppOwnership);
    return settings;
}

void AppSettings::setRevealSeconds(int seconds)
{
    seconds = std::max(1, seconds);
    if (m_revealSeconds == seconds)
        return;
    m_revealSeconds = seconds;
    Q_EMIT revealSecondsChanged();
}

void AppSettings::setPlace(const QString &place)
{
    if (place.isEmpty() || m_place == place)
        return;
    m_place = place;
    Q_EMIT placeChanged();
}

QString AppSettings::suggestedApiAddress() const
{
    if (!m_commandLineServer.isEmpty())
        return m_commandLineServer.toString();
    const QList<AccountInfo> accounts = AccountList().accounts();
    for (AccountKind kind : {AccountKind::TokensOnly, AccountKind::SignedIn}) {
        for (const AccountInfo &info : accounts) {
            if (info.kind == kind && !info.address.isEmpty())
                return info.address.toString();
        }
    }
    return AccountList::DefaultApi.toString();
}

void AppSettings::rememberServer(const QUrl &server)
{
    QSettings().setValue(QLatin1StringView(LastServerKey), server.toString());
}

void AppSettings::openApiReference()
{
    m_openReference->begin();
    if (QDesktopServices::openUrl(QUrl(m_apiReferenceUrl))) {
        m_openReference->finish(true, {});
        return;
    }
    // Not a secret: the plain clipboard, no countdown.
    QGuiApplication::clipboard()->setText(m_apiReferenceUrl);
    m_openReference->finish(false, tr("No browser opened, so the address is on the clipboard: %1").arg(m_apiReferenceUrl));
}

} // namespace AgencyTokens
