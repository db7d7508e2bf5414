// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

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
};

} // namespace AgencyTokens::Testing
