// SPDX-License-Identifier: MIT
#include "AccountView.h"

#include "AppServices.h"
#include "UsageView.h"
#include "clipboard/SecureClipboard.h"
#include "keychain/SecretStore.h"
#include "logging/Logging.h"
#include "service/TokenService.h"
#include "service/TokensOnlyService.h"
#include "platform/ScopeCatalogue.h"


using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
AccountService *makeService(const AccountInfo &info, SecretStore *store, RestClient *client, QObject *parent)
{
    if (info.kind == AccountKind::SignedIn)
        return new TokenService(info, store, client, parent);
    return new TokensOnlyService(info, store, client, parent);
}
} // namespace

AccountView::AccountView(const AccountInfo &info, SecretStore *store, RestClient *client, AppServices *services,
                         QObject *parent)
    : QObject(parent)
    , m_service(makeService(info, store, client, this))
    , m_store(store)
    , m_services(services)
    , m_enable(new ActionState(this))
    , m_refresh(new ActionState(this))
    , m_retrySave(new ActionState(this))
    , m_signOut(new ActionState(this))
    , m_restore(new ActionState(this))
    , m_readWrite(new TokenView(this, m_service, TokenKind::ReadWrite, services, this))
    , m_readOnly(new TokenView(this, m_service, TokenKind::ReadOnly, services, this))
    , m_create(new ActionState(this))
    , m_catalogue(new ActionState(this))
    , m_addScoped(new ActionState(this))
    , m_reconnect(new ReconnectSchedule(this))
{
    syncScopedTokens();
    connect(m_service, &AccountService::changed, this, &AccountView::syncScopedTokens);
    connect(m_service, &AccountService::changed, this, [this] {
        // A stale failure clears itself once the platform answers again.
        if (m_service->isOnline()) {
            if (m_restore->failed() && m_service->phase() == AccountService::Phase::Ready)
                m_restore->clear();
            m_refresh->clear();
        }
        m_reconnect->setWanted(m_shown && !m_service->isOnline());
        Q_EMIT changed();
    });
    connect(m_service, &AccountService::busyChanged, this, &AccountView::changed);
    // keychainView follows the restore's busy state.
    connect(m_restore, &ActionState::changed, this, [this] {
        if (!m_keychainProblem.isEmpty())
            Q_EMIT changed();
    });
    connect(m_reconnect, &ReconnectSchedule::scheduledChanged, this, &AccountView::changed);
    connect(m_store, &SecretStore::foundLockedChanged, this, &AccountView::changed);
    connect(m_reconnect, &ReconnectSchedule::due, this, &AccountView::reconnect);
    setRules();
}

void AccountView::setShown(bool shown)
{
    if (m_shown == shown)
        return;
    m_shown = shown;
    m_reconnect->setWanted(m_shown && !m_service->isOnline());
}

void AccountView::reconnect()
{
    // Something else already asks the platform (the user's Retry, an action): its answer tells.
    if (m_service->isBusy()) {
        m_reconnect->attemptFailed();
        return;
    }
    ++m_reconnectAttempts;
    qCInfo(lcNetwork) << "trying the platform again for account" << id();
    m_service->refresh([this](const Outcome &) {
        if (!m_service->isOnline())
            m_reconnect->attemptFailed();
    });
}

void AccountView::setRules()
{
    // Enable: once, for those who may, on a platform that offers the management contract.
    m_enable->setRules(
        this, &AccountView::changed, [this] { return !isTokensOnly() && canManage() && !legacyTokensEnabled(); },
        [this] {
            if (isTokensOnly())
                return tr("Legacy tokens are enabled in the platform's web app.");
            if (!permissionNote().isEmpty())
                return permissionNote();
            return legacyTokensEnabled() ? tr("Legacy tokens are already enabled.") : actionsBlockedReason();
        });
    m_refresh->setRules(this, &AccountView::changed, {},
                        [this] { return m_service->isBusy() ? actionsBlockedReason() : QString(); });
    m_retrySave->setRules(this, &AccountView::changed, {},
                          [this] { return hasUnsavedTokens() ? QString() : tr("Every token is saved."); });
    m_create->setRules(this, &AccountView::changed, [this] { return offersCreate() && canManage(); }, [this] {
        if (isTokensOnly())
            return tr("Scoped tokens are created in the platform's web app; paste one here after.");
        if (!permissionNote().isEmpty())
            return permissionNote();
        return offersCreate() ? actionsBlockedReason() : tr("This platform does not offer scoped access tokens.");
    });
    m_catalogue->setRules(this, &AccountView::changed, {}, [this] { return actionsBlockedReason(); });
    m_addScoped->setRules(this, &AccountView::changed, [this] { return isTokensOnly(); }, [this] {
        return isTokensOnly() ? QString() : tr("Signed-in accounts get their scoped tokens from the platform.");
    });
}

