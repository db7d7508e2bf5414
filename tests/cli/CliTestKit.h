// SPDX-License-Identifier: MIT
#pragma once

// What tst_cli and tst_cli_scoped share: a clean slate before each test, a
// token as the server shows it, the environment every run of the tool gets,
// and the look for tokens left in files.
#include "StoreWaiter.h"
#include "accounts/AccountList.h"
#include "keychain/KeychainStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcessEnvironment>
#include <QStringList>

namespace AgencyTokens::Testing {

/// No account listed and no entry of the app's in the keychain; false when the keychain refused.
inline bool clearAccountsAndKeychain()
{
    AccountList list;
    for (const AccountInfo &info : list.accounts())
        list.remove(info.id);
    KeychainStore store;
    const auto removed = StoreWaiter::removeAll(store);
    return removed && removed->ok();
}

/// An Account SID and its Auth Token.
struct CliToken
{
    QString sid;
    QString token;
};

/// Debug logging on for every category: a run's stderr then shows what a log could leak.
inline QProcessEnvironment cliDebugEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    return env;
}

/// The first file under `home` (the keyrings left out) that holds one of
/// `secrets`, empty when none does; `*filesRead` counts the files read.
inline QString fileWithSecret(const QString &home, const QStringList &secrets, int *filesRead = nullptr)
{
    const QString keyrings = home + QStringLiteral("/.local/share/keyrings/");
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (path.startsWith(keyrings) || !file.open(QIODevice::ReadOnly))
            continue;
        if (filesRead)
            ++*filesRead;
        const QByteArray content = file.read(16 * 1024 * 1024);
        for (const QString &secret : secrets) {
            if (content.contains(secret.toUtf8()))
                return path;
        }
    }
    return {};
}

} // namespace AgencyTokens::Testing
