// SPDX-License-Identifier: MIT
// Android: FLAG_SECURE on the activity's window while a token page is open:
// no screenshots, no screen recording, blank in the recents overview.
#include "SystemScreen.h"

#ifdef Q_OS_ANDROID
#include <QCoreApplication>
#include <QJniObject>

namespace AgencyTokens::SystemScreen {

namespace {
constexpr jint FlagSecure = 0x00002000; // WindowManager.LayoutParams.FLAG_SECURE
}

void setSecure(QWindow *, bool secure)
{
    // Window flags may only change on the Android UI thread.
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread([secure] {
        const QJniObject activity = QNativeInterface::QAndroidApplication::context();
        const QJniObject window = activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
        if (!window.isValid())
            return;
        if (secure)
            window.callMethod<void>("setFlags", "(II)V", FlagSecure, FlagSecure);
        else
            window.callMethod<void>("clearFlags", "(I)V", FlagSecure);
    });
}

void setExcludedFromCapture(QWindow *, bool) {}
void installBackgroundCover(QWindow *) {}

} // namespace AgencyTokens::SystemScreen
#endif
