// SPDX-License-Identifier: MIT
#include "AppController.h"

#include "accounts/AccountList.h"
#include "clipboard/SecureClipboard.h"
#include "keychain/KeychainStore.h"
#include "network/NetworkPolicy.h"
#include "network/RestClient.h"
#include "screen/ScreenGuard.h"
#include "service/AccountService.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
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

AppController::AppController(QObject *parent, SecretStore *store)
    : QObject(parent)
    , m_store(store ? store : new KeychainStore(this))
    , m_client(new RestClient(this))
    , m_list(new AccountList(this))
    , m_clipboard(new SecureClipboard(this))
    , m_screenGuard(new ScreenGuard(this))
    , m_signIn(new ActionState(this))
    , m_addAccount(new ActionState(this))
    , m_remove(new ActionState(this))
    , m_openReference(new ActionState(this))
    , m_apiReferenceUrl(g_startupApiReference.isEmpty() ? QString::fromLatin1(DefaultApiReference) : g_startupApiReference)
    // --server wins over the last address used; read once, not on every binding.
    , m_defaultServer(!g_startupServer.isEmpty() ? g_startupServer
                                                 : QUrl(QSettings().value(QLatin1StringView(LastServerKey)).toString()))
{
    // The real keychain says when an unlock prompt keeps it waiting (a test's store may not).
    if (auto *keychain = qobject_cast<KeychainStore *>(m_store))
        connect(keychain, &KeychainStore::waitingChanged, this, &AppController::keychainWaitingChanged);
}

AppController::~AppController() = default;

QString AppController::keychainWaiting() const
{
    const auto *keychain = qobject_cast<const KeychainStore *>(m_store);
    return keychain && keychain->waitingForUser() ? keychain->waitingMessage() : QString();
}

QQmlListProperty<AccountView> AppController::accountList()
{
    // Read-only for QML: accounts come and go through the methods below.
    return {this, &m_accounts, [](QQmlListProperty<AccountView> *list) {
                return static_cast<QList<AccountView *> *>(list->data)->size();
            },
            [](QQmlListProperty<AccountView> *list, qsizetype i) {
                return static_cast<QList<AccountView *> *>(list->data)->at(i);
            }};
}

void AppController::setPlace(const QString &place)
{
    if (place.isEmpty() || m_place == place)
        return;
    m_place = place;
    Q_EMIT placeChanged();
}

QString AppController::defaultApiAddress() const
{
    return AccountList::DefaultApi.toString();
}

void AppController::setRevealSeconds(int seconds)
{
    seconds = std::max(1, seconds);
    if (m_revealSeconds == seconds)
        return;
    m_revealSeconds = seconds;
    for (AccountView *view : std::as_const(m_accounts))
        view->setRevealSeconds(seconds);
    Q_EMIT revealSecondsChanged();
}

AccountView *AppController::createView(const AccountInfo &info)
{
    auto *view = new AccountView(info, m_store, m_client, m_clipboard, m_screenGuard, this);
    view->setRevealSeconds(m_revealSeconds);
    return view;
}

void AppController::adopt(AccountView *view)
{
    m_accounts.append(view);
    for (AccountView *each : std::as_const(m_accounts))
        each->setShowNameInLabels(m_accounts.size() > 1);
    Q_EMIT accountsChanged();
    Q_EMIT addingChanged(); // it depends on whether there is any account
}

AccountView *AppController::find(const QString &id) const
{
    for (AccountView *view : m_accounts) {
        if (view->id() == id)
            return view;
    }
    return nullptr;
}

void AppController::setCurrent(AccountView *view)
{
    if (m_current == view)
        return;
    if (m_current) {
        m_current->readWrite()->hide();
        m_current->readOnly()->hide();
    }
    m_current = view;
    setPlace(u"home"_s); // another account starts at its Home
    if (view) {
        m_list->setLastUsed(view->id());
        view->restore(); // lazily: only the account shown reads the keychain
    }
    Q_EMIT currentChanged();
}

void AppController::setAdding(bool adding)
{
    if (m_adding == adding)
        return;
    m_adding = adding;
    m_signIn->clear();
    m_addAccount->clear();
    Q_EMIT addingChanged();
}

void AppController::start()
{
    if (std::exchange(m_started, true))
        return;
    for (const AccountInfo &info : m_list->accounts())
        adopt(createView(info));
    AccountView *last = find(m_list->lastUsed());
    setCurrent(last ? last : m_accounts.value(0));
    Q_EMIT addingChanged();
    Q_EMIT startedChanged();
}

