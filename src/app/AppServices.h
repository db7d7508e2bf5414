// SPDX-License-Identifier: MIT
#pragma once

#include "clipboard/SecureClipboard.h"
#include "screen/ScreenGuard.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWindow>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace AgencyTokens {

class AppController;
class AppSettings;
class RestClient;
class SecretStore;

/// The composition root: the app-wide pieces, made once by main() (or a
/// test) before QML loads, and handed to what needs them. QML reaches the
/// secure clipboard, the screen guard and the keychain's wait through the
/// AppServices singleton; the accounts through AppController and the
/// settings through AppSettings, which it also owns.
///
/// What no first frame needs is made when first asked for: the secure
/// clipboard and the screen guard here, the network stack inside RestClient.
class AppServices : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(AgencyTokens::SecureClipboard *clipboard READ clipboard CONSTANT)
    Q_PROPERTY(AgencyTokens::ScreenGuard *screenGuard READ screenGuard CONSTANT)
    /// The app's window: handed to the screen guard when it is made (and at once if it already is).
    Q_PROPERTY(QWindow *window READ window WRITE setWindow NOTIFY windowChanged)
    /// The keychain waits for the user (an unlock prompt): what to tell them, empty otherwise.
    Q_PROPERTY(QString keychainWaiting READ keychainWaiting NOTIFY keychainWaitingChanged)
    /// No network request in flight and no keychain operation queued or running:
    /// whatever the last action started has finished. For tests and scripts/bench,
    /// which wait on this instead of a fixed delay.
    Q_PROPERTY(bool idle READ idle NOTIFY idleChanged)
public:
    struct Options
    {
        QUrl server;          ///< --server: where a new sign-in starts
        QString apiReference; ///< --api-reference
        SecretStore *store = nullptr; ///< the keychain (a KeychainStore) unless a test passes a decorator
    };

    /// Becomes instance() until destroyed; there is one at a time.
    explicit AppServices(const Options &options, QObject *parent = nullptr);
    ~AppServices() override;
    [[nodiscard]] static AppServices *instance();
    static AppServices *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] SecretStore *store() const { return m_store; }
    [[nodiscard]] RestClient *client() const { return m_client; }
    /// Made on the first call (a copy, or the clipboard bar showing).
    [[nodiscard]] SecureClipboard *clipboard() const;
    /// Made on the first call (a token page or a revealed token), with window().
    [[nodiscard]] ScreenGuard *screenGuard() const;
    [[nodiscard]] QWindow *window() const { return m_window; }
    void setWindow(QWindow *window);
    [[nodiscard]] AppSettings *settings() const { return m_settings; }
    [[nodiscard]] AppController *accounts() const { return m_accounts; }
    [[nodiscard]] QString keychainWaiting() const;
    [[nodiscard]] bool idle() const { return m_idle; }

    /// Runs the event loop until no keychain operation is queued or running and
    /// no request is in flight, or until \a deadline; true when it got there.
    /// main() calls it once the last window has closed: a token that the platform
    /// has just issued (a reset, a new access token) is otherwise lost with the
    /// keychain write still pending, the old value already dead.
    bool finishPending(QDeadlineTimer deadline);

Q_SIGNALS:
    void keychainWaitingChanged();
    void idleChanged();
    void windowChanged();

private:
    void updateIdle();

    bool m_idle = true;
    bool m_idleCheckPosted = false;
    SecretStore *m_store;
    RestClient *m_client;
    mutable SecureClipboard *m_clipboard = nullptr;
    mutable ScreenGuard *m_screenGuard = nullptr;
    QPointer<QWindow> m_window;
    AppSettings *m_settings;
    AppController *m_accounts;
};

} // namespace AgencyTokens
