// SPDX-License-Identifier: MIT
// When a copied secret is cleared, per platform (ClipboardPolicy), and that
// SecureClipboard follows the rules of the platform it runs on: here, a
// desktop one, where going to the background clears nothing.
#include "clipboard/ClipboardPolicy.h"
#include "clipboard/SecureClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AgencyTokens;
using Platform = ClipboardPolicy::Platform;

namespace {
const QString Token = u"t0k3n.ABCdef_0123456789~xyzXYZ-ab"_s;
}

class TestClipboardPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AgencyTokensTest"_s);
        QCoreApplication::setApplicationName(u"tst_clipboardpolicy"_s);
        QSettings().clear();
    }

    void noPlatformClearsOnBackground_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::newRow("Linux") << Platform::Linux;
        QTest::newRow("Windows") << Platform::Windows;
        QTest::newRow("macOS") << Platform::MacOS;
        QTest::newRow("Android") << Platform::Android;
        QTest::newRow("iOS") << Platform::IOS;
    }
    void noPlatformClearsOnBackground()
    {
        // Copy, switch to the other app, paste: that must keep working.
        QFETCH(Platform, platform);
        QVERIFY(!ClipboardPolicy::rulesFor(platform).clearOnBackground);
    }

    void desktopsClearAfterTimeoutAndOnQuit_data() { noPlatformClearsOnBackground_data(); }
    void desktopsClearAfterTimeoutAndOnQuit()
    {
        QFETCH(Platform, platform);
        if (platform == Platform::Android || platform == Platform::IOS)
            return;
        const ClipboardPolicy::Rules rules = ClipboardPolicy::rulesFor(platform);
        QVERIFY(rules.clearOnQuit);
        QVERIFY(rules.clearInProcess);
        QVERIFY(!rules.platformExpires);
    }

    void phonesHandTheExpiryOn()
    {
        // iOS expires the item itself (UIPasteboardOptionExpirationDate), so a
        // quit takes nothing away; Android has no expiring clips: our timer
        // clears it while the process lives, and a quit ends that timer.
        const ClipboardPolicy::Rules ios = ClipboardPolicy::rulesFor(Platform::IOS);
        QVERIFY(ios.platformExpires);
        QVERIFY(!ios.clearOnQuit);
        const ClipboardPolicy::Rules android = ClipboardPolicy::rulesFor(Platform::Android);
        QVERIFY(!android.platformExpires);
        QVERIFY(android.clearInProcess);
        QVERIFY(android.clearOnQuit);
        // ...in the background too, where Android will not say whose clip it is.
        QVERIFY(android.clearUnreadableAtTimeout);
        QVERIFY(!ios.clearUnreadableAtTimeout);
        QVERIFY(!ClipboardPolicy::rulesFor(Platform::Linux).clearUnreadableAtTimeout);
    }

    void thisBuildIsLinux()
    {
        QCOMPARE(ClipboardPolicy::current(), Platform::Linux);
        QCOMPARE(ClipboardPolicy::clearsOnBackground(), false);
    }

    void goingToTheBackgroundKeepsTheCopy_data() { noPlatformClearsOnBackground_data(); }
    void goingToTheBackgroundKeepsTheCopy()
    {
        QFETCH(Platform, platform);
        SecureClipboard secure;
        secure.setPolicyForTesting(ClipboardPolicy::rulesFor(platform));
        secure.copySecret(u"Auth Token"_s, Token);
        // What a phone's platform plugin reports when the user switches apps.
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationSuspended);
        QCOMPARE(QGuiApplication::clipboard()->text(), Token);
        QVERIFY(secure.isActive());
        secure.clearNow();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void aPolicyThatClearsOnBackgroundWould()
    {
        // The wiring works: only the policy keeps the copy above.
        ClipboardPolicy::Rules rules;
        rules.clearOnBackground = true;
        SecureClipboard secure;
        secure.setPolicyForTesting(rules);
        secure.copySecret(u"Auth Token"_s, Token);
        Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationSuspended);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void quitFollowsThePolicy_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<bool>("cleared");
        QTest::newRow("Linux") << Platform::Linux << true;
        QTest::newRow("Android") << Platform::Android << true;
        QTest::newRow("iOS") << Platform::IOS << false;
    }
    void quitFollowsThePolicy()
    {
        QFETCH(Platform, platform);
        QFETCH(bool, cleared);
        {
            SecureClipboard secure;
            secure.setPolicyForTesting(ClipboardPolicy::rulesFor(platform));
            secure.copySecret(u"Auth Token"_s, Token);
            QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));
            QCOMPARE(QGuiApplication::clipboard()->text().isEmpty(), cleared);
        }
        QGuiApplication::clipboard()->clear();
    }
};

QTEST_MAIN(TestClipboardPolicy)
#include "tst_clipboardpolicy.moc"
