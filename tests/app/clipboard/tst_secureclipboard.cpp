// SPDX-License-Identifier: MIT
// SecureClipboard against the offscreen QPA plugin's clipboard, which keeps the
// mime data in process. Countdowns run with a short tick (one "second" of a
// few milliseconds) through the same code path as in the app.
#include "MessageCapture.h"
#include "clipboard/ClipboardTimeout.h"
#include "clipboard/SecretMimeData.h"
#include "clipboard/SecureClipboard.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using AgencyTokens::ClipboardTimeout;
using AgencyTokens::SecretMimeData;
using AgencyTokens::SecureClipboard;
using AgencyTokens::Testing::MessageCapture;

namespace {

const QString Token = u"t0k3n.ABCdef_0123456789~xyzXYZ-ab"_s;
constexpr int TimeoutMs = 3000; // for QTRY_*: far above any countdown here

QClipboard *clipboard()
{
    return QGuiApplication::clipboard();
}

} // namespace

class TestSecureClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AgencyTokensTest"_s);
        QCoreApplication::setApplicationName(u"tst_secureclipboard"_s);
        // QSettings must land in the test-mode location, not the user's config.
        const QString configDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QVERIFY2(QSettings().fileName().startsWith(configDir), qPrintable(QSettings().fileName()));
    }

    void init()
    {
        QSettings().clear();
        clipboard()->clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void offscreenClipboardKeepsMimeData()
    {
        auto *mime = new QMimeData;
        mime->setText(u"plain"_s);
        mime->setData(u"x-test"_s, "value");
        clipboard()->setMimeData(mime);
        QCOMPARE(clipboard()->text(), u"plain"_s);
        QCOMPARE(clipboard()->mimeData()->data(u"x-test"_s), QByteArray("value"));
        clipboard()->clear();
        QVERIFY(clipboard()->text().isEmpty());
    }

    void copyPutsTextAndSecretHint()
    {
        SecureClipboard secure;
        QSignalSpy active(&secure, &SecureClipboard::activeChanged);
        QSignalSpy label(&secure, &SecureClipboard::labelChanged);
        secure.copySecret(u"Auth Token"_s, Token);

        const QMimeData *mime = clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), Token);
        QCOMPARE(mime->data(SecretMimeData::KdePasswordManagerHint), QByteArray("secret"));
        QVERIFY(!clipboard()->supportsSelection() || clipboard()->text(QClipboard::Selection).isEmpty());
        QVERIFY(secure.isActive());
        QCOMPARE(secure.label(), u"Auth Token"_s);
        QCOMPARE(active.count(), 1);
        QCOMPARE(label.count(), 1);
    }

    void mimeDataOfEverySystem()
    {
        const std::unique_ptr<QMimeData> generic(SecretMimeData::create(Token, SecretMimeData::Flavor::Generic));
        QCOMPARE(generic->text(), Token);
        QCOMPARE(generic->data(SecretMimeData::KdePasswordManagerHint), QByteArray("secret"));
        QCOMPARE(generic->formats().size(), 2);

        const std::unique_ptr<QMimeData> windows(SecretMimeData::create(Token, SecretMimeData::Flavor::Windows));
        QCOMPARE(windows->text(), Token);
        const QByteArray dwordZero(4, '\0');
        QCOMPARE(windows->data(SecretMimeData::WindowsCanIncludeInHistory), dwordZero);
        QCOMPARE(windows->data(SecretMimeData::WindowsCanUploadToCloud), dwordZero);
        QCOMPARE(windows->data(SecretMimeData::WindowsExcludeFromMonitors).size(), 4);
        QVERIFY(windows->formats().contains(
            uR"(application/x-qt-windows-mime;value="CanIncludeInClipboardHistory")"_s));

        const std::unique_ptr<QMimeData> mac(SecretMimeData::create(Token, SecretMimeData::Flavor::MacOS));
        QCOMPARE(mac->text(), Token);
        QVERIFY(mac->hasFormat(u"application/x-nspasteboard-concealed-type"_s));
        // The marker must not be one more copy of the secret.
        QVERIFY(!mac->data(SecretMimeData::MacConcealedType).contains(Token.toUtf8()));
    }

    void clearsAfterTimeout()
    {
        SecureClipboard secure;
        secure.setClearAfterSeconds(10);
        secure.setTickIntervalForTesting(10ms); // 10 "seconds" = 100 ms
        QSignalSpy cleared(&secure, &SecureClipboard::cleared);

        QElapsedTimer elapsed;
        elapsed.start();
        secure.copySecret(u"Auth Token"_s, Token);
        QTRY_VERIFY_WITH_TIMEOUT(!secure.isActive(), TimeoutMs);
        QVERIFY2(elapsed.elapsed() >= 100, "cleared before its time");
        QVERIFY(clipboard()->text().isEmpty());
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(secure.remainingSeconds(), 0);
        QVERIFY(secure.statusText().isEmpty());
    }

    void keepsWhatWasCopiedAfterwards()
    {
        SecureClipboard secure;
        secure.setClearAfterSeconds(10);
        secure.setTickIntervalForTesting(10ms);
        QSignalSpy cleared(&secure, &SecureClipboard::cleared);
        secure.copySecret(u"Auth Token"_s, Token);

        clipboard()->setText(u"the user's own text"_s);
        // dataChanged stops the countdown at once.
        QVERIFY(!secure.isActive());
        QCOMPARE(secure.remainingSeconds(), 0);
        QTest::qWait(200);
        QCOMPARE(clipboard()->text(), u"the user's own text"_s);
        QCOMPARE(cleared.count(), 0);
    }

    void keepsWhatWasCopiedWithoutNotification()
    {
        // Some systems tell about foreign copies late or never: the check
        // at the timeout must protect them on its own.
        SecureClipboard secure;
        secure.setClearAfterSeconds(10);
        secure.setTickIntervalForTesting(10ms);
        QSignalSpy cleared(&secure, &SecureClipboard::cleared);
        secure.copySecret(u"Auth Token"_s, Token);
        {
            const QSignalBlocker silent(clipboard());
            clipboard()->setText(u"copied elsewhere"_s);
        }
        QVERIFY(secure.isActive());
        QTRY_VERIFY_WITH_TIMEOUT(!secure.isActive(), TimeoutMs);
        QCOMPARE(clipboard()->text(), u"copied elsewhere"_s);
        QCOMPARE(cleared.count(), 0);
    }

    void neverClearsWithNever()
    {
        SecureClipboard secure;
        secure.setClearAfterSeconds(SecureClipboard::Never);
        secure.setTickIntervalForTesting(5ms);
        QSignalSpy remaining(&secure, &SecureClipboard::remainingSecondsChanged);
        secure.copySecret(u"Account SID"_s, Token);
        QCOMPARE(secure.statusText(), u"Account SID copied · not cleared automatically"_s);

        QTest::qWait(200); // 40 ticks' worth
        QCOMPARE(clipboard()->text(), Token);
        QVERIFY(secure.isActive());
        QCOMPARE(secure.remainingSeconds(), 0);
        QCOMPARE(remaining.count(), 0); // no timer ran

        // "Never" means nothing clears it automatically, quitting included.
        QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));
        QCOMPARE(clipboard()->text(), Token);
    }

    void countdownTicks()
    {
        SecureClipboard secure;
        secure.setClearAfterSeconds(10);
        secure.setTickIntervalForTesting(30ms);
        QList<int> seen;
        QStringList texts;
        connect(&secure, &SecureClipboard::remainingSecondsChanged, this,
                [&] { seen.append(secure.remainingSeconds()); });
        connect(&secure, &SecureClipboard::statusTextChanged, this, [&] { texts.append(secure.statusText()); });

        secure.copySecret(u"Auth Token"_s, Token);
        QCOMPARE(secure.remainingSeconds(), 10);
        QCOMPARE(secure.statusText(), u"Auth Token copied · clears in 10 s"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!secure.isActive(), TimeoutMs);

        // 10 at the copy, down to 1, then 0 when cleared. A loaded machine may
        // skip a number (the deadline decides, not the count of ticks), so
        // only the order is exact.
        QVERIFY2(seen.size() >= 4, "the countdown did not tick");
        QCOMPARE(seen.first(), 10);
        QCOMPARE(seen.last(), 0);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i) < seen.at(i - 1));
        for (qsizetype i = 0; i + 1 < seen.size(); ++i)
            QCOMPARE(texts.at(i), u"Auth Token copied · clears in %1 s"_s.arg(seen.at(i)));
        QCOMPARE(texts.size(), seen.size());
        QVERIFY(texts.last().isEmpty());
    }

    void clearNowClears()
    {
        SecureClipboard secure;
        QSignalSpy cleared(&secure, &SecureClipboard::cleared);
        secure.copySecret(u"curl command"_s, Token);
        secure.clearNow();
        QVERIFY(clipboard()->text().isEmpty());
        QVERIFY(!secure.isActive());
        QCOMPARE(cleared.count(), 1);

        secure.clearNow(); // nothing left to do
        QCOMPARE(cleared.count(), 1);
    }

    void clearingDeletesTheCopiedData()
    {
        // Deleted data is wiped data (SecretMimeData; tst_secretwipe checks the bytes).
        SecureClipboard secure;
        secure.copySecret(u"Auth Token"_s, Token);
        const QPointer<const QMimeData> copied = clipboard()->mimeData();
        QVERIFY(copied);
        QCOMPARE(copied->text(), Token);
        secure.clearNow();
        QVERIFY(copied.isNull());
    }

    void clearNowKeepsForeignData()
    {
        SecureClipboard secure;
        secure.copySecret(u"Auth Token"_s, Token);
        {
            const QSignalBlocker silent(clipboard());
            clipboard()->setText(u"other"_s);
        }
        secure.clearNow();
        QCOMPARE(clipboard()->text(), u"other"_s);
        QVERIFY(!secure.isActive());
    }

    void clearsOnAboutToQuit()
    {
        SecureClipboard secure;
        QSignalSpy cleared(&secure, &SecureClipboard::cleared);
        secure.copySecret(u"Auth Token"_s, Token);
        QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));
        QVERIFY(clipboard()->text().isEmpty());
        QCOMPARE(cleared.count(), 1);
    }

    void clearsOnDestruction()
    {
        auto secure = std::make_unique<SecureClipboard>();
        secure->copySecret(u"Auth Token"_s, Token);
        QCOMPARE(clipboard()->text(), Token);
        secure.reset();
        QVERIFY(clipboard()->text().isEmpty());

        // ...but not what the user copied after it.
        secure = std::make_unique<SecureClipboard>();
        secure->copySecret(u"Auth Token"_s, Token);
        {
            const QSignalBlocker silent(clipboard());
            clipboard()->setText(u"mine"_s);
        }
        secure.reset();
        QCOMPARE(clipboard()->text(), u"mine"_s);
    }

    void settingPersists()
    {
        const QString key = ClipboardTimeout::SettingsKey;
        {
            SecureClipboard secure;
            QCOMPARE(secure.clearAfterSeconds(), 30);
            QSignalSpy changed(&secure, &SecureClipboard::clearAfterSecondsChanged);
            secure.setClearAfterSeconds(60);
            secure.setClearAfterSeconds(60);
            QCOMPARE(changed.count(), 1);
        }
        QCOMPARE(QSettings().value(key).toInt(), 60);
        {
            SecureClipboard secure;
            QCOMPARE(secure.clearAfterSeconds(), 60);
            secure.setClearAfterSeconds(SecureClipboard::Never);
        }
        QCOMPARE(QSettings().value(key).toInt(), 0);
        QCOMPARE(SecureClipboard().clearAfterSeconds(), 0);

        QSettings().setValue(key, 45); // edited by hand: not a choice
        QCOMPARE(SecureClipboard().clearAfterSeconds(), 30);
    }

    void rejectsOtherTimeouts()
    {
        SecureClipboard secure;
        QSignalSpy changed(&secure, &SecureClipboard::clearAfterSecondsChanged);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring clipboard timeout 45"_s));
        secure.setClearAfterSeconds(45);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Ignoring clipboard timeout -1"_s));
        secure.setClearAfterSeconds(-1);
        QCOMPARE(secure.clearAfterSeconds(), 30);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!QSettings().contains(ClipboardTimeout::SettingsKey));
    }

    void timeoutChoicesForSettings()
    {
        const QVariantList choices = SecureClipboard().timeoutChoices();
        QStringList labels;
        QList<int> seconds;
        for (const QVariant &choice : choices) {
            labels.append(choice.toMap().value(u"label"_s).toString());
            seconds.append(choice.toMap().value(u"seconds"_s).toInt());
        }
        QCOMPARE(seconds, (QList<int>{10, 30, 60, 120, 0}));
        QCOMPARE(labels, (QStringList{u"10 seconds"_s, u"30 seconds"_s, u"1 minute"_s, u"2 minutes"_s, u"Never"_s}));
    }

    void ignoresEmptySecret()
    {
        clipboard()->setText(u"keep"_s);
        SecureClipboard secure;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Nothing to copy"_s));
        secure.copySecret(u"Auth Token"_s, QString());
        QCOMPARE(clipboard()->text(), u"keep"_s);
        QVERIFY(!secure.isActive());
    }

    void neverLogsTheSecret()
    {
        QStringList messages;
        {
            MessageCapture capture(u"agencytokens.*=true"_s);
            SecureClipboard secure;
            secure.setClearAfterSeconds(10);
            secure.setTickIntervalForTesting(5ms);
            secure.copySecret(u"Auth Token"_s, Token);
            QTRY_VERIFY_WITH_TIMEOUT(!secure.isActive(), TimeoutMs);
            secure.copySecret(u"Auth Token"_s, Token);
            clipboard()->setText(u"other"_s);
            secure.copySecret(u"Auth Token"_s, Token);
            secure.clearNow();
            secure.copySecret(u"Auth Token"_s, Token);
            messages = capture.messages();
        }
        QVERIFY(!messages.isEmpty()); // it did log
        for (const QString &message : std::as_const(messages))
            QVERIFY2(!message.contains(Token), "the secret was logged");
    }
};

int main(int argc, char *argv[])
{
    // The in-process clipboard unless told otherwise: never the desktop's.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestSecureClipboard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secureclipboard.moc"
