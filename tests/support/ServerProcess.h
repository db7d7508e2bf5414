// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace AgencyTokens::Testing {

/// The real agency-tokens-server, run as a child process on a free loopback port.
class ServerProcess
{
public:
    /// PBKDF2 rounds for the servers tests start, unless they pass --hash-iterations.
    static constexpr int FastHashIterations = 1000;

    /// \a dataDir is the server's --data; empty: a QTemporaryDir owned by this object.
    explicit ServerProcess(const QString &dataDir = {});
    /// Stops the server if it still runs.
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Starts agency-tokens-server --host 127.0.0.1 --port 0 --data <dir> plus
    /// \a extraArgs (and --hash-iterations FastHashIterations unless given);
    /// waits (event loop, max 15 s) for the "listening on" line.
    [[nodiscard]] bool start(const QStringList &extraArgs = {QStringLiteral("--demo")});
    /// Terminates the server and waits for it to exit.
    void stop();
    /// http://127.0.0.1:PORT, valid after a successful start().
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] QString dataDir() const;
    /// Everything the server printed so far, stdout and stderr interleaved.
    [[nodiscard]] QByteArray output() const;
    /// Requests to the platform's API so far: lines of the access log on a /Agencies/ path.
    [[nodiscard]] int platformRequests() const;
    [[nodiscard]] bool isRunning() const;
    /// The server's PID while it runs, else 0.
    [[nodiscard]] qint64 processId() const;

private:
    void readOutput() const;

    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    mutable QByteArray m_output;
    QUrl m_url;
};

} // namespace AgencyTokens::Testing
