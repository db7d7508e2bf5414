// SPDX-License-Identifier: MIT
#include "ClipboardPolicy.h"

#include <QtGlobal>

namespace AgencyTokens::ClipboardPolicy {

Rules rulesFor(System system)
{
    Rules rules;
    switch (system) {
    case System::Linux:
    case System::Windows:
    case System::MacOS:
        break; // clear after the timeout and on quit, never on losing focus
    case System::Android:
        // The clip is flagged sensitive; our timer clears it while the process
        // lives, in the background too, where Android will not say whose clip it
        // is. Clearing on the way to the background would defeat copy-then-paste.
        rules.clearUnreadableAtTimeout = true;
        break;
    case System::IOS:
        // UIPasteboard expires the local-only item itself, suspended or not;
        // clearing on quit would only take away what the user meant to paste.
        rules.clearOnQuit = false;
        rules.systemExpires = true;
        break;
    }
    return rules;
}

System current()
{
#if defined(Q_OS_ANDROID)
    return System::Android;
#elif defined(Q_OS_IOS)
    return System::IOS;
#elif defined(Q_OS_MACOS)
    return System::MacOS;
#elif defined(Q_OS_WIN)
    return System::Windows;
#else
    return System::Linux;
#endif
}

bool clearsOnBackground()
{
    return currentRules().clearOnBackground;
}

} // namespace AgencyTokens::ClipboardPolicy
