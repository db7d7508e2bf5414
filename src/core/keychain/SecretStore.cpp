// SPDX-License-Identifier: MIT
#include "SecretStore.h"

#include <QCoreApplication>

#include <memory>

namespace AgencyTokens {

void SecretStore::readMany(const QStringList &keys, QObject *context, ReadManyDone done)
{
    if (keys.isEmpty()) {
        QMetaObject::invokeMethod(context, [done] { done(Result{}, {}); }, Qt::QueuedConnection);
        return;
    }
    auto found = std::make_shared<QHash<QString, Secret>>();
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, keys, context, done, found, next](int i) {
        read(keys.at(i), context, [keys, done, found, next, i](const Result &r, const Secret &value) {
            if (r.ok())
                found->insert(keys.at(i), value);
            else if (r.error != Error::NotFound) {
                *next = nullptr; // breaks the cycle
                done(r, {});
                return;
            }
            if (i + 1 < keys.size()) {
                (*next)(i + 1);
                return;
            }
            *next = nullptr;
            done(Result{}, *found);
        });
    };
    (*next)(0);
}

void SecretStore::writeIf(const QString &key, const Secret &value, Check check, QObject *context, Done done)
{
    if (check) {
        if (const Result checked = check(); !checked.ok()) {
            QMetaObject::invokeMethod(context, [done, checked] { done(checked); }, Qt::QueuedConnection);
            return;
        }
    }
    write(key, value, context, std::move(done));
}

void SecretStore::removeUnderThen(const QString &prefix, std::function<void()> then, QObject *context, Done done)
{
    removeUnder(prefix, context, [then, done](const Result &result) {
        if (result.ok() && then)
            then();
        done(result);
    });
}

void SecretStore::listKeys(QObject *context, KeysDone done)
{
    QMetaObject::invokeMethod(context, [done] { done(failure(Error::NotImplemented), {}); }, Qt::QueuedConnection);
}

QString SecretStore::messageFor(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("Nothing is stored in the keychain for this entry yet.");
    case Error::Locked:
        return tr("The keychain is locked. Unlock it (for example by signing in to your desktop "
                  "session or opening your password manager), then try again.");
    case Error::DeniedByUser:
        return tr("Access to the keychain was refused. Allow Agency Tokens to use the keychain, "
                  "then try again.");
    case Error::NoBackend:
        return tr("No keychain is available on this system. Agency Tokens never stores secrets in "
                  "plain files; install a keychain (GNOME Keyring, KWallet or KeePassXC's Secret "
                  "Service) and try again.");
    case Error::Unavailable:
        return tr("The system keychain (Secret Service) cannot be reached. Start GNOME Keyring, "
                  "KWallet or another Secret Service provider, then try again. Nothing was saved "
                  "elsewhere.");
    case Error::NotImplemented:
        return tr("This keychain does not support the operation. Use another keychain provider.");
    case Error::CouldNotDelete:
        return tr("The keychain refused to delete the entry. Unlock it and try again.");
    case Error::Timeout:
        return tr("The keychain did not answer in time. It may be waiting for you to unlock it; "
                  "check for a password prompt, then try again.");
    case Error::Busy:
        return tr("Another Agency Tokens window or agency-tokens-cli is using the keychain and has "
                  "not finished. Close it or let it finish, then try again.");
    case Error::NotWanted:
        return tr("Nothing was written: what it was for is gone.");
    }
    return tr("Unknown keychain error.");
}

void SecretStore::setFoundLocked(bool locked)
{
    if (m_foundLocked == locked)
        return;
    m_foundLocked = locked;
    Q_EMIT foundLockedChanged();
}

void SecretStore::noteLockFrom(const Result &result)
{
    if (result.error == Error::Locked || result.error == Error::DeniedByUser)
        setFoundLocked(true);
    else if (result.ok())
        setFoundLocked(false);
}

} // namespace AgencyTokens
