// SPDX-License-Identifier: MIT
#include "AppServices.h"

#include "AppController.h"
#include "AppSettings.h"
#include "clipboard/SecureClipboard.h"
#include "keychain/KeychainStore.h"
#include "network/RestClient.h"
#include "screen/ScreenGuard.h"

#include <QJSEngine>

namespace AgencyTokens {

namespace {
AppServices *g_instance = nullptr;
} // namespace

AppServices::AppServices(const Options &options, QObject *parent)
    : QObject(parent)
    , m_store(options.store ? options.store : new KeychainStore(this))
    , m_client(new RestClient(this))
    , m_clipboard(new SecureClipboard(this))
    , m_screenGuard(new ScreenGuard(this))
    , m_settings(new AppSettings(options.server, options.apiReference, this))
    , m_accounts(new AppController(this, this))
{
    Q_ASSERT(!g_instance);
    g_instance = this;
    // The real keychain says when an unlock prompt keeps it waiting (a test's store may not).
    if (auto *keychain = qobject_cast<KeychainStore *>(m_store))
        connect(keychain, &KeychainStore::waitingChanged, this, &AppServices::keychainWaitingChanged);
}

AppServices::~AppServices()
{
    // The accounts go first: they use the rest.
    delete m_accounts;
    m_accounts = nullptr;
    if (g_instance == this)
        g_instance = nullptr;
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
