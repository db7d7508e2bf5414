// SPDX-License-Identifier: MIT
#include "SecretServiceWatch.h"

#include "logging/Logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
const QString Service = u"org.freedesktop.secrets"_s;
const QString CollectionInterface = u"org.freedesktop.Secret.Collection"_s;
} // namespace

SecretServiceWatch::SecretServiceWatch(QObject *parent)
    : QObject(parent)
{
    // Any collection's path: which one is the default is asked when one changes.
    if (!QDBusConnection::sessionBus().connect(Service, QString(), u"org.freedesktop.DBus.Properties"_s,
                                               u"PropertiesChanged"_s, this,
                                               SLOT(propertiesChanged(QString, QVariantMap, QStringList))))
        qCDebug(lcKeychain) << "no Secret Service signals to follow the keychain's lock";
}

void SecretServiceWatch::propertiesChanged(const QString &interface, const QVariantMap &changed, const QStringList &)
{
    if (interface != CollectionInterface || !changed.contains(u"Locked"_s))
        return;
    QDBusMessage get = QDBusMessage::createMethodCall(Service, u"/org/freedesktop/secrets/aliases/default"_s,
                                                      u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    get << CollectionInterface << u"Locked"_s;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *call;
        if (reply.isError()) {
            qCDebug(lcKeychain) << "could not ask whether the keychain is locked:" << reply.error().name();
            return;
        }
        const bool locked = reply.value().variant().toBool();
        qCInfo(lcKeychain) << "the keychain is" << (locked ? "locked" : "unlocked");
        Q_EMIT lockedChanged(locked);
    });
}

} // namespace AgencyTokens
