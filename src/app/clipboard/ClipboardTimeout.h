// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>
#include <QString>
#include <QVariantList>

#include <array>

namespace AgencyTokens {

/// The clipboard timeouts the user can choose from, their labels, and where
/// the choice is kept (QSettings: it is not a secret).
class ClipboardTimeout
{
    Q_DECLARE_TR_FUNCTIONS(ClipboardTimeout)

public:
    ClipboardTimeout() = delete;

    /// The choice that turns automatic clearing off.
    static constexpr int Never = 0;
    static constexpr int Default = 30;
    /// Every choice in seconds, in the order the Settings UI lists them.
    static constexpr std::array<int, 5> Choices{10, 30, 60, 120, Never};
    /// QSettings key of the choice.
    static constexpr QLatin1StringView SettingsKey{"clipboard/clearAfterSeconds"};

    /// Whether seconds is one of Choices.
    [[nodiscard]] static bool isChoice(int seconds);
    /// "10 seconds", "1 minute", "Never"...
    [[nodiscard]] static QString label(int seconds);
    /// Choices as a list of {seconds: int, label: string} for QML.
    [[nodiscard]] static QVariantList choicesForUi();

    /// The stored choice; Default when none or not a choice (edited by hand).
    [[nodiscard]] static int load();
    /// Stores a choice; false (and a warning) when it could not be written.
    static bool save(int seconds);
};

} // namespace AgencyTokens
