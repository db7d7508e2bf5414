// SPDX-License-Identifier: MIT
// iOS: a cover view over the window while the app is inactive or in the
// background, so the app switcher's snapshot never shows a token.
#include "SystemScreen.h"

#if defined(Q_OS_IOS)
#include <QWindow>

#import <UIKit/UIKit.h>

namespace AgencyTokens::SystemScreen {

namespace {
constexpr NSInteger CoverTag = 0x41544B; // "ATK"
bool g_installed = false;

UIWindow *keyWindow()
{
    for (UIScene *scene in UIApplication.sharedApplication.connectedScenes) {
        if (![scene isKindOfClass:UIWindowScene.class])
            continue;
        for (UIWindow *window in static_cast<UIWindowScene *>(scene).windows) {
            if (window.isKeyWindow)
                return window;
        }
    }
    return nil;
}
} // namespace

void setSecure(QWindow *, bool) {}
void setExcludedFromCapture(QWindow *, bool) {}

void installBackgroundCover(QWindow *)
{
    if (g_installed)
        return;
    g_installed = true;
    NSNotificationCenter *center = NSNotificationCenter.defaultCenter;
    [center addObserverForName:UIApplicationWillResignActiveNotification object:nil queue:NSOperationQueue.mainQueue
                    usingBlock:^(NSNotification *) {
                        UIWindow *window = keyWindow();
                        if (!window || [window viewWithTag:CoverTag])
                            return;
                        UIView *cover = [[UIView alloc] initWithFrame:window.bounds];
                        cover.tag = CoverTag;
                        cover.backgroundColor = UIColor.systemBackgroundColor;
                        cover.autoresizingMask = UIViewAutoresizingFlexibleWidth | UIViewAutoresizingFlexibleHeight;
                        [window addSubview:cover];
                    }];
    [center addObserverForName:UIApplicationDidBecomeActiveNotification object:nil queue:NSOperationQueue.mainQueue
                    usingBlock:^(NSNotification *) {
                        [[keyWindow() viewWithTag:CoverTag] removeFromSuperview];
                    }];
}


} // namespace AgencyTokens::SystemScreen
#endif
