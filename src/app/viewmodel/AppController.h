// SPDX-License-Identifier: MIT
#pragma once

#include "TokenView.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace AgencyTokens {

class KeychainStore;
class PlatformApi;
class RestClient;
class ScreenGuard;
class SecureClipboard;
class TokenService;

/// The one view model the pages talk to: a thin layer over TokenService.
/// Every action answers with operationFinished(action, ok, message); the
/// state comes back through NOTIFY properties. No business logic in QML.
class AppController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Phase phase READ phase NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool online READ online NOTIFY changed)
    Q_PROPERTY(QString offlineReason READ offlineReason NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(QString username READ username NOTIFY changed)
    Q_PROPERTY(QString displayName READ displayName NOTIFY changed)
    Q_PROPERTY(QString roleName READ roleName NOTIFY changed)
    Q_PROPERTY(QString agencyName READ agencyName NOTIFY changed)
    Q_PROPERTY(bool canManage READ canManage NOTIFY changed)
    Q_PROPERTY(bool legacyTokensEnabled READ legacyTokensEnabled NOTIFY changed)
    Q_PROPERTY(bool canEnable READ canEnable NOTIFY changed)
    Q_PROPERTY(QString permissionNote READ permissionNote NOTIFY changed)
    Q_PROPERTY(QString actionsDisabledReason READ actionsDisabledReason NOTIFY changed)
    Q_PROPERTY(bool hasUnsavedTokens READ hasUnsavedTokens NOTIFY changed)
    Q_PROPERTY(QString apiReferenceUrl READ apiReferenceUrl CONSTANT)
    /// How long a revealed Auth Token stays on screen before it hides itself.
    Q_PROPERTY(int revealSeconds READ revealSeconds WRITE setRevealSeconds NOTIFY revealSecondsChanged)
    Q_PROPERTY(AgencyTokens::TokenView *readWrite READ readWrite CONSTANT)
    Q_PROPERTY(AgencyTokens::TokenView *readOnly READ readOnly CONSTANT)
    Q_PROPERTY(AgencyTokens::SecureClipboard *clipboard READ clipboard CONSTANT)
    Q_PROPERTY(AgencyTokens::ScreenGuard *screenGuard READ screenGuard CONSTANT)
public:
    enum Phase { Starting, SignedOut, SignedIn };
    Q_ENUM(Phase)
    enum Kind { ReadWrite = 0, ReadOnly = 1 };
    Q_ENUM(Kind)

    /// Set by main() before QML loads: --server and --api-reference.
    static void setStartupOptions(const QUrl &server, const QString &apiReferenceUrl);
    static AppController *create(QQmlEngine *, QJSEngine *);
    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    [[nodiscard]] Phase phase() const;
    [[nodiscard]] bool busy() const;
    [[nodiscard]] bool online() const;
    [[nodiscard]] QString offlineReason() const;
    [[nodiscard]] QString serverUrl() const;
    [[nodiscard]] QString username() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString roleName() const;
    [[nodiscard]] QString agencyName() const;
    [[nodiscard]] bool canManage() const;
    [[nodiscard]] bool legacyTokensEnabled() const;
    [[nodiscard]] bool canEnable() const;
    /// Why this user cannot see or change tokens; empty when they can.
    [[nodiscard]] QString permissionNote() const;
    /// Why server actions (enable, reset, upgrade, verify) are off; empty when on.
    [[nodiscard]] QString actionsDisabledReason() const;
    [[nodiscard]] bool hasUnsavedTokens() const;
    [[nodiscard]] QString apiReferenceUrl() const { return m_apiReferenceUrl; }
    static constexpr int DefaultRevealSeconds = 20;
    [[nodiscard]] int revealSeconds() const { return m_revealSeconds; }
    void setRevealSeconds(int seconds);
    [[nodiscard]] TokenView *readWrite() const { return m_readWrite; }
    [[nodiscard]] TokenView *readOnly() const { return m_readOnly; }
    [[nodiscard]] SecureClipboard *clipboard() const { return m_clipboard; }
    /// Pages tell it when a token page is open or a token revealed.
    [[nodiscard]] ScreenGuard *screenGuard() const { return m_screenGuard; }
    [[nodiscard]] TokenService *service() const { return m_service; }

    /// After the first frame: reads the keychain and refreshes. Does nothing twice.
    Q_INVOKABLE void start();
    Q_INVOKABLE void signIn(const QString &server, const QString &username, const QString &password);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void enableLegacyTokens();
    Q_INVOKABLE void resetToken(int kind);
    Q_INVOKABLE void retrySave();
    Q_INVOKABLE void upgrade(int kind, int version);
    /// Checks the token against CompanyInformation; version 0 means its own.
    Q_INVOKABLE void verify(int kind, int version = 0);
    Q_INVOKABLE AgencyTokens::TokenView *token(int kind) const;

    /// The clear Auth Token, for a view that the user asked to reveal. Empty if none.
    Q_INVOKABLE QString revealToken(int kind) const;
    /// Copies through the secure clipboard; the value never passes through QML.
    Q_INVOKABLE void copyToken(int kind);
    Q_INVOKABLE void copyAccountSid(int kind);
    Q_INVOKABLE void copyAsCurl(int kind);
    Q_INVOKABLE void copyAsEnvironment(int kind);

Q_SIGNALS:
    void changed();
    void busyChanged();
    void revealSecondsChanged();
    /// action: "start", "signIn", "signOut", "refresh", "enable", "reset", "retrySave", "upgrade".
    void operationFinished(const QString &action, bool ok, const QString &message);
    /// authorized: the token passes authorization now; apiVersion: the version the platform answered with.
    void verifyFinished(int kind, int requestedVersion, bool ok, bool authorized, const QString &companyName,
                        const QString &message);

private:
    void report(const QString &action, bool ok, const QString &message);
    static void rememberServer(const QUrl &server);

    KeychainStore *m_store;
    RestClient *m_client;
    PlatformApi *m_api;
    TokenService *m_service;
    SecureClipboard *m_clipboard;
    ScreenGuard *m_screenGuard;
    TokenView *m_readWrite;
    TokenView *m_readOnly;
    QString m_apiReferenceUrl;
    QUrl m_initialServer;
    int m_revealSeconds = DefaultRevealSeconds;
    bool m_started = false;
};

} // namespace AgencyTokens
