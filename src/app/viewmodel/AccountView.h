// SPDX-License-Identifier: MIT
#pragma once

#include "ActionState.h"
#include "ReconnectSchedule.h"
#include "TokenView.h"
#include "accounts/AccountInfo.h"
#include "service/Outcome.h"

#include <QObject>
#include <QQmlListProperty>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace AgencyTokens {

class AccountService;
class RestClient;
class SecretStore;
class AppServices;

/// One account as the pages show it, with its own actions and their state:
/// signed in (every action from the app) or tokens only (actions in the
/// platform's web app, then Replace token…). Owns its service.
class AccountView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(QString id READ id CONSTANT)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(bool tokensOnly READ isTokensOnly CONSTANT)
    Q_PROPERTY(Phase phase READ phase NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(QString offlineReason READ offlineReason NOTIFY changed)
    /// Offline and shown: the platform is tried again by itself, backed off
    /// (ReconnectSchedule). False while online: then no timer runs.
    Q_PROPERTY(bool reconnectScheduled READ reconnectScheduled NOTIFY changed)
    /// Attempts the schedule has made so far (not the user's Retry).
    Q_PROPERTY(int reconnectAttempts READ reconnectAttempts NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString hostName READ hostName NOTIFY changed)
    Q_PROPERTY(QString username READ username NOTIFY changed)
    Q_PROPERTY(QString displayName READ displayName NOTIFY changed)
    Q_PROPERTY(QString roleName READ roleName NOTIFY changed)
    Q_PROPERTY(QString agencyName READ agencyName NOTIFY changed)
    Q_PROPERTY(bool canManage READ canManage NOTIFY changed)
    Q_PROPERTY(bool legacyTokensEnabled READ legacyTokensEnabled NOTIFY changed)
    /// Whether the pages show the account's tokens: always for a tokens-only
    /// account, for a signed-in one once legacy tokens are on and the user may
    /// manage them.
    Q_PROPERTY(bool showsTokens READ showsTokens NOTIFY changed)
    /// Leaving a tokens-only account removes it (and its tokens); leaving a
    /// signed-in one signs out of it.
    Q_PROPERTY(bool leavingRemoves READ leavingRemoves CONSTANT)
    Q_PROPERTY(QString permissionNote READ permissionNote NOTIFY changed)
    /// Why actions that need the platform are off (offline, busy); empty when on.
    Q_PROPERTY(QString actionsBlockedReason READ actionsBlockedReason NOTIFY changed)
    Q_PROPERTY(bool hasUnsavedTokens READ hasUnsavedTokens NOTIFY changed)
    /// Why the keychain could not be read for this account (locked, refused,
    /// not answering); empty when it was read. While set, what the account
    /// holds is unknown: pages say so and offer retryRestore(), never "off" or "empty".
    Q_PROPERTY(QString keychainProblem READ keychainProblem NOTIFY changed)
    /// What the shell shows for the keychain: Readable (the pages), Unreadable
    /// (keychainProblem with Try again), or Rereading (Try again under way).
    Q_PROPERTY(KeychainView keychainView READ keychainView NOTIFY changed)
    /// Set when a token of this account (its Account SID) is saved in another
    /// account too: a reset in one leaves the other dead. Empty otherwise.
    Q_PROPERTY(QString sharedNote READ sharedNote NOTIFY changed)
    /// The keychain was found locked while tokens of this account are held in
    /// memory and saved: what reveal and copy show comes from memory; said
    /// once, empty otherwise (an unsaved token has its own notice).
    Q_PROPERTY(QString keychainLockedNote READ keychainLockedNote NOTIFY changed)
    /// Tokens only: the platform's web app, and the path to its token page.
    Q_PROPERTY(QString webAppUrl READ webAppUrl CONSTANT)
    Q_PROPERTY(QString webAppPath READ webAppPath CONSTANT)
    /// When the session ends on the platform, in local time ("" when unknown).
    Q_PROPERTY(QString sessionExpiresText READ sessionExpiresText NOTIFY changed)
    /// Every token of the account, the legacy pair first.
    Q_PROPERTY(QQmlListProperty<AgencyTokens::TokenView> tokens READ tokenList CONSTANT)
    /// The scoped access tokens, in the platform's order (or the order they were added here).
    Q_PROPERTY(QQmlListProperty<AgencyTokens::TokenView> scopedTokens READ scopedTokenList NOTIFY scopedTokensChanged)
    /// The scoped token whose pages (Overview, API Credentials, API Scopes) are open; null when none.
    Q_PROPERTY(AgencyTokens::TokenView *openedToken READ openedToken WRITE setOpenedToken NOTIFY openedTokenChanged)
    /// Whether Create Access Token is offered: signed in to a platform whose contract has scoped tokens.
    Q_PROPERTY(bool offersCreate READ offersCreate NOTIFY changed)
    /// Whether the page shows the scoped tokens' part: tokens only, or signed in to a platform that offers them.
    Q_PROPERTY(bool showsScopedTokens READ showsScopedTokens NOTIFY changed)
    /// The scope catalogue by category: [{category, scopes: [{id, title, method, path}]}]. Signed in:
    /// the platform's (loadCatalogue()); tokens only: the one the platform's reference documents.
    Q_PROPERTY(QVariantList scopeCategories READ scopeCategories NOTIFY changed)
    /// The API versions a new scoped token may use, oldest first (the last one is the newest).
    Q_PROPERTY(QVariantList apiVersions READ apiVersions NOTIFY changed)
    /// The token Create Access Token made last, its Auth Token shown this once; null before.
    Q_PROPERTY(AgencyTokens::TokenView *createdToken READ createdToken NOTIFY createdTokenChanged)
    Q_PROPERTY(AgencyTokens::ActionState *createState READ createState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *catalogueState READ catalogueState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *addScopedState READ addScopedState CONSTANT)
    Q_PROPERTY(AgencyTokens::TokenView *readWrite READ readWrite CONSTANT)
    Q_PROPERTY(AgencyTokens::TokenView *readOnly READ readOnly CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *enableState READ enableState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *refreshState READ refreshState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *retrySaveState READ retrySaveState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *signOutState READ signOutState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *restoreState READ restoreState CONSTANT)
public:
    enum Phase { Starting, SignedOut, Ready };
    Q_ENUM(Phase)

    /// `services`: the clipboard and the screen guard, asked for only when a token is copied or revealed.
    AccountView(const AccountInfo &info, SecretStore *store, RestClient *client, AppServices *services,
                QObject *parent = nullptr);

    [[nodiscard]] AccountService *service() const { return m_service; }
    [[nodiscard]] QString id() const;
    [[nodiscard]] QString name() const;
    [[nodiscard]] bool isTokensOnly() const;
    [[nodiscard]] Phase phase() const;
    [[nodiscard]] bool busy() const;
    [[nodiscard]] bool online() const;
    [[nodiscard]] QString offlineReason() const;
    [[nodiscard]] bool reconnectScheduled() const { return m_reconnect->isScheduled(); }
    [[nodiscard]] int reconnectAttempts() const { return m_reconnectAttempts; }
    /// Whether the pages show this account: only then is the platform retried while offline.
    void setShown(bool shown);
    [[nodiscard]] QString address() const;
    [[nodiscard]] QString hostName() const;
    [[nodiscard]] QString username() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString roleName() const;
    [[nodiscard]] QString agencyName() const;
    [[nodiscard]] bool canManage() const;
    [[nodiscard]] bool legacyTokensEnabled() const;
    [[nodiscard]] bool showsTokens() const;
    [[nodiscard]] bool leavingRemoves() const { return isTokensOnly(); }
    [[nodiscard]] QString permissionNote() const;
    [[nodiscard]] QString actionsBlockedReason() const;
    [[nodiscard]] bool hasUnsavedTokens() const;
    [[nodiscard]] QString webAppUrl() const;
    [[nodiscard]] QString webAppPath() const;
    [[nodiscard]] QString sessionExpiresText() const;
    [[nodiscard]] QList<TokenView *> tokens() const { return {m_readWrite, m_readOnly}; }
    [[nodiscard]] QQmlListProperty<TokenView> tokenList();
    [[nodiscard]] const QList<TokenView *> &scopedTokens() const { return m_scoped; }
    [[nodiscard]] QQmlListProperty<TokenView> scopedTokenList();
    [[nodiscard]] TokenView *openedToken() const { return m_opened; }
    void setOpenedToken(TokenView *token);
    [[nodiscard]] QVariantList apiVersions() const;
    /// The scoped token called `name`, or null.
    Q_INVOKABLE AgencyTokens::TokenView *scopedToken(const QString &name) const;
    /// The token a usage-store key names ("readWrite", "readOnly", "scoped/IR…"); null when not here.
    Q_INVOKABLE AgencyTokens::TokenView *tokenForKey(const QString &key) const;
    /// The legacy pair, then the scoped tokens.
    [[nodiscard]] QList<TokenView *> allTokens() const { return tokens() + m_scoped; }
    [[nodiscard]] bool offersCreate() const;
    [[nodiscard]] bool showsScopedTokens() const;
    /// The scope catalogue this account uses (see scopeCategories).
    [[nodiscard]] QList<ScopeInfo> catalogue() const;
    [[nodiscard]] QVariantList scopeCategories() const;
    [[nodiscard]] TokenView *createdToken() const { return m_created; }
    [[nodiscard]] ActionState *createState() const { return m_create; }
    [[nodiscard]] ActionState *catalogueState() const { return m_catalogue; }
    [[nodiscard]] ActionState *addScopedState() const { return m_addScoped; }
    /// Signed in: asks the platform for its scope catalogue (once per session).
    Q_INVOKABLE void loadCatalogue();
    /// Signed in: Create Access Token. `apiVersion` 0: the newest. Its Auth Token is then createdToken's.
    /// What stops Create Access Token's form at `step` (1 setup, 2 contacts, 3 scopes) or
    /// before it: the first problem in words, or "" when the steps up to it are complete.
    Q_INVOKABLE QString draftProblem(int step, const QString &name, const QString &primaryContact,
                                     const QStringList &developerEmails, const QStringList &scopes) const;
    Q_INVOKABLE void createAccessToken(const QString &name, const QString &description, int apiVersion,
                                       const QString &primaryContact, const QStringList &developerEmails,
                                       const QStringList &scopes);
    /// Tokens only: a scoped token pasted with its name, kept once the platform says it is genuine.
    Q_INVOKABLE void addScopedToken(const QString &name, const QString &accountSid, const QString &authToken,
                                    bool withoutCheck = false);
    /// The scopes to give a scoped token that replaces the legacy token `kind`: those of the API
    /// categories its last probe found reachable (only reads for the Read-Only token); empty before a probe.
    Q_INVOKABLE QStringList suggestedScopes(AgencyTokens::TokenKinds::Kind kind) const;
    /// Per integration of the legacy token `kind` that says which API categories it
    /// calls: the scoped token to make for it (UsageView::moveSuggestions).
    Q_INVOKABLE QVariantList moveSuggestions(AgencyTokens::TokenKinds::Kind kind) const;
    [[nodiscard]] TokenView *readWrite() const { return m_readWrite; }
    [[nodiscard]] TokenView *readOnly() const { return m_readOnly; }
    [[nodiscard]] ActionState *enableState() const { return m_enable; }
    [[nodiscard]] ActionState *refreshState() const { return m_refresh; }
    [[nodiscard]] ActionState *retrySaveState() const { return m_retrySave; }
    [[nodiscard]] ActionState *signOutState() const { return m_signOut; }
    [[nodiscard]] ActionState *restoreState() const { return m_restore; }
    /// What the clipboard bar calls a copy: the account's name is added once there are several.
    [[nodiscard]] QString labelForCopy(const QString &what) const;
    void setShowNameInLabels(bool show) { m_showNameInLabels = show; }
    void setRevealSeconds(int seconds);

    [[nodiscard]] TokenView *token(TokenKind kind) const;
    /// Ends every reveal of the account's tokens (the account is left, or removed).
    void hideTokens();
    /// What the account holds came from this session (a sign-in, an added
    /// token), not the keychain: restore() has nothing to do.
    void markRestored() { m_restored = true; }
    /// What the account holds is known: read from the keychain, or given in this session.
    [[nodiscard]] bool isRestored() const { return m_restored && !m_restore->busy(); }
    /// Reads what the keychain holds, then refreshes. Does nothing twice.
    Q_INVOKABLE void restore();
    /// Reads the keychain again after keychainProblem (e.g. once it is unlocked).
    Q_INVOKABLE void retryRestore();
    [[nodiscard]] QString keychainProblem() const { return m_keychainProblem; }
    enum class KeychainView { Readable, Unreadable, Rereading };
    Q_ENUM(KeychainView)
    [[nodiscard]] KeychainView keychainView() const;
    [[nodiscard]] QString sharedNote() const { return m_sharedNote; }
    void setSharedNote(const QString &note);
    [[nodiscard]] QString keychainLockedNote() const;
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void enable();
    Q_INVOKABLE void retrySave();
    /// Signed in: wipes this account's entries and ends its session.
    Q_INVOKABLE void signOut();
    /// Signed in again into the same account after its session ended.
    void signIn(const QUrl &server, const QString &username, const QString &password, OutcomeDone done);
    void rename(const QString &name);

Q_SIGNALS:
    void changed();
    void scopedTokensChanged();
    void createdTokenChanged();
    void openedTokenChanged();

private:
    void setRules();
    /// One TokenView per scoped token the service lists, made and dropped as the list changes.
    void syncScopedTokens();
    void retireWhenIdle(TokenView *view);
    /// An attempt of the reconnect schedule: one refresh.
    void reconnect();

    AccountService *m_service;
    SecretStore *m_store;
    AppServices *m_services; ///< the clipboard and the screen guard, made when first used
    ActionState *m_enable;
    ActionState *m_refresh;
    ActionState *m_retrySave;
    ActionState *m_signOut;
    ActionState *m_restore;
    TokenView *m_readWrite;
    TokenView *m_readOnly;
    QList<TokenView *> m_scoped;
    int m_revealSeconds = TokenView::DefaultRevealSeconds;
    TokenView *m_created = nullptr;
    TokenView *m_opened = nullptr;
    ActionState *m_create;
    ActionState *m_catalogue;
    ActionState *m_addScoped;
    bool m_restored = false;
    QString m_keychainProblem;
    QString m_sharedNote;
    bool m_showNameInLabels = false;
    bool m_shown = false;
    ReconnectSchedule *m_reconnect;
    int m_reconnectAttempts = 0;
};

} // namespace AgencyTokens