void AppController::openApiReference()
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

void AppController::beginAdding()
{
    setAdding(true);
}

void AppController::cancelAdding()
{
    setAdding(false);
}

void AppController::switchTo(const QString &id)
{
    if (AccountView *view = find(id)) {
        setAdding(false);
        setCurrent(view);
    }
}

void AppController::renameAccount(const QString &id, const QString &name)
{
    AccountView *view = find(id);
    if (view && m_list->rename(id, name)) {
        view->rename(name);
        Q_EMIT accountsChanged();
    }
}

void AppController::signIn(const QString &server, const QString &username, const QString &password)
{
    const QUrl url = NetworkPolicy::addressFromUserInput(server);
    // Into the shown account when its session ended on the same platform.
    AccountView *view = (m_current && !m_adding && !m_current->isTokensOnly()
                         && m_current->phase() == AccountView::SignedOut && QUrl(m_current->address()) == url)
        ? m_current
        : nullptr;
    const bool isNew = view == nullptr;
    if (isNew) {
        delete std::exchange(m_pending, nullptr);
        m_pending = view = createView(m_list->create(AccountKind::SignedIn, url.host(), url));
    }
    m_signIn->begin();
    view->signIn(url, username, password, [this, view, isNew, url](const Outcome &o) {
        // Signed in once the session is in the keychain, even if the first refresh then failed.
        const bool signedIn = view->phase() == AccountView::Ready;
        if (signedIn)
            QSettings().setValue(QLatin1StringView(LastServerKey), url.toString());
        if (isNew && signedIn && view == m_pending) {
            m_pending = nullptr;
            AccountInfo info = view->service()->info();
            info.name = m_list->uniqueName(view->agencyName());
            m_list->insert(info);
            view->rename(info.name);
            adopt(view);
            setAdding(false);
            setCurrent(view);
        }
        m_signIn->finish(signedIn || o.ok, o.message);
    });
}

void AppController::addTokensAccount(const QString &name, const QString &apiAddress, int kind,
                                     const QString &accountSid, const QString &authToken, bool withoutCheck)
{
    const QUrl api = NetworkPolicy::addressFromUserInput(apiAddress.trimmed().isEmpty() ? defaultApiAddress() : apiAddress);
    if (const HttpError refused = NetworkPolicy::checkAddress(api); !refused.ok()) {
        m_addAccount->begin();
        m_addAccount->finish(false, refused.message);
        return;
    }
    // Listed only once the token passes; the id is chosen now, for its keychain entries.
    const AccountInfo info = m_list->create(AccountKind::TokensOnly, name, api);
    delete std::exchange(m_pending, nullptr);
    AccountView *view = m_pending = createView(info);
    m_addAccount->begin();
    connect(view->addTokenState(), &ActionState::finished, this, [this, view, info, name](bool ok) {
        if (view != m_pending)
            return;
        if (!ok) {
            m_addAccount->finishAs(view->addTokenState());
            return;
        }
        m_pending = nullptr;
        AccountInfo kept = info;
        // Unnamed: called after the agency the platform answered for.
        if (name.trimmed().isEmpty())
            kept.name = m_list->uniqueName(view->agencyName());
        m_list->insert(kept);
        view->rename(kept.name);
        adopt(view);
        setAdding(false);
        setCurrent(view);
        m_addAccount->finishAs(view->addTokenState());
    });
    view->addToken(kind, accountSid, authToken, withoutCheck);
}

void AppController::removeAccount(const QString &id)
{
    AccountView *view = find(id);
    if (!view)
        return;
    m_remove->begin();
    m_clipboard->clearNow();
    view->readWrite()->hide();
    view->readOnly()->hide();
    view->service()->removeEverything([this, view](const Outcome &o) {
        if (!o.ok) {
            m_remove->finish(o);
            return;
        }
        m_list->remove(view->id());
        m_accounts.removeAll(view);
        for (AccountView *each : std::as_const(m_accounts))
            each->setShowNameInLabels(m_accounts.size() > 1);
        Q_EMIT accountsChanged();
        if (m_current == view)
            setCurrent(m_accounts.value(0));
        Q_EMIT addingChanged();
        view->deleteLater();
        m_remove->finish(o, tr("Removed, with its saved tokens."));
    });
}

} // namespace AgencyTokens
