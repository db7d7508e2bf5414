// SPDX-License-Identifier: MIT
// Linux (X11, Wayland) and anything else without a capture-protection API:
// every hook is a no-op. docs/security.md says what that means.
#include "SystemScreen.h"

namespace AgencyTokens::SystemScreen {

void setSecure(QWindow *, bool) {}
void setExcludedFromCapture(QWindow *, bool) {}
void installBackgroundCover(QWindow *) {}

} // namespace AgencyTokens::SystemScreen
