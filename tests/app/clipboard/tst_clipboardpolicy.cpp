// SPDX-License-Identifier: MIT
// When a copied secret is cleared, per operating system (ClipboardPolicy), and
// that SecureClipboard follows the rules of the system it runs on: here, a
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
using System = ClipboardPolicy::System;

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

    void noSystemClearsOnBackground_data()
    {
        QTest::addColumn<System>("system");
        QTest::newRow("Linux") << System::Linux;
        QTest::newRow("Windows") << System::Windows;
        QTest::newRow("macOS") << System::MacOS;
        QTest::newRow("Android") << System::Android;
        QTest::newRow("iOS") << System::IOS;
    }
    void noSystemClearsOnBackground()
    {
        // Copy, switch to the other app, paste: that must keep working.
        QFETCH(System, system);
        QVERIFY(!ClipboardPolicy::rulesFor(system).clearOnBackground);
    }

    void desktopsClearAfterTimeoutAndOnQuit_data() { noSystemClearsOnBackground_data(); }
    void desktopsClearAfterTimeoutAndOnQuit()
    {
        QFETCH(System, system);
        if (system == System::Android || system == System::IOS)
            return;
        const ClipboardPolicy::Rules rules = ClipboardPolicy::rulesFor(system);
        QVERIFY(rules.clearOnQuit);
        QVERIFY(rules.clearInProcess);
        QVERIFY(!rules.systemExpires);
    }

    void phonesHandTheExpiryOn()
    {
        // iOS expires the item itself (UIPasteboardOptionExpirationDate), so a
        // quit takes nothing away; Android has no expiring clips: our timer
        // clears it while the process lives, and a quit ends that timer.
        const ClipboardPolicy::Rules ios = ClipboardPolicy::rulesFor(System::IOS);
        QVERIFY(ios.systemExpires);
        QVERIFY(!ios.clearOnQuit);
        const ClipboardPolicy::Rules android = ClipboardPolicy::rulesFor(System::Android);
        QVERIFY(!android.systemExpires);
        QVERIFY(android.clearInProcess);
        QVERIFY(android.clearOnQuit);
        // ...in the background too, where Android will not say whose clip it is.
        QVERIFY(android.clearUnreadableAtTimeout);
        QVERIFY(!ios.clearUnreadableAtTimeout);
        QVERIFY(!ClipboardPolicy::rulesFor(System::Linux).clearUnreadableAtTimeout);
    }

    void thisBuildIsLinux()
    {
        QCOMPARE(ClipboardPolicy::current(), System::Linux);
        QCOMPARE(ClipboardPolicy::clearsOnBackground(), false);
    }

    void goingToTheBackgroundKeepsTheCopy_data() { noSystemClearsOnBackground_data(); }
    void goingToTheBackgroundKeepsTheCopy()
    {
        QFETCH(System, system);
        SecureClipboard secure;
        secure.setPolicyForTesting(ClipboardPolicy::rulesFor(system));
        secure.copySecret(u"Auth Token"_s, Token);
        // What a phone's QPA plugin reports when the user switches apps.
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
        QTest::addColumn<System>("system");
        QTest::addColumn<bool>("cleared");
        QTest::newRow("Linux") << System::Linux << true;
        QTest::newRow("Android") << System::Android << true;
        QTest::newRow("iOS") << System::IOS << false;
    }
    void quitFollowsThePolicy()
    {
        QFETCH(System, system);
        QFETCH(bool, cleared);
        {
            SecureClipboard secure;
            secure.setPolicyForTesting(ClipboardPolicy::rulesFor(system));
            secure.copySecret(u"Auth Token"_s, Token);
            QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));
            QCOMPARE(QGuiApplication::clipboard()->text().isEmpty(), cleared);
        }
        QGuiApplication::clipboard()->clear();
    }
};

QTEST_MAIN(TestClipboardPolicy)
#include "tst_clipboardpolicy.moc"
