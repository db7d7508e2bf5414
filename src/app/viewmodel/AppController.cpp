// SPDX-License-Identifier: MIT
#include "AppController.h"

#include "AppServices.h"
#include "AppSettings.h"
#include "accounts/AccountList.h"
#include "accounts/OrphanSweep.h"
#include "logging/Logging.h"
#include "keychain/KeychainKeys.h"
#include "service/StateSnapshot.h"
#include "clipboard/SecureClipboard.h"
#include "network/NetworkPolicy.h"
#include "service/AccountService.h"

#include <QDir>
#include <QLocale>
#include <QPointer>
#include <algorithm>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJSEngine>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    AppController *accounts = AppServices::instance()->accounts();
    QJSEngine::setObjectOwnership(accounts, QJSEngine::CppOwnership);
    return accounts;
}

AppController::AppController(AppServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_list(new AccountList(this))
    , m_signIn(new ActionState(this))
    , m_addAccount(new ActionState(this))
    , m_remove(new ActionState(this))
    , m_checkAll(new CheckAllRun(this))
{
    connect(services->settings(), &AppSettings::revealSecondsChanged, this, [this] {
        for (AccountView *view : std::as_const(m_accounts))
            view->setRevealSeconds(m_services->settings()->revealSeconds());
    });
    connect(this, &AppController::currentChanged, this, &AppController::signingInAgainChanged);
    connect(this, &AppController::addingChanged, this, &AppController::signingInAgainChanged);
    m_followTimer.setSingleShot(true);
    m_followTimer.setInterval(100);
    connect(&m_followTimer, &QTimer::timeout, this, &AppController::followList);
}

AppController::~AppController()
{
    if (m_pending) // not kept: its reservation ends with it
        m_list->release(m_pending->id());
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

bool AppController::signingInAgain() const
{
    return m_current && !adding() && !m_current->isTokensOnly() && m_current->phase() == AccountView::SignedOut;
}

AccountView *AppController::createView(const AccountInfo &info)
{
    auto *view = new AccountView(info, m_services->store(), m_services->client(), m_services, this);
    view->setRevealSeconds(m_services->settings()->revealSeconds());
    // Its entries are written only while the shared list holds it; a write that finds it
    // removed elsewhere makes the list be read again, whether or not the watcher said so yet.
    view->service()->setOwnedByList(true);
    connect(view->service(), &AccountService::removedElsewhere, &m_followTimer, qOverload<>(&QTimer::start));
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

void AppController::keep(AccountView *view, const QString &name)
{
    if (view == m_pending)
        m_pending = nullptr;
    AccountInfo info = view->service()->info();
    // Unnamed: called after the agency the platform answered for.
    info.name = name.trimmed().isEmpty() ? m_list->uniqueName(view->agencyName()) : name;
    m_list->insert(info);
    view->rename(info.name);
    adopt(view);
    setAdding(false);
    setCurrent(view);
    findSharedTokens();
}

AccountView *AppController::find(const QString &id) const
{
    for (AccountView *view : m_accounts) {
        if (view->id() == id)
            return view;
    }
    return nullptr;
}

void AppController::setCurrent(AccountView *view, Place place)
{
    if (m_current == view)
        return;
    if (m_current) {
        m_current->hideTokens();
        m_current->setShown(false);
        disconnect(m_current, &AccountView::changed, this, &AppController::signingInAgainChanged);
    }
    m_current = view;
    // Switching keeps the page when the other account has it too (a token's
    // details only while it shows tokens, else the page above them); a new
    // account, or none, starts at Home.
    AppSettings *settings = m_services->settings();
    if (!view || place == Place::Home)
        settings->setPlace(u"home"_s);
    else if (settings->place() == u"details" && !view->showsTokens())
        settings->setPlace(u"rest"_s);
    // A scoped token's pages belong to its account; Create Access Token to a signed-in one.
    else if ((settings->place() == u"scoped" && !view->openedToken())
             || (settings->place() == u"create" && !view->offersCreate()))
        settings->setPlace(u"rest"_s);
    if (view) {
        connect(view, &AccountView::changed, this, &AppController::signingInAgainChanged);
        m_list->setLastUsed(view->id());
        view->setShown(true); // only the account shown retries the platform while offline
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
    watchList();
    Q_EMIT addingChanged();
    Q_EMIT startedChanged();
    // Not in the way of the tokens on screen: after the shown account's keychain reads.
    if (m_current && m_current->restoreState()->busy())
        connect(m_current->restoreState(), &ActionState::finished, this, &AppController::sweepOrphans,
                Qt::SingleShotConnection);
    else
        sweepOrphans();
}

void AppController::findSharedTokens()
{
    // With one account nothing is shared: no keychain read at all.
    if (m_accounts.size() < 2) {
        for (AccountView *view : std::as_const(m_accounts))
            view->setSharedNote({});
        return;
    }
    // Every account's page state (one keychain operation): which Account SIDs each holds.
    QStringList keys;
    QList<QPointer<AccountView>> views;
    for (AccountView *view : std::as_const(m_accounts)) {
        keys << KeychainKeys::stateKey(view->service()->info().keyPart());
        views << view;
    }
    m_services->store()->readMany(keys, this, [keys, views](const SecretStore::Result &result,
                                                             const QHash<QString, Secret> &found) {
        if (!result.ok())
            return; // a locked keychain says so elsewhere; nothing is known to be shared
        QHash<QString, QStringList> holders; // Account SID → names of the accounts holding it
        QList<QStringList> sidsOf;
        for (qsizetype i = 0; i < views.size(); ++i) {
            QStringList sids;
            if (const auto snapshot = StateSnapshot::fromJson(found.value(keys.at(i)).revealClearValue())) {
                for (const TokenInfo &token : snapshot->state.tokens)
                    sids << token.accountSid.toString();
            }
            sidsOf << sids;
            if (views.at(i)) {
                for (const QString &sid : std::as_const(sids))
                    holders[sid] << views.at(i)->name();
            }
        }
        for (qsizetype i = 0; i < views.size(); ++i) {
            AccountView *view = views.at(i);
            if (!view)
                continue;
            QStringList others;
            for (const QString &sid : std::as_const(sidsOf.at(i))) {
                for (const QString &name : holders.value(sid)) {
                    if (name != view->name() && !others.contains(name))
                        others << name;
                }
            }
            view->setSharedNote(others.isEmpty()
                                    ? QString()
                                    : tr("A token of this account is also saved in %1. A reset in one leaves the "
                                         "other with the old value, which no longer works: keep each token in one "
                                         "account only.").arg(QLocale().createSeparatedList(others)));
        }
    });
}

void AppController::sweepOrphans()
{
    findSharedTokens();
    // Entries no listed account owns (another process removed it, or was stopped before listing it).
    // Those of ids this install never had are another install's and stay (OrphanSweep).
    const auto swept = [](const SecretStore::Result &result, const QStringList &removed, const QStringList &) {
        if (!result.ok() && result.error != SecretStore::Error::NotImplemented)
            qCInfo(lcAccounts) << "the sweep for orphaned keychain entries stopped:" << int(result.error);
        else if (!removed.isEmpty())
            qCInfo(lcAccounts) << "removed the keychain entries of" << removed.size() << "accounts no longer listed";
    };
    OrphanSweep::run(m_services->store(), this, swept);
}

AccountView *AppController::setPending(AccountView *view)
{
    if (m_pending) {
        m_list->release(m_pending->id());
        delete m_pending;
    }
    m_pending = view;
    if (view)
        m_list->reserve(view->id());
    return view;
}

void AppController::watchList()
{
    // The folder, not the file: the file is replaced on every save, which ends a watch on it.
    const QString folder = QFileInfo(QSettings(u"AgencyTokens"_s, u"agency-tokens"_s).fileName()).absolutePath();
    QDir().mkpath(folder);
    m_watcher = new QFileSystemWatcher({folder}, this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, &m_followTimer, qOverload<>(&QTimer::start));
}

void AppController::followList()
{
    if (m_remove->busy()) { // a removal here first: its account is still listed until it ends
        m_followTimer.start();
        return;
    }
    const QList<AccountInfo> listed = m_list->accounts();
    const auto isListed = [&listed](const QString &id) {
        return std::any_of(listed.cbegin(), listed.cend(), [&id](const AccountInfo &info) { return info.id == id; });
    };
    // Removed elsewhere (an account being removed here is still listed until it is gone).
    const QList<AccountView *> shown = m_accounts;
    bool membership = false;
    for (AccountView *view : shown) {
        if (!isListed(view->id())) {
            forget(view);
            membership = true;
        }
    }
    bool changed = false;
    for (const AccountInfo &info : listed) {
        if (AccountView *view = find(info.id)) {
            if (view->name() != info.name) {
                view->rename(info.name);
                changed = true;
            }
        } else if (!m_pending || m_pending->id() != info.id) {
            adopt(createView(info)); // added elsewhere
            membership = true;
            if (!m_current)
                setCurrent(m_accounts.constLast());
        }
    }
    // In the list's order (it may have been reordered elsewhere).
    QList<AccountView *> ordered;
    for (const AccountInfo &info : listed) {
        if (AccountView *view = find(info.id))
            ordered << view;
    }
    for (AccountView *view : std::as_const(m_accounts)) {
        if (!ordered.contains(view))
            ordered << view;
    }
    if (ordered != m_accounts) {
        m_accounts = ordered;
        changed = true;
    }
    if (changed)
        Q_EMIT accountsChanged();
    if (membership)
        findSharedTokens();
}

void AppController::moveAccount(const QString &id, int steps)
{
    if (!find(id) || steps == 0 || !m_list->move(id, steps))
        return;
    followList(); // takes the new order in at once
}

void AppController::forget(AccountView *view)
{
    view->hideTokens();
    m_accounts.removeAll(view);
    for (AccountView *each : std::as_const(m_accounts))
        each->setShowNameInLabels(m_accounts.size() > 1);
    Q_EMIT accountsChanged();
    if (m_current == view)
        setCurrent(m_accounts.value(0), Place::Keep);
    Q_EMIT addingChanged();
    view->deleteLater();
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
        setCurrent(view, Place::Keep);
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
    AccountView *view = signingInAgain() && QUrl(m_current->address()) == url ? m_current : nullptr;
    const bool isNew = view == nullptr;
    if (isNew)
        view = setPending(createView(m_list->create(AccountKind::SignedIn, url.host(), url)));
    m_signIn->begin();
    view->signIn(url, username, password, [this, view, isNew, url](const Outcome &o) {
        // Signed in once the session is in the keychain, even if the first refresh then failed.
        const bool signedIn = view->phase() == AccountView::Ready;
        if (signedIn)
            m_services->settings()->rememberServer(url);
        if (isNew && signedIn && view == m_pending)
            keep(view, {});
        m_signIn->finish(signedIn || o.ok, o.message);
    });
}

void AppController::addTokensAccount(const QString &name, const QString &apiAddress, TokenKind kind,
                                     const QString &accountSid, const QString &authToken, bool withoutCheck)
{
    const QString address = apiAddress.trimmed().isEmpty() ? m_services->settings()->suggestedApiAddress() : apiAddress;
    const QUrl api = NetworkPolicy::addressFromUserInput(address);
    m_addAccount->begin();
    if (const HttpError refused = NetworkPolicy::checkAddress(api); !refused.ok()) {
        m_addAccount->finish(false, refused.message);
        return;
    }
    // Listed only once the token passes; the id is chosen now, for its keychain entries.
    AccountView *view = setPending(createView(m_list->create(AccountKind::TokensOnly, name, api)));
    TokenView *token = view->token(kind);
    token->add(accountSid, authToken, withoutCheck, [this, view, token, name](const Outcome &o) {
        if (view != m_pending)
            return;
        if (o.ok)
            keep(view, name);
        m_addAccount->finishAs(token->addState());
    });
}

QVariantList AppController::tokensAccountsAt(const QString &apiAddress) const
{
    const QUrl api = NetworkPolicy::addressFromUserInput(apiAddress.trimmed());
    QVariantList out;
    for (AccountView *view : m_accounts) {
        if (view->isTokensOnly() && QUrl(view->address()).adjusted(QUrl::StripTrailingSlash)
                                        == api.adjusted(QUrl::StripTrailingSlash))
            out << QVariantMap{{u"id"_s, view->id()}, {u"name"_s, view->name()}};
    }
    return out;
}

void AppController::addTokenTo(const QString &id, TokenKind kind, const QString &accountSid, const QString &authToken)
{
    AccountView *view = find(id);
    if (!view || !view->isTokensOnly())
        return;
    m_addAccount->begin();
    // What it holds is read first, so that the new token joins it rather than standing alone.
    auto add = [this, view, kind, accountSid, authToken] {
        TokenView *token = view->token(kind);
        token->add(accountSid, authToken, false, [this, view, token](const Outcome &o) {
            if (!o.ok) {
                m_addAccount->finishAs(token->addState());
                return;
            }
            setAdding(false);
            setCurrent(view);
            m_addAccount->finish(true, tr("Added to “%1”.").arg(view->name()));
        });
    };
    if (view->isRestored()) {
        add();
        return;
    }
    connect(view->restoreState(), &ActionState::finished, this, add, Qt::SingleShotConnection);
    view->restore(); // nothing when a read is already under way: its end is waited for
}

void AppController::removeAccount(const QString &id)
{
    AccountView *view = find(id);
    if (!view)
        return;
    m_remove->begin();
    m_services->clipboard()->clearNow();
    view->hideTokens();
    view->service()->removeAccount([this, view](const Outcome &o) {
        if (!o.ok) {
            m_remove->finish(o);
            return;
        }
        m_list->remove(view->id());
        if (m_accounts.contains(view)) { // not already gone with another process's removal
            forget(view);
            findSharedTokens();
        }
        m_remove->finish(o, tr("Removed, with its saved tokens."));
    });
}

void AppController::leave(AccountView *account)
{
    if (!account)
        return;
    if (account->leavingRemoves())
        removeAccount(account->id());
    else
        account->signOut();
}

UsageOverview *AppController::usage()
{
    if (!m_usage)
        m_usage = new UsageOverview(this, this);
    return m_usage;
}

void AppController::checkAll()
{
    m_checkAll->start(m_accounts);
}

} // namespace AgencyTokens
