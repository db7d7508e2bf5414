// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace AgencyTokens::Cli {

/// Runs one command and waits for it, as a thin parent: the command gets the
/// given variables in its environment only (never in any argument list),
/// optional bytes on its standard input, and every signal sent to this
/// process with kill(). Terminal-generated signals reach it through its
/// process group, so they are not sent twice.
class ChildProcess
{
public:
    using Variables = QList<std::pair<QByteArray, QByteArray>>;

    /// The command's exit status, 128 + signal when a signal ended it, or
    /// nothing (with `error` set) when it could not be started.
    [[nodiscard]] static std::optional<int> run(const QStringList &command, const Variables &variables,
                                                const std::optional<QByteArray> &input, QString *error);
};

} // namespace AgencyTokens::Cli
