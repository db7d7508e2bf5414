// SPDX-License-Identifier: MIT
// A desktop with D-Bus but no Secret Service at all: every call fails with
// its own message, and nothing is written anywhere else.
#include "StoreWaiter.h"
#include "keychain/KeychainStore.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;
using Error = SecretStore::Error;

namespace {
// A session bus that can start nothing: no service directories.
constexpr auto BareBusConfig =
    "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
    " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
    "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>\n"
    "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
    "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n";

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}
} // namespace

class TestKeychainNoService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString config = m_dir.filePath(u"bus.conf"_s);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QString::fromLatin1(BareBusConfig).arg(m_dir.path()).toUtf8());
        file.close();
        m_bus.start(u"dbus-daemon"_s, {u"--config-file="_s + config, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY2(m_bus.waitForStarted(), "dbus-daemon is missing (package dbus)");
        QTRY_VERIFY(m_bus.canReadLine());
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(address.startsWith("unix:"));
        // libsecret connects on first use, so switching the bus now takes effect.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        m_home = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
        m_filesBefore = filesUnder(m_home);
    }

    void writeFailsWithItsOwnMessage()
    {
        KeychainStore store;
        const auto written = StoreWaiter::write(store, u"agency-tokens/h/IRx/read-write"_s, u"value-kept-nowhere"_s);
        QVERIFY(written);
        QCOMPARE(written->error, Error::Unavailable);
        QCOMPARE(written->message, SecretStore::messageFor(Error::Unavailable));
        QVERIFY(written->message.contains(u"Secret Service"_s));
        QVERIFY(written->message != SecretStore::messageFor(Error::Locked));
    }

    void readAndWipeFailToo()
    {
        KeychainStore store;
        const auto read = StoreWaiter::read(store, u"agency-tokens/h/IRx/read-write"_s);
        QVERIFY(read);
        QCOMPARE(read->first.error, Error::Unavailable);
        const auto wiped = StoreWaiter::removeAll(store);
        QVERIFY(wiped);
        QCOMPARE(wiped->error, Error::Unavailable);
    }

    void nothingWrittenElsewhere()
    {
        QVERIFY(QSettings().allKeys().isEmpty());
        QStringList added = filesUnder(m_home);
        for (const QString &f : std::as_const(m_filesBefore))
            added.removeAll(f);
        for (const QString &f : std::as_const(added))
            QVERIFY2(!QFile(f).readAll().contains("value-kept-nowhere"), qPrintable(f));
        // Only the keyring's own files and D-Bus sockets may appear; no settings file of ours.
        for (const QString &f : std::as_const(added))
            QVERIFY2(!f.contains(u"agency-tokens"_s, Qt::CaseInsensitive) && !f.endsWith(u".conf"_s), qPrintable(f));
    }

    void cleanupTestCase()
    {
        m_bus.terminate();
        m_bus.waitForFinished(3000);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QString m_home;
    QStringList m_filesBefore;
};

QTEST_GUILESS_MAIN(TestKeychainNoService)
#include "tst_keychain_noservice.moc"
