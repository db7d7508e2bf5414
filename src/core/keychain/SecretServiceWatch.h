// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace AgencyTokens {

/// The Secret Service (gnome-keyring, KWallet's) on the session bus says when
/// a collection locks or unlocks (PropertiesChanged of its Locked property):
/// this hears it and asks whether the default collection, the one libsecret
/// writes to, is locked. Signals only: nothing polls, no keychain item is read
/// and no unlock prompt opens.
class SecretServiceWatch : public QObject
{
    Q_OBJECT
public:
    explicit SecretServiceWatch(QObject *parent = nullptr);

Q_SIGNALS:
    /// The default collection is locked now (or unlocked).
    void lockedChanged(bool locked);

private Q_SLOTS:
    void propertiesChanged(const QString &interface, const QVariantMap &changed, const QStringList &invalidated);
};

} // namespace AgencyTokens
