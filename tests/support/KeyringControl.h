// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace AgencyTokens::Testing {

/// Drives the real gnome-keyring of the test session over D-Bus to produce
/// the states a test needs: locked, unlocked, not answering.
class KeyringControl
{
public:
    /// The password scripts/lib/keyring-session.sh unlocks the keyring with.
    static constexpr const char *Password = "throwaway";

    /// Locks the default collection. Returns an error text, empty on success.
    [[nodiscard]] static QString lockDefault();
    /// Unlocks the default collection with Password, without a prompt.
    [[nodiscard]] static QString unlockDefault();
    /// Process id of the Secret Service provider on the session bus, 0 if none.
    [[nodiscard]] static qint64 servicePid();

    // The keyring read directly with secret-tool (libsecret), not through the
    // store: QtKeychain's libsecret schema keeps the service as "server" and
    // the key as "user".
    /// The keys of the app's entries that start with \a keyPrefix (all with an empty one).
    [[nodiscard]] static QStringList appEntries(const QString &keyPrefix = {});
    /// The value of the app's entry under \a key; empty when there is none.
    [[nodiscard]] static QString appValue(const QString &key);
};

/// The Secret Service provider stopped (SIGSTOP) from construction until
/// resume() or destruction: its D-Bus calls then wait, as they do behind an
/// unanswered unlock prompt or a keyring daemon that hangs.
class StoppedKeyring
{
public:
    StoppedKeyring();
    ~StoppedKeyring() { resume(); }
    StoppedKeyring(const StoppedKeyring &) = delete;
    StoppedKeyring &operator=(const StoppedKeyring &) = delete;
    /// True when there was a provider and it is stopped.
    [[nodiscard]] bool stopped() const { return m_pid > 0; }
    void resume();

private:
    qint64 m_pid = 0;
};

} // namespace AgencyTokens::Testing
