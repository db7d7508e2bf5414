// SPDX-License-Identifier: MIT
#pragma once

// Real agency-tokens-cli processes started together, for the concurrency tests
// (which define AGENCYTOKENS_CLI_BINARY).
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <memory>

namespace AgencyTokens::Testing {

// Started, but waiting on its standard input until release(): a CLI reads the
// token before it changes anything, so the processes of a round go together.
inline std::unique_ptr<QProcess> startCli(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->start(QStringLiteral(AGENCYTOKENS_CLI_BINARY), args);
    p->waitForStarted(10000);
    return p;
}

// True once the process sits in read(0, …): waiting for its standard input.
inline bool readingStdin(const QProcess &p)
{
    QFile f(QStringLiteral("/proc/%1/syscall").arg(p.processId()));
    return f.open(QIODevice::ReadOnly) && f.readAll().startsWith("0 0x0 ");
}

inline void release(QProcess &p, const QByteArray &input = {})
{
    p.write(input);
    p.closeWriteChannel();
}

} // namespace AgencyTokens::Testing
