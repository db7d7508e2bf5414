// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace AgencyTokens::Cli {

/// Standard input, output and error as the tool needs them: whether they are
/// a terminal, a secret read without echo, and exact writes.
class Terminal
{
public:
    [[nodiscard]] static bool stdinIsTerminal();
    [[nodiscard]] static bool stdoutIsTerminal();
    [[nodiscard]] static bool stderrIsTerminal();
    /// One secret from standard input: on a terminal a line typed without
    /// echo after `prompt` (on stderr); otherwise everything up to EOF (at
    /// most a few kilobytes), surrounding white space removed. Nothing on
    /// error or when the input is larger than any token.
    [[nodiscard]] static std::optional<QString> readSecret(const QString &prompt);
    /// Writes exactly these bytes to standard output; false if it could not.
    static bool writeOut(const QByteArray &bytes);
    /// Writes all of \a bytes to the file descriptor \a fd, again after an
    /// interrupted or partial write; false if it could not.
    static bool writeAll(int fd, const QByteArray &bytes);
    /// \a text with every control character but line feed and tab (C0, DEL, C1:
    /// ESC and CSI sequences, OSC, carriage return) replaced by U+FFFD, so that
    /// what a platform sends (a company name, an error message) cannot drive the terminal.
    [[nodiscard]] static QString printable(const QString &text);
    /// printable(text) on standard output.
    static void printOut(const QString &text);
    /// printable(text) on standard error, with a line end.
    static void printError(const QString &text);
};

} // namespace AgencyTokens::Cli
