// SPDX-License-Identifier: MIT
#include "ChildProcess.h"

#include "Terminal.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <QProcess>
#include <QProcessEnvironment>
#else
#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;
#endif

using namespace Qt::StringLiterals;

namespace AgencyTokens::Cli {

#ifdef Q_OS_WIN

// No fork on Windows: QProcess, with the variables in the child's environment only.
std::optional<int> ChildProcess::run(const QStringList &command, const Variables &variables,
                                     const std::optional<QByteArray> &input, QString *error)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : variables)
        environment.insert(QString::fromLocal8Bit(name), QString::fromLocal8Bit(value));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    if (!input)
        process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(command.constFirst(), command.mid(1));
    if (!process.waitForStarted(-1)) {
        *error = process.errorString();
        return std::nullopt;
    }
    if (input) {
        process.write(*input);
        process.closeWriteChannel();
    }
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 128 + 15;
}

#else

namespace {
constexpr std::array Forwarded{SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGWINCH};

volatile sig_atomic_t g_child = 0;
volatile sig_atomic_t g_pending = 0;

void forward(int signal, siginfo_t *info, void *)
{
    // SI_KERNEL: from the terminal (Ctrl-C, hang-up, resize), which already
    // sent it to the whole foreground process group, the child included.
    if (info && info->si_code == SI_KERNEL)
        return;
    const pid_t child = g_child;
    if (child > 0)
        ::kill(child, signal);
    else
        g_pending = signal;
}
} // namespace

std::optional<int> ChildProcess::run(const QStringList &command, const Variables &variables,
                                     const std::optional<QByteArray> &input, QString *error)
{
    // Everything the child needs is built before fork: after it, only
    // async-signal-safe calls (the parent has threads: D-Bus, network).
    std::vector<QByteArray> argStore;
    std::vector<char *> argv;
    for (const QString &arg : command)
        argStore.push_back(arg.toLocal8Bit());
    for (QByteArray &arg : argStore)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> envStore;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        const bool replaced = std::any_of(variables.cbegin(), variables.cend(), [&entry](const auto &v) {
            return entry.startsWith(v.first + '=');
        });
        if (!replaced)
            envStore.push_back(entry);
    }
    for (const auto &[name, value] : variables)
        envStore.push_back(name + '=' + value);
    std::vector<char *> envp;
    for (QByteArray &entry : envStore)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    const auto wipeEnvironment = [&envStore] {
        for (QByteArray &entry : envStore)
            std::memset(entry.data(), 0, size_t(entry.size()));
    };

    int status = -1;
    int report[2];  // the child's errno when exec fails; closed on exec
    int stdinPipe[2] = {-1, -1};
    if (::pipe2(report, O_CLOEXEC) != 0 || (input && ::pipe2(stdinPipe, O_CLOEXEC) != 0)) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        wipeEnvironment();
        return std::nullopt;
    }

    sigset_t forwarded;
    sigset_t previousMask;
    sigemptyset(&forwarded);
    for (int s : Forwarded)
        sigaddset(&forwarded, s);
    pthread_sigmask(SIG_BLOCK, &forwarded, &previousMask);
    std::array<struct sigaction, Forwarded.size()> previous{};
    struct sigaction action {};
    action.sa_sigaction = forward;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < Forwarded.size(); ++i)
        sigaction(Forwarded[i], &action, &previous[i]);
    g_pending = 0;

    const pid_t pid = ::fork();
    if (pid == 0) {
        struct sigaction defaults {};
        defaults.sa_handler = SIG_DFL;
        sigemptyset(&defaults.sa_mask);
        for (int s : Forwarded)
            sigaction(s, &defaults, nullptr);
        if (input) {
            ::dup2(stdinPipe[0], STDIN_FILENO); // dup2 clears O_CLOEXEC on the copy
        }
        pthread_sigmask(SIG_SETMASK, &previousMask, nullptr);
#ifdef __GLIBC__
        ::execvpe(argv[0], argv.data(), envp.data());
#else
        environ = envp.data();
        ::execvp(argv[0], argv.data());
#endif
        const int failure = errno;
        [[maybe_unused]] const ssize_t n = ::write(report[1], &failure, sizeof failure);
        ::_exit(127);
    }
    const int forkError = errno;
    wipeEnvironment();
    ::close(report[1]);
    if (input)
        ::close(stdinPipe[0]);

    if (pid > 0) {
        g_child = pid;
        pthread_sigmask(SIG_SETMASK, &previousMask, nullptr);
        if (g_pending) // arrived in another thread before the child existed
            ::kill(pid, g_pending);
        if (input) {
            struct sigaction ignore {};
            struct sigaction pipeBefore {};
            ignore.sa_handler = SIG_IGN;
            sigemptyset(&ignore.sa_mask);
            sigaction(SIGPIPE, &ignore, &pipeBefore);
            Terminal::writeAll(stdinPipe[1], *input); // a command that stops reading early is its own business
            ::close(stdinPipe[1]);
            sigaction(SIGPIPE, &pipeBefore, nullptr);
        }
        int execError = 0;
        ssize_t n;
        do {
            n = ::read(report[0], &execError, sizeof execError);
        } while (n < 0 && errno == EINTR);
        int raw = 0;
        while (::waitpid(pid, &raw, 0) < 0 && errno == EINTR) { }
        if (n == sizeof execError) {
            *error = u"cannot run \"%1\": %2"_s.arg(command.constFirst(), QString::fromLocal8Bit(std::strerror(execError)));
        } else if (WIFEXITED(raw)) {
            status = WEXITSTATUS(raw);
        } else if (WIFSIGNALED(raw)) {
            status = 128 + WTERMSIG(raw);
        }
    } else {
        pthread_sigmask(SIG_SETMASK, &previousMask, nullptr);
        *error = QString::fromLocal8Bit(std::strerror(forkError));
        if (input)
            ::close(stdinPipe[1]);
    }
    ::close(report[0]);
    g_child = 0;
    for (std::size_t i = 0; i < Forwarded.size(); ++i)
        sigaction(Forwarded[i], &previous[i], nullptr);
    if (status < 0)
        return std::nullopt;
    return status;
}

#endif

} // namespace AgencyTokens::Cli
