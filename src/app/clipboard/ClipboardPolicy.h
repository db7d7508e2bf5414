// SPDX-License-Identifier: MIT
#pragma once

namespace AgencyTokens::ClipboardPolicy {

/// The operating systems whose clipboards behave differently enough to matter.
enum class System { Linux, Windows, MacOS, Android, IOS };

/// When SecureClipboard clears a copied secret on a system.
struct Rules
{
    /// Clear when the app goes to the background. Never on phones: copying
    /// a token to paste it in another app is what the copy is for there.
    bool clearOnBackground = false;
    /// Clear when the app quits (and when SecureClipboard is destroyed), if
    /// the clipboard still holds our copy: on desktops, and on Android where
    /// the timer that would clear it dies with the process.
    bool clearOnQuit = true;
    /// The OS itself removes the item when the timeout ends, even while the
    /// app is suspended or gone (iOS: UIPasteboard expiration date).
    bool systemExpires = false;
    /// The clear after the timeout runs in the app's own process (a timer):
    /// it happens while the process lives (on Android also in the background).
    bool clearInProcess = true;
    /// At the timeout, when the OS will not say whose data the clipboard holds
    /// (Android without focus), clear it anyway: the token leaving the
    /// clipboard on time matters more than a word the user may have copied
    /// meanwhile in a split-screen app. Elsewhere the clipboard is left alone then.
    bool clearUnreadableAtTimeout = false;
};

/// The rules of \a system.
[[nodiscard]] Rules rulesFor(System system);
/// The system this build is for.
[[nodiscard]] System current();
/// Whether this build clears a copied secret when the app goes to the background.
[[nodiscard]] bool clearsOnBackground();
/// The rules of this build.
[[nodiscard]] inline Rules currentRules() { return rulesFor(current()); }

} // namespace AgencyTokens::ClipboardPolicy
