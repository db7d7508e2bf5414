// SPDX-License-Identifier: MIT
#include "SecretMimeData.h"

#include "credentials/Secret.h"

#include <QByteArray>
#include <QMimeData>

namespace AgencyTokens {

namespace {

/// The clipboard deletes its data when it is cleared or another copy
/// replaces it: the secret's characters are overwritten then, where this
/// data holds the last reference to them (a copy still shared, e.g. with the
/// Secret it came from, is left to that owner, which wipes it in turn).
class WipingMimeData : public QMimeData
{
public:
    ~WipingMimeData() override
    {
        QString text = this->text(); // shares the stored buffer
        removeFormat(QStringLiteral("text/plain"));
        Secret::overwrite(text);
    }
};

// A Windows DWORD as the clipboard expects it: 4 bytes, little-endian.
QByteArray dword(quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((value >> (8 * i)) & 0xff);
    return bytes;
}

} // namespace

SecretMimeData::Flavor SecretMimeData::currentFlavor()
{
#if defined(Q_OS_WIN)
    return Flavor::Windows;
#elif defined(Q_OS_MACOS)
    return Flavor::MacOS;
#else
    return Flavor::Generic;
#endif
}

QMimeData *SecretMimeData::create(const QString &text, Flavor flavor)
{
    auto *mime = new WipingMimeData;
    mime->setText(text);
    // Harmless where nobody reads it (Windows and macOS get it as a private
    // format), and on Linux it is the only hint there is.
    mime->setData(KdePasswordManagerHint, QByteArrayLiteral("secret"));

    switch (flavor) {
    case Flavor::Windows:
        // Clipboard history (Win+V), cloud clipboard and monitors that honour
        // it skip the whole item. The data of the first format does not matter.
        mime->setData(WindowsExcludeFromMonitors, dword(1));
        mime->setData(WindowsCanIncludeInHistory, dword(0));
        mime->setData(WindowsCanUploadToCloud, dword(0));
        break;
    case Flavor::MacOS:
        // The marker's data is ignored by readers; never put the secret here
        // (some apps do), it would be one more copy of it.
        mime->setData(MacConcealedType, QByteArrayLiteral("secret"));
        break;
    case Flavor::Generic:
        break;
    }
    return mime;
}

} // namespace AgencyTokens
