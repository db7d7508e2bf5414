// SPDX-License-Identifier: MIT
// Test helper for tst_indexlock: another process of the app taking the
// keychain index lock. Usage: indexlock-holder <deadline ms>. Prints "held"
// once it holds the lock (or "timeout" and exits 1 when the deadline passed
// first), then holds it until a line or EOF arrives on stdin, gives it back,
// prints "released" and exits 0.
#include "keychain/IndexLock.h"

#include <QCoreApplication>

#include <cstdio>

using namespace AgencyTokens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    IndexLock lock;
    bool held = false;
    lock.acquire(QDeadlineTimer(std::atoi(argv[1])), [&held](bool ok) {
        held = ok;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    std::printf(held ? "held\n" : "timeout\n");
    std::fflush(stdout);
    if (!held)
        return 1;
    char line[16];
    (void)std::fgets(line, sizeof line, stdin);
    lock.release();
    std::printf("released\n");
    std::fflush(stdout);
    return 0;
}
