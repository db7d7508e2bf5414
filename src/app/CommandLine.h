// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace AgencyTokens {

/// What the command line asks for. Parsed before any GUI exists, so that
/// --help and --version work without a display.
struct CommandLine
{
    QUrl server;          ///< --server URL: prefills the sign-in page
    QString apiReference; ///< --api-reference URL: the "API reference" link
    std::optional<int> exitCode; ///< set when the program should stop at once (help, version, error)

    [[nodiscard]] static CommandLine parse(int argc, char *argv[]);
    /// Whether a GUI can start here; when not, prints how to run it and returns false.
    [[nodiscard]] static bool checkDisplay();
};

} // namespace AgencyTokens
