// SPDX-License-Identifier: MIT
#include "KeyringControl.h"

#include <csignal>

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

const QString ServiceName = u"org.freedesktop.secrets"_s;
const QString ServicePath = u"/org/freedesktop/secrets"_s;

// The Secret Service "Secret" struct (oayays).
struct DBusSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &arg, const DBusSecret &s)
{
    arg.beginStructure();
    arg << s.session << s.parameters << s.value << s.contentType;
    arg.endStructure();
    return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, DBusSecret &s)
{
    arg.beginStructure();
    arg >> s.session >> s.parameters >> s.value >> s.contentType;
    arg.endStructure();
    return arg;
}

} // namespace

Q_DECLARE_METATYPE(DBusSecret)

namespace AgencyTokens::Testing {

namespace {
QString defaultCollection(QDBusInterface &service, QString *error)
{
    const QDBusReply<QDBusObjectPath> reply = service.call(u"ReadAlias"_s, u"default"_s);
    if (!reply.isValid()) {
        *error = reply.error().message();
        return {};
    }
    return reply.value().path();
}
} // namespace

QString KeyringControl::lockDefault()
{
    QDBusInterface service(ServiceName, ServicePath, u"org.freedesktop.Secret.Service"_s);
    QString error;
    const QString collection = defaultCollection(service, &error);
    if (collection.isEmpty())
        return error.isEmpty() ? u"no default collection"_s : error;
    const QDBusMessage reply = service.call(u"Lock"_s, QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(collection)}));
    return reply.type() == QDBusMessage::ErrorMessage ? reply.errorMessage() : QString();
}

QString KeyringControl::unlockDefault()
{
    qDBusRegisterMetaType<DBusSecret>();
    QDBusInterface service(ServiceName, ServicePath, u"org.freedesktop.Secret.Service"_s);
    QString error;
    const QString collection = defaultCollection(service, &error);
    if (collection.isEmpty())
        return error;
    const QDBusMessage session = service.call(u"OpenSession"_s, u"plain"_s, QVariant::fromValue(QDBusVariant(QString())));
    if (session.type() == QDBusMessage::ErrorMessage)
        return session.errorMessage();
    const auto sessionPath = session.arguments().value(1).value<QDBusObjectPath>();
    // gnome-keyring's own interface for unlocking without a prompter (what its tests use).
    QDBusInterface internal(ServiceName, ServicePath, u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s);
    const DBusSecret secret{sessionPath, {}, QByteArray(Password), u"text/plain"_s};
    const QDBusMessage reply = internal.call(u"UnlockWithMasterPassword"_s, QVariant::fromValue(QDBusObjectPath(collection)),
                                             QVariant::fromValue(secret));
    return reply.type() == QDBusMessage::ErrorMessage ? reply.errorMessage() : QString();
}

qint64 KeyringControl::servicePid()
{
    const QDBusReply<uint> reply = QDBusConnection::sessionBus().interface()->servicePid(ServiceName);
    return reply.isValid() ? qint64(reply.value()) : 0;
}

QStringList KeyringControl::appEntries(const QString &keyPrefix)
{
    QProcess search;
    search.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"agency-tokens"_s});
    search.waitForFinished(20000);
    const QString out = QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
    const QString userLine = u"attribute.user = "_s;
    QStringList entries;
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(userLine) && line.mid(userLine.size()).startsWith(keyPrefix))
            entries << line.mid(userLine.size());
    }
    return entries;
}

QString KeyringControl::appValue(const QString &key)
{
    QProcess lookup;
    lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"agency-tokens"_s, u"user"_s, key});
    lookup.waitForFinished(20000);
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

StoppedKeyring::StoppedKeyring()
    : m_pid(KeyringControl::servicePid())
{
    if (m_pid > 0 && ::kill(pid_t(m_pid), SIGSTOP) != 0)
        m_pid = 0;
}

void StoppedKeyring::resume()
{
    if (m_pid > 0)
        ::kill(pid_t(std::exchange(m_pid, 0)), SIGCONT);
}

} // namespace AgencyTokens::Testing
