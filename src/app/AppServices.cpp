// SPDX-License-Identifier: MIT
#include "AppServices.h"

#include "AppController.h"
#include "AppSettings.h"
#include "clipboard/SecureClipboard.h"
#include "keychain/KeychainStore.h"
#include "network/RestClient.h"
#include "screen/ScreenGuard.h"

#include "logging/Logging.h"

#include <QEventLoop>
#include <QJSEngine>
#include <QTimer>

#include <chrono>
#include <utility>

namespace AgencyTokens {

namespace {
AppServices *g_instance = nullptr;
} // namespace

AppServices::AppServices(const Options &options, QObject *parent)
    : QObject(parent)
    , m_store(options.store ? options.store : new KeychainStore(this))
    , m_client(new RestClient(this))
    , m_settings(new AppSettings(options.server, options.apiReference, this))
    , m_accounts(new AppController(this, this))
{
    Q_ASSERT(!g_instance);
    g_instance = this;
    // The real keychain says when an unlock prompt keeps it waiting (a test's store may not).
    if (auto *keychain = qobject_cast<KeychainStore *>(m_store))
        connect(keychain, &KeychainStore::waitingChanged, this, &AppServices::keychainWaitingChanged);
    connect(m_store, &SecretStore::pendingChanged, this, &AppServices::updateIdle);
    connect(m_client, &RestClient::inFlightChanged, this, &AppServices::updateIdle);
}

void AppServices::updateIdle()
{
    const bool busy = m_store->pendingOperations() > 0 || m_client->inFlight() > 0;
    if (busy) {
        if (std::exchange(m_idle, false))
            Q_EMIT idleChanged();
        return;
    }
    if (m_idle || m_idleCheckPosted)
        return;
    // Idle only if still so on the next turn of the event loop: a step that an
    // answer deferred by a zero timer has started by then and keeps it busy.
    m_idleCheckPosted = true;
    QTimer::singleShot(0, this, [this] {
        m_idleCheckPosted = false;
        if (m_store->pendingOperations() > 0 || m_client->inFlight() > 0 || m_idle)
            return;
        m_idle = true;
        Q_EMIT idleChanged();
    });
}

bool AppServices::finishPending(QDeadlineTimer deadline)
{
    // idle turns true a turn of the event loop after the last answer, so a step
    // that answer deferred (a write after a reply) is waited for as well.
    if (!m_idle) {
        QEventLoop loop;
        connect(this, &AppServices::idleChanged, &loop, [this, &loop] {
            if (m_idle)
                loop.quit();
        });
        if (!deadline.isForever())
            QTimer::singleShot(std::chrono::ceil<std::chrono::milliseconds>(deadline.remainingTimeAsDuration()), &loop,
                               &QEventLoop::quit);
        loop.exec();
    }
    if (m_idle)
        return true;
    // Counts only: what an operation carries never reaches a log.
    qCWarning(lcService) << "quitting with" << m_store->pendingOperations() << "keychain operations and"
                         << m_client->inFlight() << "requests unfinished";
    return false;
}

AppServices::~AppServices()
{
    // The accounts go first: they use the rest.
    delete m_accounts;
    m_accounts = nullptr;
    if (g_instance == this)
        g_instance = nullptr;
}

SecureClipboard *AppServices::clipboard() const
{
    if (!m_clipboard)
        m_clipboard = new SecureClipboard(const_cast<AppServices *>(this));
    return m_clipboard;
}

ScreenGuard *AppServices::screenGuard() const
{
    if (!m_screenGuard) {
        m_screenGuard = new ScreenGuard(const_cast<AppServices *>(this));
        m_screenGuard->setWindow(m_window);
    }
    return m_screenGuard;
}

void AppServices::setWindow(QWindow *window)
{
    if (m_window == window)
        return;
    m_window = window;
    if (m_screenGuard)
        m_screenGuard->setWindow(window);
    Q_EMIT windowChanged();
}

AppServices *AppServices::instance()
{
    return g_instance;
}

AppServices *AppServices::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

QString AppServices::keychainWaiting() const
{
    const auto *keychain = qobject_cast<const KeychainStore *>(m_store);
    return keychain && keychain->waitingForUser() ? keychain->waitingMessage() : QString();
}

} // namespace AgencyTokens
