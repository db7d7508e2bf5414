// SPDX-License-Identifier: MIT
#include "ScreenGuard.h"

#include "SystemScreen.h"

namespace AgencyTokens {

ScreenGuard::~ScreenGuard()
{
    if (m_window) {
        SystemScreen::setSecure(m_window, false);
        SystemScreen::setExcludedFromCapture(m_window, false);
    }
}

void ScreenGuard::setWindow(QWindow *window)
{
    if (m_window == window)
        return;
    m_window = window;
    if (m_window)
        SystemScreen::installBackgroundCover(m_window);
    apply();
    Q_EMIT windowChanged();
}

void ScreenGuard::setTokenPageOpen(bool open)
{
    if (m_tokenPageOpen == open)
        return;
    m_tokenPageOpen = open;
    apply();
    Q_EMIT protectionChanged();
}

void ScreenGuard::setTokenRevealed(bool revealed)
{
    if (m_tokenRevealed == revealed)
        return;
    m_tokenRevealed = revealed;
    apply();
    Q_EMIT protectionChanged();
}

void ScreenGuard::apply()
{
    if (!m_window)
        return;
    // Android: the whole token page, since recents would show it otherwise.
    SystemScreen::setSecure(m_window, m_tokenPageOpen || m_tokenRevealed);
    // Desktop: only while a clear token is on screen, so screen sharing keeps working otherwise.
    SystemScreen::setExcludedFromCapture(m_window, m_tokenRevealed);
}

} // namespace AgencyTokens