bool AccountView::showsScopedTokens() const
{
    return isTokensOnly() || (canManage() && offersCreate()) || !m_scoped.isEmpty();
}

bool AccountView::showsTokens() const
{
    // A tokens-only account is made of its tokens: they show (or say they are
    // not on this device) whatever its stored page state says.
    return isTokensOnly() || (canManage() && legacyTokensEnabled());
}

QQmlListProperty<TokenView> AccountView::tokenList()
{
    return {this, nullptr,
            [](QQmlListProperty<TokenView> *list) -> qsizetype {
                return static_cast<AccountView *>(list->object)->tokens().size();
            },
            [](QQmlListProperty<TokenView> *list, qsizetype i) {
                return static_cast<AccountView *>(list->object)->tokens().at(i);
            }};
}

void AccountView::hideTokens()
{
    for (TokenView *token : allTokens())
        token->hide();
}

QString AccountView::id() const { return m_service->info().id; }
QString AccountView::name() const { return m_service->info().name; }
bool AccountView::isTokensOnly() const { return m_service->info().kind == AccountKind::TokensOnly; }
AccountView::Phase AccountView::phase() const { return Phase(int(m_service->phase())); }
bool AccountView::busy() const { return m_service->isBusy(); }
bool AccountView::online() const { return m_service->isOnline(); }
QString AccountView::offlineReason() const { return m_service->offlineReason(); }
QString AccountView::address() const { return m_service->info().address.toString(); }
QString AccountView::hostName() const { return m_service->info().address.host(); }
QString AccountView::username() const { return m_service->snapshot().username; }
bool AccountView::canManage() const { return m_service->snapshot().state.canManage; }
bool AccountView::legacyTokensEnabled() const { return m_service->snapshot().state.legacyTokensEnabled; }
bool AccountView::hasUnsavedTokens() const
{
    const QList<TokenRef> refs = m_service->tokenRefs();
    return m_service->isUnsaved(TokenKind::ReadWrite) || m_service->isUnsaved(TokenKind::ReadOnly)
        || std::any_of(refs.cbegin(), refs.cend(), [this](const TokenRef &ref) { return m_service->isUnsaved(ref); });
}
QString AccountView::webAppUrl() const { return m_service->info().webApp.toString(); }

QString AccountView::displayName() const
{
    const QString name = m_service->snapshot().displayName;
    return name.isEmpty() ? username() : name;
}

QString AccountView::roleName() const
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

QString AccountView::agencyName() const
{
    const QString agency = m_service->snapshot().agencyName;
    return agency.isEmpty() ? name() : agency;
}

QString AccountView::permissionNote() const
{
    if (isTokensOnly() || canManage() || phase() != Ready)
        return {};
    return tr("Only account administrators and implementation specialists can enable API access and see or "
              "reset tokens. Ask one of them if you need a token.");
}

QString AccountView::actionsBlockedReason() const
{
    if (!online())
        return tr("Offline: saved tokens can still be viewed and copied.");
    if (busy())
        return tr("Please wait for the current action to finish.");
    return {};
}

QString AccountView::keychainLockedNote() const
{
    if (!m_store->foundLocked())
        return {};
    const auto savedInMemory = [this](TokenKind kind) {
        return m_service->credential(kind).has_value() && !m_service->isUnsaved(kind);
    };
    if (!savedInMemory(TokenKind::ReadWrite) && !savedInMemory(TokenKind::ReadOnly))
        return {};
    return tr("The keychain is locked: the tokens here are shown and copied from memory. They are still saved "
              "in the keychain.");
}

QString AccountView::webAppPath() const
{
    return tr("Menu → Settings → Account → Technical → Platform REST Web Services");
}

QString AccountView::sessionExpiresText() const
{
    const auto *service = qobject_cast<TokenService *>(m_service);
    if (!service || !service->sessionExpiresAt().isValid())
        return {};
    return TokenView::dateText(service->sessionExpiresAt());
}

