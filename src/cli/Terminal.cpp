// SPDX-License-Identifier: MIT
#include "Terminal.h"

#include <QtGlobal>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace AgencyTokens::Cli {

namespace {
constexpr qsizetype MaxSecretBytes = 4096;

#ifndef Q_OS_WIN
struct termios g_saved;
volatile sig_atomic_t g_echoOff = 0;

// Ctrl-C at the prompt must not leave the terminal without echo.
void restoreAndDie(int signal)
{
    if (g_echoOff)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_saved);
    ::signal(signal, SIG_DFL);
    ::raise(signal);
}
#endif

int writeFd(int fd, const char *data, qsizetype size)
{
#ifdef Q_OS_WIN
    return _write(fd, data, unsigned(size));
#else
    return int(::write(fd, data, size_t(size)));
#endif
}

bool isTerminal(int fd)
{
#ifdef Q_OS_WIN
    return _isatty(fd) != 0;
#else
    return ::isatty(fd) == 1;
#endif
}
} // namespace

bool Terminal::stdinIsTerminal() { return isTerminal(0); }
bool Terminal::stdoutIsTerminal() { return isTerminal(1); }
bool Terminal::stderrIsTerminal() { return isTerminal(2); }

bool Terminal::writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const int n = writeFd(fd, bytes.constData() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool Terminal::writeOut(const QByteArray &bytes)
{
    return writeAll(1, bytes);
}

QString Terminal::printable(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f))
            c = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

void Terminal::printOut(const QString &text)
{
    writeAll(1, printable(text).toLocal8Bit());
}

void Terminal::printError(const QString &text)
{
    writeAll(2, printable(text.endsWith(u'\n') ? text : text + u'\n').toLocal8Bit());
}

std::optional<QString> Terminal::readSecret(const QString &prompt)
{
    QByteArray bytes;
    const bool terminal = stdinIsTerminal();
#ifndef Q_OS_WIN
    struct sigaction before[2];
    bool handlers = false;
    if (terminal) {
        writeAll(2, prompt.toLocal8Bit());
        if (::tcgetattr(STDIN_FILENO, &g_saved) == 0) {
            struct sigaction restore {};
            restore.sa_handler = restoreAndDie;
            sigemptyset(&restore.sa_mask);
            sigaction(SIGINT, &restore, &before[0]);
            sigaction(SIGTERM, &restore, &before[1]);
            handlers = true;
            struct termios quiet = g_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            g_echoOff = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
#else
    HANDLE console = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool consoleMode = terminal && GetConsoleMode(console, &mode);
    if (terminal)
        writeAll(2, prompt.toLocal8Bit());
    if (consoleMode)
        SetConsoleMode(console, mode & ~DWORD(ENABLE_ECHO_INPUT));
#endif
    bool tooLarge = false;
    char buffer[512];
    for (;;) {
#ifdef Q_OS_WIN
        const int n = _read(0, buffer, sizeof buffer);
#else
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
#endif
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        bytes.append(buffer, qsizetype(n));
        if (bytes.size() > MaxSecretBytes) {
            tooLarge = true;
            break;
        }
        if (terminal && bytes.contains('\n'))
            break;
    }
#ifndef Q_OS_WIN
    if (g_echoOff) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
        g_echoOff = 0;
    }
    if (handlers) {
        sigaction(SIGINT, &before[0], nullptr);
        sigaction(SIGTERM, &before[1], nullptr);
    }
#else
    if (consoleMode) {
        SetConsoleMode(console, mode);
        writeAll(2, "\n");
    }
#endif
    const QString text = QString::fromLocal8Bit(bytes).trimmed();
    std::memset(bytes.data(), 0, size_t(bytes.size()));
    if (tooLarge)
        return std::nullopt;
    return text;
}

} // namespace AgencyTokens::Cli
