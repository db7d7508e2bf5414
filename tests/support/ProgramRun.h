// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace AgencyTokens::Testing {

/// How a program run to its end ended and what it printed.
struct ProgramRun
{
    int code = -1; ///< exit status; -1 when it did not start, crashed or did not end in time
    QByteArray out;
    QByteArray err;
};

/// Runs \a program with \a input on its standard input (then closed) and
/// waits for its end; one still running after \a timeoutMs is killed.
[[nodiscard]] ProgramRun runProgram(const QString &program, const QStringList &arguments,
                                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                                    const QByteArray &input = {}, int timeoutMs = 30000);

} // namespace AgencyTokens::Testing
