// SPDX-License-Identifier: MIT
// No secret left behind: the whole flow (sign in, enable, reveal, copy,
// reset, sign out) through the app's own view model, with debug logging on
// for every category, against the real server and the real keychain. Then
// every file under the throwaway HOME (the keyring's encrypted store aside)
// and everything the app and the server printed is searched for each secret.
#include "AppController.h"
#include "ServerProcess.h"
#include "StoreWaiter.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"

#include <QClipboard>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
QMutex g_lock;
QByteArray g_printed;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker locker(&g_lock);
    g_printed += QByteArray(context.category ? context.category : "") + ": " + message.toUtf8() + '\n';
}

bool waitFor(QSignalSpy &spy, const QString &action)
{
    const auto seen = [&] {
        for (const auto &args : std::as_const(spy)) {
            if (args.at(0).toString() == action)
                return true;
        }
        return false;
    };
    return QTest::qWaitFor(seen, 20000);
}

bool succeeded(QSignalSpy &spy, const QString &action)
{
    for (const auto &args : std::as_const(spy)) {
        if (args.at(0).toString() == action)
            return args.at(1).toBool();
    }
    return false;
}

QStringList appEntriesInKeychain()
{
    // QtKeychain's libsecret schema stores the service as the "server" attribute.
    QProcess search;
    search.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"agency-tokens"_s});
    search.waitForFinished(10000);
    const QString out = QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
    QStringList entries;
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(u"attribute.user = "_s))
            entries << line.mid(17);
    }
    return entries;
}
} // namespace

class TestLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeFlowLeavesNoSecretBehind()
    {
        const QString home = QDir::homePath();
        QVERIFY2(home.startsWith(QDir::tempPath()), "run through scripts/test: HOME must be a throwaway folder");
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        QLoggingCategory::setFilterRules(u"*.debug=true"_s);
        qInstallMessageHandler(capture);

        ServerProcess server;
        QVERIFY(server.start());
        QStringList secrets{u"admin-demo"_s};

        AppController::setStartupOptions(server.url(), {});
        {
            AppController app;
            QSignalSpy finished(&app, &AppController::operationFinished);
            app.start();
            QVERIFY(waitFor(finished, u"start"_s));
            app.signIn(server.url().toString(), u"admin"_s, u"admin-demo"_s);
            QVERIFY(waitFor(finished, u"signIn"_s));
            QVERIFY(succeeded(finished, u"signIn"_s));
            app.enableLegacyTokens();
            QVERIFY(waitFor(finished, u"enable"_s));
            QVERIFY(succeeded(finished, u"enable"_s));

            for (int kind : {0, 1}) {
                const QString token = app.revealToken(kind);
                QCOMPARE(token.size(), 32);
                secrets << token;
            }
            app.copyToken(AppController::ReadWrite);
            QCOMPARE(QGuiApplication::clipboard()->text(), secrets.at(1));
            app.copyAsCurl(AppController::ReadOnly);
            QVERIFY(QGuiApplication::clipboard()->text().contains(secrets.at(2)));
            app.copyAsEnvironment(AppController::ReadWrite);
            QVERIFY(QGuiApplication::clipboard()->text().contains(u"AGENCY_AUTH_TOKEN="_s + secrets.at(1)));

            app.resetToken(AppController::ReadWrite);
            QVERIFY(waitFor(finished, u"reset"_s));
            QVERIFY(succeeded(finished, u"reset"_s));
            const QString fresh = app.revealToken(AppController::ReadWrite);
            QVERIFY(fresh != secrets.at(1));
            secrets << fresh;
            app.copyToken(AppController::ReadWrite);

            // The session token too, read where it lives.
            KeychainStore store;
            const QString host = KeychainKeys::hostPart(server.url().host(), server.url().port());
            const auto session = StoreWaiter::read(store, KeychainKeys::sessionKey(host));
            QVERIFY(session && session->first.ok());
            secrets << session->second;
            QVERIFY(!appEntriesInKeychain().isEmpty()); // the search below can see entries

            app.signOut();
            QVERIFY(waitFor(finished, u"signOut"_s));
            QVERIFY(succeeded(finished, u"signOut"_s));
            QVERIFY(!QGuiApplication::clipboard()->text().contains(fresh));
        }
        qInstallMessageHandler(nullptr);

        // After sign-out the keychain holds no entry the app wrote.
        QCOMPARE(appEntriesInKeychain(), QStringList());

        QVERIFY(g_printed.contains("agencytokens.")); // debug logging was really on
        const QByteArray serverOutput = server.output();
        QStringList searched;
        QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/keyrings/"_s)) // the keyring's own encrypted store
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            searched << path;
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(u"a secret in "_s + path));
        }
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY2(!g_printed.contains(secret.toUtf8()), "a secret in the app's log output");
            QVERIFY2(!serverOutput.contains(secret.toUtf8()), "a secret in the server's output");
        }
        qInfo() << "searched" << searched.size() << "files under HOME," << g_printed.size() << "bytes of app log,"
                << serverOutput.size() << "bytes of server output for" << secrets.size() << "secrets";
    }
};

QTEST_MAIN(TestLeak)
#include "tst_leak.moc"
