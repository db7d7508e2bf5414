// SPDX-License-Identifier: MIT
#include "ClipboardPolicy.h"

#include <QtGlobal>

namespace AgencyTokens::ClipboardPolicy {

Rules rulesFor(Platform platform)
{
    Rules rules;
    switch (platform) {
    case Platform::Linux:
    case Platform::Windows:
    case Platform::MacOS:
        break; // clear after the timeout and on quit, never on losing focus
    case Platform::Android:
        // The clip is flagged sensitive; our timer clears it while the process
        // lives, in the background too, where Android will not say whose clip it
        // is. Clearing on the way to the background would defeat copy-then-paste.
        rules.clearUnreadableAtTimeout = true;
        break;
    case Platform::IOS:
        // UIPasteboard expires the local-only item itself, suspended or not;
        // clearing on quit would only take away what the user meant to paste.
        rules.clearOnQuit = false;
        rules.platformExpires = true;
        break;
    }
    return rules;
}

Platform current()
{
#if defined(Q_OS_ANDROID)
    return Platform::Android;
#elif defined(Q_OS_IOS)
    return Platform::IOS;
#elif defined(Q_OS_MACOS)
    return Platform::MacOS;
#elif defined(Q_OS_WIN)
    return Platform::Windows;
#else
    return Platform::Linux;
#endif
}

bool clearsOnBackground()
{
    return currentRules().clearOnBackground;
}

} // namespace AgencyTokens::ClipboardPolicy
