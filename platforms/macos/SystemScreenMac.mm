// SPDX-License-Identifier: MIT
// macOS: NSWindowSharingNone keeps the window out of screenshots and screen
// sharing (ScreenCaptureKit honours it from macOS 15 only partially; see
// docs/security.md) while a token is revealed.
#include "SystemScreen.h"

#if defined(Q_OS_MACOS)
#include <QWindow>

#import <AppKit/AppKit.h>

namespace AgencyTokens::SystemScreen {

void setSecure(QWindow *, bool) {}

void setExcludedFromCapture(QWindow *window, bool excluded)
{
    if (!window)
        return;
    NSView *view = reinterpret_cast<NSView *>(window->winId());
    NSWindow *nsWindow = view.window;
    if (nsWindow)
        nsWindow.sharingType = excluded ? NSWindowSharingNone : NSWindowSharingReadOnly;
}

void installBackgroundCover(QWindow *) {}

} // namespace AgencyTokens::SystemScreen
#endif
