// SPDX-License-Identifier: MIT
// iOS: SecureClipboard's system hooks. The item is written here rather than
// through QClipboard because only UIPasteboard's setItems:options: can keep it
// off Universal Clipboard and let iOS expire it. Compiled in iOS
// builds only; UIKit is linked by Qt's iOS QPA plugin already.
#include "clipboard/SystemClipboard.h"

#include <QtGlobal>

#ifdef Q_OS_IOS

#import <UIKit/UIKit.h>

namespace AgencyTokens {

namespace {
// changeCount right after our write; -1 before any. UIPasteboard raises it
// on every change, so equality means nobody replaced our item.
NSInteger s_changeCount = -1;
} // namespace

void SystemClipboard::prepare()
{
}

bool SystemClipboard::writeSecret(const QString &label, const QString &text, int expireAfterSeconds)
{
    Q_UNUSED(label)
    @autoreleasepool {
        UIPasteboard *pasteboard = UIPasteboard.generalPasteboard;
        NSMutableDictionary<UIPasteboardOption, id> *options = [NSMutableDictionary dictionary];
        // Not to the user's other devices through Handoff.
        options[UIPasteboardOptionLocalOnly] = @YES;
        // iOS removes the item itself: our timer does not run while the app
        // is suspended, and the user may well paste in another app meanwhile.
        if (expireAfterSeconds > 0)
            options[UIPasteboardOptionExpirationDate] = [NSDate dateWithTimeIntervalSinceNow:expireAfterSeconds];
        NSDictionary<NSString *, id> *item = @{ @"public.utf8-plain-text" : text.toNSString() };
        [pasteboard setItems:@[ item ] options:options];
        s_changeCount = pasteboard.changeCount;
    }
    return true;
}

SystemClipboard::Ownership SystemClipboard::ownership()
{
    if (s_changeCount < 0)
        return Ownership::CompareText;
    // The count, not the content: reading another app's data makes iOS 16+
    // ask the user "Allow Paste?".
    return UIPasteboard.generalPasteboard.changeCount == s_changeCount ? Ownership::Ours : Ownership::Foreign;
}

} // namespace AgencyTokens

#endif // Q_OS_IOS
