// SPDX-License-Identifier: MIT
// AppController beside the command line tool: two real processes on one
// account list and one keychain. An account the CLI adds shows up in the
// running app, one it removes goes (and stops being the shown one), without
// a restart and without polling.
#include "AccountView.h"
#include "AppController.h"
#include "AppServices.h"
#include "accounts/AccountList.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

namespace {
const QString Sid = u"IR"_s + QString(32, u'S');
const QByteArray Token = "abcdefghijklmnopqrstuvwxyz012345";

/// Runs the real CLI to its end with `input` on its standard input; its exit code.
/// It may wait up to 60 s for the keychain (--wait): this test is about following
/// the list, and a full parallel ctest on 2 cores has kept the app's keychain
/// busy past the CLI's default 20 s (seen twice in ~10 full runs; never alone).
int cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QStringList withWait = arguments;
    withWait.insert(1, u"--wait"_s);
    withWait.insert(2, u"60"_s);
    process.start(QStringLiteral(AT_CLI_BINARY), withWait);
    if (!process.waitForStarted(10000))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    // The app under test keeps running while the tool does: it may hold the
    // keychain lock the tool waits for, and lets go of it only from its event
    // loop (a blocking waitForFinished here was a deadlock until --wait ran out).
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 90000))
        return -1;
    if (process.exitCode() != 0)
        qWarning("cli %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
    return process.exitCode();
}
} // namespace

class tst_AppController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheCommandLineTool()
    {
        AppServices services({});
        AppController *accounts = services.accounts();
        accounts->start();
        QVERIFY(accounts->accounts().isEmpty());
        QVERIFY(accounts->adding());
        QSignalSpy listChanged(accounts, &AppController::accountsChanged);

        // Added by another process: listed here, and shown since there was none.
        QCOMPARE(cli({u"add"_s, u"--account"_s, u"Side"_s, u"--kind"_s, u"rw"_s, u"--sid"_s, Sid, u"--no-verify"_s},
                     Token),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(accounts->accounts().size(), 1, 10000);
        AccountView *side = accounts->accounts().constFirst();
        QCOMPARE(side->name(), u"Side"_s);
        QCOMPARE(accounts->current(), side);
        QVERIFY(!accounts->adding());
        // Its token comes from the keychain, as for an account listed at start.
        QTRY_VERIFY_WITH_TIMEOUT(side->readWrite()->hasSecret(), 10000);

        // A second one: listed, the shown one stays.
        QCOMPARE(cli({u"add"_s, u"--account"_s, u"Other"_s, u"--kind"_s, u"ro"_s, u"--sid"_s, Sid, u"--no-verify"_s},
                     Token),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(accounts->accounts().size(), 2, 10000);
        QCOMPARE(accounts->current(), side);

        // Removed by another process: gone here, and the other one is shown.
        QPointer<AccountView> gone(side);
        QCOMPARE(cli({u"remove"_s, u"--account"_s, u"Side"_s}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(accounts->accounts().size(), 1, 10000);
        QCOMPARE(accounts->accounts().constFirst()->name(), u"Other"_s);
        QCOMPARE(accounts->current(), accounts->accounts().constFirst());
        QTRY_VERIFY(gone.isNull());

        // Nothing changed elsewhere: nothing is said.
        listChanged.clear();
        QTest::qWait(300);
        QCOMPARE(listChanged.size(), 0);
    }

    void accountsAreReorderedHereAndFollowedFromElsewhere()
    {
        {
            AccountList list;
            for (const AccountInfo &info : list.accounts())
                list.remove(info.id);
            for (const QString &name : {u"One"_s, u"Two"_s, u"Three"_s})
                list.add(AccountKind::TokensOnly, name, QUrl(u"http://127.0.0.1:9"_s));
        }
        AppServices services({});
        AppController *accounts = services.accounts();
        accounts->start();
        const auto names = [accounts] {
            QStringList out;
            for (AccountView *view : accounts->accounts())
                out << view->name();
            return out;
        };
        const auto listed = [] {
            QStringList out;
            for (const AccountInfo &info : AccountList().accounts())
                out << info.name;
            return out;
        };
        QCOMPARE(names(), (QStringList{u"One"_s, u"Two"_s, u"Three"_s}));
        // Moved here: the shared list has the new order (the CLI and the next start see it).
        accounts->moveAccount(accounts->accounts().at(2)->id(), -2);
        QCOMPARE(names(), (QStringList{u"Three"_s, u"One"_s, u"Two"_s}));
        QCOMPARE(listed(), names());
        // Clamped at the ends.
        accounts->moveAccount(accounts->accounts().at(2)->id(), 5);
        QCOMPARE(names(), (QStringList{u"Three"_s, u"One"_s, u"Two"_s}));
        // Moved by another process: followed here, without a restart.
        QVERIFY(AccountList().move(AccountList().lookup(u"Two"_s)->id, -1));
        QTRY_COMPARE_WITH_TIMEOUT(names(), (QStringList{u"Three"_s, u"Two"_s, u"One"_s}), 10000);
    }
};

QTEST_MAIN(tst_AppController)
#include "tst_appcontroller.moc"
