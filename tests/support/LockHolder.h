// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QString>

namespace AgencyTokens::Testing {

/// Another process of the app holding the keychain index lock: the test
/// program indexlock-holder (tests/core/keychain), whose path the test gets
/// from AT_INDEXLOCK_HOLDER. It prints "held" once it holds the lock, keeps it
/// until release(), then prints "released" and ends.
class LockHolder
{
public:
    static constexpr int Cap = 10000;

    explicit LockHolder(QString program)
        : m_program(std::move(program))
    {
    }
    ~LockHolder()
    {
        if (m_process.state() != QProcess::NotRunning) {
            release();
            if (!m_process.waitForFinished(Cap))
                m_process.kill();
        }
    }

    /// Starts it; it gives up on the lock after \a deadlineMs.
    bool start(int deadlineMs)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(m_program, {QString::number(deadlineMs)});
        return m_process.waitForStarted(Cap);
    }
    /// Starts it and waits until it holds the lock.
    bool startHeld() { return start(Cap) && nextLine() == "held"; }
    /// The next line it prints, empty when none came within \a timeoutMs.
    QByteArray nextLine(int timeoutMs = Cap)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!m_process.canReadLine() && m_process.waitForReadyRead(int(deadline.remainingTime()))) { }
        return m_process.readLine().trimmed();
    }
    /// Tells it to give the lock back.
    void release()
    {
        m_process.write("\n");
        m_process.waitForBytesWritten(Cap);
    }
    /// Waits for its end; true when it ended by itself with status 0.
    bool finished()
    {
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(Cap))
            return false;
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    /// How a person sees it named while it holds the lock (IndexLock::holder()).
    [[nodiscard]] QString named() const
    {
        return QStringLiteral("indexlock-holder (process %1)").arg(m_process.processId());
    }
    QProcess &process() { return m_process; }

private:
    QString m_program;
    QProcess m_process;
};

} // namespace AgencyTokens::Testing
