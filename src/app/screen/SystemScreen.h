// SPDX-License-Identifier: MIT
#pragma once

class QWindow;

namespace AgencyTokens::SystemScreen {

// Implemented once per operating system: platforms/<os>/SystemScreen*.{cpp,mm},
// or SystemScreenGeneric.cpp where the system offers nothing (X11, Wayland).

/// Android: FLAG_SECURE (no screenshots, blank in recents).
void setSecure(QWindow *window, bool secure);
/// Windows: WDA_EXCLUDEFROMCAPTURE; macOS: NSWindowSharingNone.
void setExcludedFromCapture(QWindow *window, bool excluded);
/// iOS: a cover over the window while the app is in the background. Idempotent.
void installBackgroundCover(QWindow *window);

} // namespace AgencyTokens::SystemScreen
