// SPDX-License-Identifier: MIT
#include "ServerProcess.h"

#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Testing {

namespace {
constexpr int StartTimeoutMs = 15000;
constexpr int StopTimeoutMs = 5000;
} // namespace

ServerProcess::ServerProcess(const QString &dataDir)
    : m_dataDir(dataDir)
{
    if (m_dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    }
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QStringList &extraArgs)
{
    stop();
    m_url.clear();
    m_process = std::make_unique<QProcess>();
    // One stream, in the order the server wrote it, for output().
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Logs must reach our pipe, never journald or syslog, so tests can read them.
    environment.insert(u"QT_FORCE_STDERR_LOGGING"_s, u"1"_s);
    m_process->setProcessEnvironment(environment);

    static const QRegularExpression listening(u"^listening on (http://\\S+)\\s*$"_s,
                                              QRegularExpression::MultilineOption);
    // Match only what this run prints: output() keeps earlier runs too.
    const qsizetype runStart = m_output.size();
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(m_process.get(), &QProcess::readyRead, &loop, [this, &loop, runStart] {
        readOutput();
        const auto match = listening.match(QString::fromUtf8(m_output.sliced(runStart)));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            loop.quit();
        }
    });
    QObject::connect(m_process.get(), &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(m_process.get(), &QProcess::errorOccurred, &loop, &QEventLoop::quit);

    QStringList arguments = QStringList{u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--data"_s, m_dataDir}
        + extraArgs;
    // The real cost (600,000 rounds) would make every sign-in of the suite
    // slow; tests that measure the cost pass --hash-iterations themselves.
    if (!extraArgs.contains(u"--hash-iterations"_s))
        arguments += {u"--hash-iterations"_s, QString::number(FastHashIterations)};
    m_process->start(QStringLiteral(AGENCYTOKENS_SERVER_BINARY), arguments);
    timeout.start(StartTimeoutMs);
    loop.exec();
    QObject::disconnect(m_process.get(), nullptr, &loop, nullptr);

    if (m_url.isValid() && isRunning())
        return true;
    readOutput();
    qWarning("ServerProcess: the server did not start. Output:\n%s", m_output.sliced(runStart).constData());
    stop();
    return false;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(StopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(StopTimeoutMs);
        }
    }
    readOutput();
    m_process.reset();
}

QUrl ServerProcess::url() const
{
    return m_url;
}

QString ServerProcess::dataDir() const
{
    return m_dataDir;
}

int ServerProcess::platformRequests() const
{
    int count = 0;
    for (const QByteArray &line : output().split('\n')) {
        if (line.contains(" /Agencies/"))
            ++count;
    }
    return count;
}

QByteArray ServerProcess::output() const
{
    readOutput();
    return m_output;
}

qint64 ServerProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void ServerProcess::readOutput() const
{
    if (m_process)
        m_output += m_process->readAll();
}

} // namespace AgencyTokens::Testing
