// SPDX-License-Identifier: MIT
// Windows 10 2004+: WDA_EXCLUDEFROMCAPTURE keeps the window out of screenshots,
// screen recording and screen sharing while a token is revealed. On older
// Windows it falls back to WDA_MONITOR (the window shows black in captures).
#include "SystemScreen.h"

#ifdef Q_OS_WIN
#include <QWindow>

#include <windows.h>

#ifndef WDA_EXCLUDEFROMCAPTURE
#define WDA_EXCLUDEFROMCAPTURE 0x00000011
#endif

namespace AgencyTokens::SystemScreen {

void setSecure(QWindow *, bool) {}

void setExcludedFromCapture(QWindow *window, bool excluded)
{
    if (!window)
        return;
    const auto hwnd = reinterpret_cast<HWND>(window->winId());
    if (!excluded) {
        SetWindowDisplayAffinity(hwnd, WDA_NONE);
        return;
    }
    if (!SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE))
        SetWindowDisplayAffinity(hwnd, WDA_MONITOR);
}

void installBackgroundCover(QWindow *) {}

} // namespace AgencyTokens::SystemScreen
#endif
