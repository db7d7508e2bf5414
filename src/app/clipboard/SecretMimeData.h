// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1StringView>
#include <QString>

class QMimeData;

namespace AgencyTokens {

/// Builds the clipboard data for a secret: the text plus the hints that keep
/// clipboard managers and cloud clipboards from storing or showing it.
class SecretMimeData
{
public:
    /// Which system's hints to add. Chosen at compile time in the app; tests
    /// pick one to check every system's data here.
    enum class Flavor { Generic, Windows, MacOS };

    SecretMimeData() = delete;

    /// KDE Klipper, GNOME/wl-clipboard tools and KeePassXC-aware managers skip
    /// data with this format set to "secret".
    static constexpr QLatin1StringView KdePasswordManagerHint{"x-kde-passwordManagerHint"};
    /// nspasteboard.org convention; reaches macOS as org.nspasteboard.ConcealedType
    /// only through platforms/macos/ConcealedTypeConverter (Qt 6.5+).
    static constexpr QLatin1StringView MacConcealedType{"application/x-nspasteboard-concealed-type"};
    /// Windows registered clipboard formats, in the naming Qt's Windows
    /// plugin turns into a format of that exact name with the bytes as given.
    static constexpr QLatin1StringView WindowsExcludeFromMonitors{
        R"(application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing")"};
    static constexpr QLatin1StringView WindowsCanIncludeInHistory{
        R"(application/x-qt-windows-mime;value="CanIncludeInClipboardHistory")"};
    static constexpr QLatin1StringView WindowsCanUploadToCloud{
        R"(application/x-qt-windows-mime;value="CanUploadToCloudClipboard")"};

    /// The flavor of the system this is built for.
    [[nodiscard]] static Flavor currentFlavor();

    /// New mime data holding text as text/plain and the hints of flavor.
    /// The caller owns it (QClipboard::setMimeData takes it). When it is
    /// deleted, the text's characters are overwritten where it was their
    /// last owner (Secret::overwrite).
    [[nodiscard]] static QMimeData *create(const QString &text, Flavor flavor = currentFlavor());
};

} // namespace AgencyTokens