QString AccountView::labelForCopy(const QString &what) const
{
    return m_showNameInLabels ? tr("%1 of %2").arg(what, name()) : what;
}

void AccountView::setRevealSeconds(int seconds)
{
    m_revealSeconds = seconds;
    for (TokenView *token : allTokens())
        token->setRevealSeconds(seconds);
}

void AccountView::syncScopedTokens()
{
    const QList<TokenInfo> &listed = m_service->scopedTokens();
    QList<TokenView *> next;
    bool moved = false;
    for (const TokenInfo &info : listed) {
        const TokenRef ref = TokenRef::scoped(info.accountSid);
        auto it = std::find_if(m_scoped.begin(), m_scoped.end(), [&](TokenView *t) { return t->ref() == ref; });
        if (it != m_scoped.end()) {
            next.append(*it);
            m_scoped.erase(it);
        } else {
            auto *view = new TokenView(this, m_service, ref, m_services, this);
            view->setRevealSeconds(m_revealSeconds);
            next.append(view);
            moved = true;
        }
    }
    const QList<TokenView *> gone = std::exchange(m_scoped, next);
    if (!moved && gone.isEmpty())
        return;
    Q_EMIT scopedTokensChanged();
    for (TokenView *view : gone) {
        view->hide();
        if (view == m_created) {
            m_created = nullptr;
            Q_EMIT createdTokenChanged();
        }
        if (view == m_opened) {
            m_opened = nullptr;
            Q_EMIT openedTokenChanged();
        }
        retireWhenIdle(view);
    }
}

void AccountView::retireWhenIdle(TokenView *view)
{
    // A token deleted from its own page (or reset elsewhere while it probes)
    // leaves the list before its action has finished: its view goes once every
    // action it started has said how it ended, never under a running callback.
    const QList<ActionState *> states = view->findChildren<ActionState *>(Qt::FindDirectChildrenOnly);
    const auto idle = [states] {
        return std::none_of(states.cbegin(), states.cend(), [](const ActionState *s) { return s->busy(); });
    };
    if (idle()) {
        view->deleteLater();
        return;
    }
    for (ActionState *state : states) {
        connect(state, &ActionState::finished, view, [view, idle] {
            if (idle())
                view->deleteLater();
        });
    }
}

QQmlListProperty<TokenView> AccountView::scopedTokenList()
{
    return {this, &m_scoped,
            [](QQmlListProperty<TokenView> *list) -> qsizetype {
                return static_cast<QList<TokenView *> *>(list->data)->size();
            },
            [](QQmlListProperty<TokenView> *list, qsizetype i) {
                return static_cast<QList<TokenView *> *>(list->data)->at(i);
            }};
}

void AccountView::setOpenedToken(TokenView *token)
{
    if (token && !m_scoped.contains(token))
        token = nullptr; // only a scoped token of this account has those pages
    if (m_opened == token)
        return;
    m_opened = token;
    Q_EMIT openedTokenChanged();
}

QVariantList AccountView::apiVersions() const
{
    QVariantList out;
    const QList<int> offered = m_service->snapshot().state.apiVersions.isEmpty()
                                   ? DocumentedAgencyApiVersions
                                   : m_service->snapshot().state.apiVersions;
    for (int v : offered)
        out.append(v);
    return out;
}

TokenView *AccountView::scopedToken(const QString &name) const
{
    for (TokenView *view : m_scoped) {
        if (view->name() == name)
            return view;
    }
    return nullptr;
}

TokenView *AccountView::tokenForKey(const QString &key) const
{
    if (readWrite()->ref().key() == key)
        return readWrite();
    if (readOnly()->ref().key() == key)
        return readOnly();
    for (TokenView *view : m_scoped) {
        if (view->ref().key() == key)
            return view;
    }
    return nullptr;
}

bool AccountView::offersCreate() const
{
    return !isTokensOnly() && m_service->snapshot().state.accessTokensOffered;
}

QList<ScopeInfo> AccountView::catalogue() const
{
    if (const auto *managed = qobject_cast<TokenService *>(m_service); managed && !managed->scopeCatalogue().isEmpty())
        return managed->scopeCatalogue();
    return ScopeCatalogue::known();
}

