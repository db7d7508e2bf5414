// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace AgencyTokens {

/// What SecureClipboard needs from the operating system beyond QClipboard.
/// One implementation is compiled per operating system: the generic one in
/// this folder (Linux, Windows) and those in platforms/<os>/.
class SystemClipboard
{
public:
    SystemClipboard() = delete;

    /// Called by every SecureClipboard once QGuiApplication exists; registers
    /// what the system needs (macOS: the concealed-type converter). Idempotent.
    static void prepare();

    /// Puts text on the clipboard natively, where QClipboard cannot carry the
    /// system's flags (Android: sensitive; iOS: local-only and expiring).
    /// expireAfterSeconds 0 means no expiry. Returns false when it did not
    /// write: the caller then writes through QClipboard.
    [[nodiscard]] static bool writeSecret(const QString &label, const QString &text, int expireAfterSeconds);

    /// What the system can tell about the clipboard still holding the last
    /// writeSecret(), without reading its content: Android 12+ and iOS 16+
    /// tell the user when an app reads another app's clipboard data.
    enum class Ownership {
        Ours,        ///< still the item writeSecret() put there
        Foreign,     ///< replaced since (or cleared)
        Unreadable,  ///< the OS refuses to say (Android: the app has lost focus)
        CompareText, ///< no native way: compare the clipboard's text instead
    };
    [[nodiscard]] static Ownership ownership();
};

} // namespace AgencyTokens
