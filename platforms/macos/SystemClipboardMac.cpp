// SPDX-License-Identifier: MIT
// macOS: QClipboard writes the item (see SecretMimeData); this file only makes
// Qt publish the concealed-type hint under its real pasteboard type.
#include "clipboard/SystemClipboard.h"

#include "ConcealedTypeConverter.h"

namespace AgencyTokens {

void SystemClipboard::prepare()
{
#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Once per process. Registered by its constructor; Qt owns heap-allocated
    // converters and deletes them when QGuiApplication shuts down.
    static const bool registered = [] {
        new ConcealedTypeConverter;
        return true;
    }();
    Q_UNUSED(registered)
#endif
    // Qt 6.4 has no public converter API: the hint then reaches the pasteboard
    // only as com.trolltech.anymime.application--x-nspasteboard-concealed-type
    // (platforms/macos/CMakeLists.txt warns at configure time).
}

bool SystemClipboard::writeSecret(const QString &, const QString &, int)
{
    return false;
}

SystemClipboard::Ownership SystemClipboard::ownership()
{
    return Ownership::CompareText; // reading the pasteboard back has no side effects (yet, see README.md)
}

} // namespace AgencyTokens
