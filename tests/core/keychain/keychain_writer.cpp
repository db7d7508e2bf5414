// SPDX-License-Identifier: MIT
// Test helper: another process of the app writing into the keychain, as the
// CLI will. Usage: keychain-writer <key prefix> <count>. Prints "ready", waits
// for a line on stdin (so that two of them start writing at the same moment),
// then writes <count> keys one after the other; exits 0 when all were written.
#include "keychain/KeychainStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const QString prefix = args.at(1);
    const int count = args.at(2).toInt();

    KeychainStore store;
    std::printf("ready\n");
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return 2;

    int next = 0;
    std::function<void()> writeNext = [&] {
        if (next == count) {
            QCoreApplication::exit(0);
            return;
        }
        const QString key = prefix + QString::number(next++);
        store.write(key, Secret::fromClearValue(u"value-of-"_s + key), &app, [&](const SecretStore::Result &result) {
            if (!result.ok()) {
                std::fprintf(stderr, "write failed: %s\n", qPrintable(result.message));
                QCoreApplication::exit(1);
                return;
            }
            writeNext();
        });
    };
    writeNext();
    return QCoreApplication::exec();
}
