// SPDX-License-Identifier: MIT
// A fake platform that answers every request with a status line and then
// floods the header section: one huge header line ("line MEGABYTES") or very
// many short ones ("lines COUNT" with one name, "names COUNT" each with its
// own name), then a small JSON body. It runs as its own process so that the
// test's CPU time (getrusage) is the client's alone.
//
// Prints "port N" once listening on 127.0.0.1, then serves connections one
// after the other until killed. Plain POSIX: no Qt, nothing but the flood.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

bool sendAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n <= 0)
            return false; // the client gave up: that is what a good client does
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

bool sendAll(int fd, const char *text)
{
    return sendAll(fd, text, std::strlen(text));
}

void readRequest(int fd)
{
    std::string request;
    char buffer[4096];
    while (request.find("\r\n\r\n") == std::string::npos) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            return;
        request.append(buffer, std::size_t(n));
    }
}

void flood(int fd, const std::string &mode, long amount)
{
    if (!sendAll(fd, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"))
        return;
    std::string chunk;
    if (mode == "line") {
        if (!sendAll(fd, "X-Flood: "))
            return;
        chunk.assign(64 * 1024, 'a');
        for (long sent = 0; sent < amount * 1024 * 1024; sent += long(chunk.size())) {
            if (!sendAll(fd, chunk.data(), chunk.size()))
                return;
        }
        if (!sendAll(fd, "\r\n"))
            return;
    } else {
        char line[64];
        for (long i = 0; i < amount; ++i) {
            const int n = mode == "names" ? std::snprintf(line, sizeof line, "X-Flood-%ld: v\r\n", i)
                                          : std::snprintf(line, sizeof line, "X-Flood: %ld\r\n", i);
            chunk.append(line, std::size_t(n));
            if (chunk.size() >= 64 * 1024 || i + 1 == amount) {
                if (!sendAll(fd, chunk.data(), chunk.size()))
                    return;
                chunk.clear();
            }
        }
    }
    sendAll(fd, "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s line MEGABYTES | lines COUNT | names COUNT\n", argv[0]);
        return 2;
    }
    const std::string mode = argv[1];
    const long amount = std::strtol(argv[2], nullptr, 10);
    ::signal(SIGPIPE, SIG_IGN);

    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener, 8) != 0 || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        std::perror("listen");
        return 1;
    }
    std::printf("port %d\n", ntohs(address.sin_port));
    std::fflush(stdout);
    for (;;) {
        const int fd = ::accept(listener, nullptr, nullptr);
        if (fd < 0)
            continue;
        readRequest(fd);
        flood(fd, mode, amount);
        ::close(fd);
    }
}