QVariantList AccountView::scopeCategories() const
{
    QVariantList out;
    QStringList order;
    QHash<QString, QVariantList> byCategory;
    for (const ScopeInfo &scope : catalogue()) {
        if (!order.contains(scope.category))
            order.append(scope.category);
        byCategory[scope.category].append(QVariantMap{{u"id"_s, scope.id},
                                                      {u"title"_s, scope.title},
                                                      {u"method"_s, QString::fromLatin1(scope.method)},
                                                      {u"path"_s, scope.path}});
    }
    for (const QString &category : std::as_const(order))
        out.append(QVariantMap{{u"category"_s, category}, {u"scopes"_s, byCategory.value(category)}});
    return out;
}

void AccountView::loadCatalogue()
{
    auto *managed = qobject_cast<TokenService *>(m_service);
    if (!managed || m_catalogue->busy() || !managed->scopeCatalogue().isEmpty())
        return;
    m_catalogue->begin();
    managed->loadScopeCatalogue([this](const Outcome &o, const QList<ScopeInfo> &) {
        m_catalogue->finish(o, QString());
        Q_EMIT changed();
    });
}

namespace {
// As the platform checks an e-mail address: exactly one @, something on either side.
bool looksLikeEmail(const QString &text)
{
    const qsizetype at = text.indexOf(u'@');
    return text.count(u'@') == 1 && at > 0 && at < text.size() - 1 && !text.contains(u' ') && text.size() <= 254;
}
} // namespace

QString AccountView::draftProblem(int step, const QString &name, const QString &primaryContact,
                                  const QStringList &developerEmails, const QStringList &scopes) const
{
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the token.");
    if (name.trimmed().size() > 100)
        return tr("The name can have at most 100 characters.");
    if (scopedToken(name.trimmed()))
        return tr("This account already has a token called “%1”. Choose another name.").arg(name.trimmed());
    if (step < 2)
        return {};
    if (primaryContact.trimmed().isEmpty())
        return tr("Enter the primary contact's e-mail address.");
    if (!looksLikeEmail(primaryContact.trimmed()))
        return tr("“%1” is not an e-mail address.").arg(primaryContact.trimmed());
    qsizetype emails = 0;
    for (const QString &each : developerEmails) {
        if (each.trimmed().isEmpty())
            continue;
        if (!looksLikeEmail(each.trimmed()))
            return tr("“%1” is not an e-mail address.").arg(each.trimmed());
        ++emails;
    }
    if (emails > 20)
        return tr("Give at most 20 developer e-mail addresses.");
    if (step < 3)
        return {};
    if (scopes.isEmpty())
        return tr("Choose at least one scope: a token without scopes can call nothing.");
    return {};
}

void AccountView::createAccessToken(const QString &name, const QString &description, int apiVersion,
                                    const QString &primaryContact, const QStringList &developerEmails,
                                    const QStringList &scopes)
{
    auto *managed = qobject_cast<TokenService *>(m_service);
    if (!managed || !m_create->allowed())
        return;
    AccessTokenDraft draft;
    draft.name = name.trimmed();
    draft.description = description.trimmed();
    draft.apiVersion = apiVersion;
    draft.primaryContact = primaryContact.trimmed();
    for (const QString &each : developerEmails) {
        if (!each.trimmed().isEmpty())
            draft.developerEmails.append(each.trimmed());
    }
    draft.scopes = scopes;
    if (const QString problem = draftProblem(3, name, primaryContact, developerEmails, scopes); !problem.isEmpty()) {
        m_create->finish(false, problem);
        return;
    }
    m_create->begin();
    managed->createAccessToken(draft, [this, name = draft.name](const Outcome &o, const AccountSid &sid) {
        if (o.ok) {
            syncScopedTokens();
            const auto it = std::find_if(m_scoped.cbegin(), m_scoped.cend(),
                                         [&](TokenView *t) { return t->ref() == TokenRef::scoped(sid); });
            m_created = it != m_scoped.cend() ? *it : nullptr;
            Q_EMIT createdTokenChanged();
        }
        const bool unsaved = o.ok && m_service->isUnsaved(TokenRef::scoped(sid));
        m_create->finish(o, unsaved ? tr("“%1” is created. Its Auth Token is not saved on this device yet: copy it "
                                         "now, then retry saving.").arg(name)
                                    : tr("“%1” is created. Copy its Auth Token now: the platform shows it only "
                                         "this once (it stays saved on this device).").arg(name));
    });
}

