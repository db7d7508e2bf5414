// SPDX-License-Identifier: MIT
#pragma once

#include "AccountView.h"
#include "ActionState.h"

#include <QObject>
#include <QQmlListProperty>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace AgencyTokens {

class AccountList;
class RestClient;
class SecretStore;
class ScreenGuard;
class SecureClipboard;

/// The composition root the pages reach as a singleton: the accounts (each
/// an AccountView with its own actions and state), which one is shown, and
/// adding, switching, renaming and removing them; plus the app-wide pieces
/// (secure clipboard, screen guard, settings). No business logic in QML.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool started READ started NOTIFY startedChanged)
    Q_PROPERTY(QQmlListProperty<AgencyTokens::AccountView> accounts READ accountList NOTIFY accountsChanged)
    /// The page on screen, kept across a change of shell (a rotation, a resized window).
    Q_PROPERTY(QString place READ place WRITE setPlace NOTIFY placeChanged)
    Q_PROPERTY(AgencyTokens::AccountView *current READ current NOTIFY currentChanged)
    /// The user asked to add an account (or there is none yet).
    Q_PROPERTY(bool adding READ adding NOTIFY addingChanged)
    /// The address a new sign-in starts from: --server, or the last one used. Never what a refused attempt typed.
    Q_PROPERTY(QString defaultServer READ defaultServer CONSTANT)
    Q_PROPERTY(QString defaultApiAddress READ defaultApiAddress CONSTANT)
    Q_PROPERTY(QString apiReferenceUrl READ apiReferenceUrl CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *signInState READ signInState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *addAccountState READ addAccountState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *removeState READ removeState CONSTANT)
    /// Opening the API reference: fails, with the address copied, when no browser opens.
    Q_PROPERTY(AgencyTokens::ActionState *openReferenceState READ openReferenceState CONSTANT)
    /// How long a revealed Auth Token stays on screen before it hides itself.
    Q_PROPERTY(int revealSeconds READ revealSeconds WRITE setRevealSeconds NOTIFY revealSecondsChanged)
    Q_PROPERTY(AgencyTokens::SecureClipboard *clipboard READ clipboard CONSTANT)
    /// The keychain waits for the user (an unlock prompt): what to tell them, empty otherwise.
    Q_PROPERTY(QString keychainWaiting READ keychainWaiting NOTIFY keychainWaitingChanged)
    Q_PROPERTY(AgencyTokens::ScreenGuard *screenGuard READ screenGuard CONSTANT)
public:
    enum Kind { ReadWrite = 0, ReadOnly = 1 };
    Q_ENUM(Kind)

    /// Set by main() before QML loads: --server and --api-reference.
    static void setStartupOptions(const QUrl &server, const QString &apiReferenceUrl);
    static AppController *create(QQmlEngine *, QJSEngine *);
    /// `store`: the keychain (a KeychainStore) unless a test passes a decorator around one.
    explicit AppController(QObject *parent = nullptr, SecretStore *store = nullptr);
    ~AppController() override;

    [[nodiscard]] bool started() const { return m_started; }
    [[nodiscard]] QList<AccountView *> accounts() const { return m_accounts; }
    [[nodiscard]] QQmlListProperty<AccountView> accountList();
    [[nodiscard]] QString place() const { return m_place; }
    void setPlace(const QString &place);
    [[nodiscard]] AccountView *current() const { return m_current; }
    [[nodiscard]] bool adding() const { return m_adding || m_accounts.isEmpty(); }
    [[nodiscard]] QString defaultServer() const { return m_defaultServer.toString(); }
    [[nodiscard]] QString defaultApiAddress() const;
    [[nodiscard]] QString apiReferenceUrl() const { return m_apiReferenceUrl; }
    [[nodiscard]] ActionState *signInState() const { return m_signIn; }
    [[nodiscard]] ActionState *addAccountState() const { return m_addAccount; }
    [[nodiscard]] ActionState *removeState() const { return m_remove; }
    [[nodiscard]] ActionState *openReferenceState() const { return m_openReference; }
    [[nodiscard]] int revealSeconds() const { return m_revealSeconds; }
    void setRevealSeconds(int seconds);
    [[nodiscard]] SecureClipboard *clipboard() const { return m_clipboard; }
    [[nodiscard]] QString keychainWaiting() const;
    [[nodiscard]] ScreenGuard *screenGuard() const { return m_screenGuard; }

    /// After the first frame: the account list, then the last account's keychain state. Does nothing twice.
    Q_INVOKABLE void start();
    /// Signs in to a platform that offers the management contract: into the
    /// shown account when its session ended, else as a new account.
    Q_INVOKABLE void signIn(const QString &server, const QString &username, const QString &password);
    /// A tokens-only account, kept only once its first token passes (or, offline, when asked to).
    Q_INVOKABLE void addTokensAccount(const QString &name, const QString &apiAddress, int kind,
                                      const QString &accountSid, const QString &authToken, bool withoutCheck = false);
    /// In the browser; when none opens, says so and puts the address on the clipboard.
    Q_INVOKABLE void openApiReference();
    Q_INVOKABLE void beginAdding();
    Q_INVOKABLE void cancelAdding();
    Q_INVOKABLE void switchTo(const QString &id);
    Q_INVOKABLE void renameAccount(const QString &id, const QString &name);
    /// Wipes the account's keychain entries (and ends its session), then forgets it.
    Q_INVOKABLE void removeAccount(const QString &id);

Q_SIGNALS:
    void startedChanged();
    void accountsChanged();
    void currentChanged();
    void addingChanged();
    void revealSecondsChanged();
    void placeChanged();
    void keychainWaitingChanged();

private:
    AccountView *createView(const AccountInfo &info);
    void adopt(AccountView *view);
    void setCurrent(AccountView *view);
    void setAdding(bool adding);
    [[nodiscard]] AccountView *find(const QString &id) const;

    SecretStore *m_store;
    RestClient *m_client;
    AccountList *m_list;
    SecureClipboard *m_clipboard;
    ScreenGuard *m_screenGuard;
    ActionState *m_signIn;
    ActionState *m_addAccount;
    ActionState *m_remove;
    ActionState *m_openReference;
    QList<AccountView *> m_accounts;
    AccountView *m_current = nullptr;
    AccountView *m_pending = nullptr; // an account being added, not yet kept
    QString m_apiReferenceUrl;
    QUrl m_defaultServer;
    int m_revealSeconds = TokenView::DefaultRevealSeconds;
    bool m_started = false;
    bool m_adding = false;
    QString m_place = QStringLiteral("home");
};

} // namespace AgencyTokens
