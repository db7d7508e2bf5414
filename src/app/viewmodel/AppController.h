// SPDX-License-Identifier: MIT
#pragma once

#include "AccountView.h"
#include "ActionState.h"
#include "CheckAllRun.h"
#include "UsageOverview.h"

#include <QObject>
#include <QQmlListProperty>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QFileSystemWatcher;
class QQmlEngine;
class QJSEngine;

namespace AgencyTokens {

class AccountList;
class AppServices;

/// The accounts, as the pages reach them through this singleton: each an
/// AccountView with its own actions and state, which one is shown, and
/// adding, switching, renaming, leaving and removing them. The app-wide
/// pieces it uses come from AppServices; the settings are AppSettings.
/// The list is shared with the command line tool: an account another process
/// adds, renames or removes shows up, changes or goes here too (the settings
/// folder is watched; nothing polls).
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool started READ started NOTIFY startedChanged)
    Q_PROPERTY(QQmlListProperty<AgencyTokens::AccountView> accounts READ accountList NOTIFY accountsChanged)
    Q_PROPERTY(AgencyTokens::AccountView *current READ current NOTIFY currentChanged)
    /// The user asked to add an account (or there is none yet).
    Q_PROPERTY(bool adding READ adding NOTIFY addingChanged)
    /// A sign-in now goes into the shown account, whose session ended (not into a new one).
    Q_PROPERTY(bool signingInAgain READ signingInAgain NOTIFY signingInAgainChanged)
    Q_PROPERTY(AgencyTokens::ActionState *signInState READ signInState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *addAccountState READ addAccountState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *removeState READ removeState CONSTANT)
    /// The last "Check all" (checkAll()): its progress and a result per token.
    Q_PROPERTY(AgencyTokens::CheckAllRun *checkAllRun READ checkAllRun CONSTANT)
    /// Every account's tokens due for rotation, open checklists and activity
    /// on this device; made (and the usage store read) on first use, not at start.
    Q_PROPERTY(AgencyTokens::UsageOverview *usage READ usage CONSTANT)
public:
    /// The instance of the running AppServices, for QML.
    static AppController *create(QQmlEngine *, QJSEngine *);
    /// Made by AppServices, which it reads the keychain, network, clipboard and settings from.
    explicit AppController(AppServices *services, QObject *parent = nullptr);
    ~AppController() override;

    [[nodiscard]] bool started() const { return m_started; }
    [[nodiscard]] QList<AccountView *> accounts() const { return m_accounts; }
    [[nodiscard]] QQmlListProperty<AccountView> accountList();
    [[nodiscard]] AccountView *current() const { return m_current; }
    [[nodiscard]] bool adding() const { return m_adding || m_accounts.isEmpty(); }
    [[nodiscard]] bool signingInAgain() const;
    [[nodiscard]] ActionState *signInState() const { return m_signIn; }
    [[nodiscard]] ActionState *addAccountState() const { return m_addAccount; }
    [[nodiscard]] ActionState *removeState() const { return m_remove; }
    [[nodiscard]] CheckAllRun *checkAllRun() const { return m_checkAll; }
    [[nodiscard]] UsageOverview *usage();

    /// After the first frame: the account list, then the last account's keychain state. Does nothing twice.
    Q_INVOKABLE void start();
    /// Signs in to a platform that offers the management contract: into the
    /// shown account when signingInAgain, else as a new account.
    Q_INVOKABLE void signIn(const QString &server, const QString &username, const QString &password);
    /// A tokens-only account, kept only once its first token passes (or, offline, when asked to).
    Q_INVOKABLE void addTokensAccount(const QString &name, const QString &apiAddress, AgencyTokens::TokenKinds::Kind kind,
                                      const QString &accountSid, const QString &authToken, bool withoutCheck = false);
    Q_INVOKABLE void beginAdding();
    Q_INVOKABLE void cancelAdding();
    Q_INVOKABLE void switchTo(const QString &id);
    Q_INVOKABLE void renameAccount(const QString &id, const QString &name);
    /// The tokens-only accounts at `apiAddress` ([{id, name}]), to which Add account
    /// offers to add a token instead of making a new account of the same agency.
    Q_INVOKABLE QVariantList tokensAccountsAt(const QString &apiAddress) const;
    /// Adds a pasted token to the tokens-only account `id` (read from the keychain first
    /// if it was not yet): checked like a new account's, and refused when it belongs to
    /// another agency. Reported through addAccountState.
    Q_INVOKABLE void addTokenTo(const QString &id, AgencyTokens::TokenKinds::Kind kind, const QString &accountSid,
                                const QString &authToken);
    /// Moves the account `steps` places down the list (up when negative), for every process.
    Q_INVOKABLE void moveAccount(const QString &id, int steps);
    /// Wipes the account's keychain entries (and ends its session), then forgets it.
    Q_INVOKABLE void removeAccount(const QString &id);
    /// What leaving `account` means for its kind (AccountView::leavingRemoves):
    /// a tokens-only account is removed, a signed-in one signed out of.
    Q_INVOKABLE void leave(AgencyTokens::AccountView *account);
    /// Checks every token this device holds, of every account (legacy and scoped),
    /// with one request each; checkAllRun tells the progress and the results.
    Q_INVOKABLE void checkAll();

Q_SIGNALS:
    void startedChanged();
    void accountsChanged();
    void currentChanged();
    void addingChanged();
    void signingInAgainChanged();

private:
    AccountView *createView(const AccountInfo &info);
    /// Lists a new account (kept under `name`, or the agency's name) and shows it.
    void keep(AccountView *view, const QString &name);
    /// Takes in what another process changed in the shared list.
    void followList();
    /// Drops the view of an account that is no longer listed.
    void forget(AccountView *view);
    void watchList();
    void sweepOrphans();
    /// The account being added (`view`, or none): reserved in the shared list
    /// until it is kept, so that a sweep for orphans leaves its entries alone.
    AccountView *setPending(AccountView *view);
    void adopt(AccountView *view);
    /// Where the shell goes with the new account: its Home, or the page on screen.
    enum class Place { Home, Keep };
    void setCurrent(AccountView *view, Place place = Place::Home);
    /// Tells each account whether one of its Account SIDs is saved in another account too.
    void findSharedTokens();
    void setAdding(bool adding);
    [[nodiscard]] AccountView *find(const QString &id) const;

    AppServices *m_services;
    AccountList *m_list;
    ActionState *m_signIn;
    ActionState *m_addAccount;
    ActionState *m_remove;
    CheckAllRun *m_checkAll;
    UsageOverview *m_usage = nullptr;
    QList<AccountView *> m_accounts;
    AccountView *m_current = nullptr;
    AccountView *m_pending = nullptr; // an account being added, not yet kept
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_followTimer; // changes of the settings folder come in bursts: read the list once after them
    bool m_started = false;
    bool m_adding = false;
};

} // namespace AgencyTokens