void AccountView::addScopedToken(const QString &name, const QString &accountSid, const QString &authToken,
                                 bool withoutCheck)
{
    auto *pasted = qobject_cast<TokensOnlyService *>(m_service);
    if (!pasted || !m_addScoped->allowed())
        return;
    markRestored();
    m_addScoped->begin();
    pasted->addScoped(name, accountSid, authToken, withoutCheck, [this, name](const Outcome &o) {
        const TokenView *added = scopedToken(name.trimmed());
        if (o.ok && added && !added->checkNote().isEmpty())
            m_addScoped->finish(true, tr("“%1” is saved. It is genuine, but may not read company information: "
                                         "the check got 403.").arg(name.trimmed()));
        else
            m_addScoped->finish(o, tr("“%1” passes and is saved in the keychain.").arg(name.trimmed()));
    });
}

QStringList AccountView::suggestedScopes(TokenKind kind) const
{
    const auto info = m_service->tokenInfo(TokenRef(kind));
    if (!info || !info->probedAt.isValid())
        return {};
    QStringList out;
    for (const ScopeInfo &scope : catalogue()) {
        if (!info->reachable.contains(scope.category))
            continue;
        if (kind == TokenKind::ReadOnly && scope.method != "GET")
            continue;
        out.append(scope.id);
    }
    return out;
}

QVariantList AccountView::moveSuggestions(TokenKind kind) const
{
    return token(kind)->usage()->moveSuggestions(catalogue());
}

TokenView *AccountView::token(TokenKind kind) const
{
    return kind == TokenKind::ReadOnly ? m_readOnly : m_readWrite;
}

void AccountView::restore()
{
    if (std::exchange(m_restored, true))
        return;
    m_restore->begin();
    m_service->restore([this](const Outcome &o) {
        // What the account holds is unknown while the keychain cannot be read:
        // said as such (and retried on request), never shown as "off" or empty.
        const QString problem = !o.ok && o.source == Outcome::Source::Keychain ? o.message : QString();
        if (problem != m_keychainProblem) {
            m_keychainProblem = problem;
            Q_EMIT changed();
        }
        // Offline is said once, by the banner; the tokens the keychain held are shown anyway.
        m_restore->finish(o.ok || o.apiError.isOffline(), o.apiError.isOffline() ? QString() : o.message);
    });
}

void AccountView::setSharedNote(const QString &note)
{
    if (m_sharedNote == note)
        return;
    m_sharedNote = note;
    Q_EMIT changed();
}

AccountView::KeychainView AccountView::keychainView() const
{
    if (m_keychainProblem.isEmpty())
        return KeychainView::Readable;
    return m_restore->busy() ? KeychainView::Rereading : KeychainView::Unreadable;
}

void AccountView::retryRestore()
{
    if (m_restore->busy())
        return;
    m_restored = false;
    restore();
}

void AccountView::refresh()
{
    if (!m_refresh->allowed())
        return;
    m_refresh->begin();
    m_service->refresh([this](const Outcome &o) { m_refresh->finish(o.ok || o.apiError.isOffline(), o.apiError.isOffline() ? QString() : o.message); });
}

void AccountView::enable()
{
    auto *service = qobject_cast<TokenService *>(m_service);
    if (!service || !m_enable->allowed())
        return;
    m_enable->begin();
    service->enable([this](const Outcome &o) {
        m_enable->finish(o, tr("Legacy tokens are on. Reset both tokens now: until then, anyone who saw them "
                               "while they were being set up could still use them."));
    });
}

void AccountView::retrySave()
{
    m_retrySave->begin();
    m_service->retrySave([this](const Outcome &o) { m_retrySave->finish(o, tr("Saved in the keychain.")); });
}

void AccountView::signOut()
{
    // Nothing of this account stays behind, on the clipboard either.
    m_services->clipboard()->clearNow();
    hideTokens();
    m_signOut->begin();
    m_service->removeEverything([this](const Outcome &o) { m_signOut->finish(o); });
}

void AccountView::signIn(const QUrl &server, const QString &username, const QString &password, OutcomeDone done)
{
    auto *service = qobject_cast<TokenService *>(m_service);
    if (!service)
        return;
    markRestored();
    service->signIn(server, username, password, std::move(done));
}

void AccountView::rename(const QString &name)
{
    m_service->rename(name);
}

} // namespace AgencyTokens
