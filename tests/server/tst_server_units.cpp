// SPDX-License-Identifier: MIT
// The server's pieces on their own: password hashing, secret generation,
// sign-in throttling, constant-time comparison, the command line.
#include "ServerOptions.h"
#include "auth/ConstantTime.h"
#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/PasswordWorkers.h"
#include "auth/Role.h"
#include "tokens/ApiVersions.h"
#include "tokens/TokenCipher.h"
#include "tokens/TokenGenerator.h"

#include <QPasswordDigestor>
#include <QTemporaryDir>

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace AgencyTokens::Server;

class tst_ServerUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordHasher_roundTrip();
    void passwordHasher_refusesDamagedHashes_data();
    void passwordHasher_refusesDamagedHashes();
    void tokenGenerator_formats();
    void tokenGenerator_usesWholeAlphabet();
    void constantTimeEquals();
    void loginThrottle();
    void loginThrottle_boundedTable();
    void loginThrottle_longNamesNotTracked();
    void passwordHasher_matchesQtPbkdf2();
    void passwordWorkers_boundedAndAsync();
    void tokenCipher_roundTripAndTamper();
    void tokenCipher_keyFile();
    void options_limits();
    void roles();
    void apiVersions();
    void options_defaults();
    void options_values();
    void options_errors_data();
    void options_errors();
};

void tst_ServerUnits::passwordHasher_roundTrip()
{
    // A low count keeps the test quick; the count travels inside the hash.
    const QString hash = PasswordHasher::hash(u"correct horse"_s, 1000);
    QVERIFY(hash.startsWith(u"pbkdf2-sha256$1000$"_s));
    QVERIFY(!hash.contains(u"correct horse"_s));
    QVERIFY(PasswordHasher::verify(u"correct horse"_s, hash));
    QVERIFY(!PasswordHasher::verify(u"correct horsE"_s, hash));
    QVERIFY(!PasswordHasher::verify(QString(), hash));
    // Fresh salt each time.
    QVERIFY(PasswordHasher::hash(u"correct horse"_s, 1000) != hash);
    // Non-ASCII passwords work.
    const QString unicode = PasswordHasher::hash(u"pässwörd-✓"_s, 1000);
    QVERIFY(PasswordHasher::verify(u"pässwörd-✓"_s, unicode));
    QVERIFY(!PasswordHasher::verify(u"passwort-✓"_s, unicode));
    // The default strength is what the docs promise.
    QVERIFY(PasswordHasher::Iterations >= 600000);
}

void tst_ServerUnits::passwordHasher_refusesDamagedHashes_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << u"secret"_s;
    QTest::newRow("wrong scheme") << u"md5$1000$c2FsdA==$a2V5"_s;
    QTest::newRow("zero iterations") << u"pbkdf2-sha256$0$c2FsdA==$a2V5"_s;
    QTest::newRow("absurd iterations") << u"pbkdf2-sha256$2000000000$c2FsdA==$a2V5"_s;
    QTest::newRow("bad base64") << u"pbkdf2-sha256$1000$!!$!!"_s;
    QTest::newRow("short key") << u"pbkdf2-sha256$1000$c2FsdA==$a2V5"_s;
    QTest::newRow("too many parts") << u"pbkdf2-sha256$1000$a$b$c"_s;
}

void tst_ServerUnits::passwordHasher_refusesDamagedHashes()
{
    QFETCH(QString, encoded);
    QVERIFY(!PasswordHasher::verify(u"secret"_s, encoded));
}

void tst_ServerUnits::tokenGenerator_formats()
{
    static const QRegularExpression sid(u"^IR[A-Za-z0-9]{32}$"_s);
    static const QRegularExpression token(u"^[A-Za-z0-9._~-]{32}$"_s);
    static const QRegularExpression session(u"^[A-Za-z0-9_-]{43}$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString a = TokenGenerator::accountSid();
        const QString b = TokenGenerator::authToken();
        const QString c = TokenGenerator::sessionToken();
        QVERIFY2(sid.match(a).hasMatch(), qPrintable(a));
        QVERIFY(token.match(b).hasMatch());
        QVERIFY(session.match(c).hasMatch());
        seen << a << b << c;
    }
    QCOMPARE(seen.size(), 600);
}

void tst_ServerUnits::tokenGenerator_usesWholeAlphabet()
{
    QSet<QChar> characters;
    for (int i = 0; i < 300; ++i) {
        const QString token = TokenGenerator::authToken();
        for (const QChar c : token)
            characters.insert(c);
    }
    // 9600 draws from 66 characters: every one shows up, the punctuation included.
    QCOMPARE(characters.size(), 66);
}

void tst_ServerUnits::constantTimeEquals()
{
    QVERIFY(AgencyTokens::Server::constantTimeEquals("abc", "abc"));
    QVERIFY(AgencyTokens::Server::constantTimeEquals("", ""));
    QVERIFY(!AgencyTokens::Server::constantTimeEquals("abc", "abd"));
    QVERIFY(!AgencyTokens::Server::constantTimeEquals("abc", "abcd"));
    QVERIFY(!AgencyTokens::Server::constantTimeEquals("abc", ""));
}

void tst_ServerUnits::loginThrottle()
{
    LoginThrottle throttle;
    for (int i = 0; i < LoginThrottle::MaxFailures; ++i) {
        QCOMPARE(throttle.retryAfterSeconds(u"admin"_s), 0);
        throttle.recordFailure(u"admin"_s);
    }
    const int wait = throttle.retryAfterSeconds(u"admin"_s);
    QVERIFY(wait > 0 && wait <= 300);
    QCOMPARE(throttle.retryAfterSeconds(u"viewer"_s), 0);
    throttle.recordSuccess(u"admin"_s);
    QCOMPARE(throttle.retryAfterSeconds(u"admin"_s), 0);
}

void tst_ServerUnits::roles()
{
    for (const Role role : {Role::Administrator, Role::ImplementationSpecialist, Role::Staff})
        QCOMPARE(roleFromWire(roleToWire(role)), role);
    QCOMPARE(roleToWire(Role::ImplementationSpecialist), u"implementationSpecialist"_s);
    QVERIFY(canManageTokens(Role::Administrator));
    QVERIFY(canManageTokens(Role::ImplementationSpecialist));
    QVERIFY(!canManageTokens(Role::Staff));
    QVERIFY(!roleFromWire(u"Administrator"));
}

void tst_ServerUnits::apiVersions()
{
    QVERIFY(ApiVersions::isKnown(2));
    QVERIFY(ApiVersions::isKnown(3));
    QVERIFY(!ApiVersions::isKnown(1));
    QVERIFY(!ApiVersions::isKnown(4));
    QCOMPARE(ApiVersions::Newest, 3);
}

void tst_ServerUnits::options_defaults()
{
    const ServerOptions options = ServerOptions::parse({u"agency-tokens-server"_s});
    QCOMPARE(options.action(), ServerOptions::Action::Run);
    QCOMPARE(options.address(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(options.port(), ServerOptions::DefaultPort);
    QCOMPARE(options.sessionTtl(), std::chrono::seconds(8 * 3600));
    QVERIFY(!options.demo());
    QVERIFY(!options.dataDir().isEmpty());
    QCOMPARE(options.legacyApiVersion(), ApiVersions::Newest);
}

void tst_ServerUnits::options_values()
{
    const ServerOptions options = ServerOptions::parse({u"agency-tokens-server"_s, u"--host"_s, u"::1"_s, u"--port"_s,
                                                        u"0"_s, u"--data"_s, u"/tmp/x"_s, u"--demo"_s,
                                                        u"--session-ttl"_s, u"2"_s, u"--legacy-api-version"_s,
                                                        u"2"_s});
    QCOMPARE(options.action(), ServerOptions::Action::Run);
    QCOMPARE(options.address(), QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(options.port(), quint16(0));
    QCOMPARE(options.dataDir(), u"/tmp/x"_s);
    QVERIFY(options.demo());
    QCOMPARE(options.sessionTtl(), std::chrono::seconds(2));
    QCOMPARE(options.legacyApiVersion(), 2);

    QCOMPARE(ServerOptions::parse({u"s"_s, u"--help"_s}).action(), ServerOptions::Action::ShowHelp);
    QCOMPARE(ServerOptions::parse({u"s"_s, u"--version"_s}).action(), ServerOptions::Action::ShowVersion);
    QCOMPARE(ServerOptions::parse({u"s"_s, u"--host"_s, u"localhost"_s}).address(),
             QHostAddress(QHostAddress::LocalHost));
}

void tst_ServerUnits::options_errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port") << QStringList{u"--port"_s, u"99999"_s};
    QTest::newRow("ttl") << QStringList{u"--session-ttl"_s, u"-5"_s};
    QTest::newRow("ttl too long") << QStringList{u"--session-ttl"_s, u"999999999"_s};
    QTest::newRow("host") << QStringList{u"--host"_s, u"example.org"_s};
    QTest::newRow("unknown") << QStringList{u"--nope"_s};
    QTest::newRow("legacy api version unknown") << QStringList{u"--legacy-api-version"_s, u"7"_s};
    QTest::newRow("legacy api version older") << QStringList{u"--legacy-api-version"_s, u"1"_s};
    QTest::newRow("legacy api version text") << QStringList{u"--legacy-api-version"_s, u"newest"_s};
    QTest::newRow("legacy api version empty") << QStringList{u"--legacy-api-version"_s, QString()};
}

void tst_ServerUnits::options_errors()
{
    QFETCH(QStringList, arguments);
    const ServerOptions options = ServerOptions::parse(QStringList{u"agency-tokens-server"_s} + arguments);
    QCOMPARE(options.action(), ServerOptions::Action::Fail);
    QVERIFY(!options.message().isEmpty());
}

void tst_ServerUnits::loginThrottle_boundedTable()
{
    LoginThrottle throttle;
    QCOMPARE(throttle.capacity(), LoginThrottle::DefaultCapacity);
    for (int i = 0; i < 10000; ++i)
        throttle.recordFailure(u"sprayed-%1"_s.arg(i));
    QCOMPARE(throttle.trackedCount(), LoginThrottle::DefaultCapacity);

    // The least recently failed names went first; a name still failing stays locked.
    LoginThrottle small(3);
    for (int i = 0; i < LoginThrottle::MaxFailures; ++i)
        small.recordFailure(u"victim"_s);
    small.recordFailure(u"a"_s);
    small.recordFailure(u"b"_s);
    QVERIFY(small.retryAfterSeconds(u"victim"_s) > 0);
    small.recordFailure(u"victim"_s); // the most recent again
    small.recordFailure(u"c"_s);      // evicts "a", the oldest
    QCOMPARE(small.trackedCount(), 3);
    QVERIFY(small.retryAfterSeconds(u"victim"_s) > 0);
    small.recordSuccess(u"victim"_s);
    QCOMPARE(small.trackedCount(), 2);
}

void tst_ServerUnits::loginThrottle_longNamesNotTracked()
{
    LoginThrottle throttle;
    const QString longest(LoginThrottle::MaxUsernameLength, u'x');
    const QString tooLong(LoginThrottle::MaxUsernameLength + 1, u'x');
    QVERIFY(LoginThrottle::isAcceptableUsername(longest));
    QVERIFY(!LoginThrottle::isAcceptableUsername(tooLong));
    throttle.recordFailure(tooLong);
    QCOMPARE(throttle.trackedCount(), 0);
    throttle.recordFailure(longest);
    QCOMPARE(throttle.trackedCount(), 1);
}

void tst_ServerUnits::passwordHasher_matchesQtPbkdf2()
{
    // Hashes written by the earlier server (Qt's PBKDF2) still verify.
    const QByteArray salt(PasswordHasher::SaltBytes, 's');
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, QString::fromUtf8("pässwörd").toUtf8(),
                                                              salt, 1000, PasswordHasher::KeyBytes);
    const QString encoded = u"pbkdf2-sha256$1000$%1$%2"_s.arg(QString::fromLatin1(salt.toBase64()),
                                                                QString::fromLatin1(key.toBase64()));
    QVERIFY(PasswordHasher::verify(QString::fromUtf8("pässwörd"), encoded));
    QVERIFY(!PasswordHasher::verify(u"password"_s, encoded));
}

void tst_ServerUnits::passwordWorkers_boundedAndAsync()
{
    PasswordWorkers workers(2);
    QSemaphore release;
    QList<bool> results;
    QThread *const mainThread = QThread::currentThread();
    bool doneOnMainThread = true;
    const auto work = [&release] {
        release.acquire();
        return true;
    };
    const auto done = [&](bool result) {
        doneOnMainThread = doneOnMainThread && QThread::currentThread() == mainThread;
        results.append(result);
    };
    QVERIFY(workers.tryRun(work, done));
    QVERIFY(workers.tryRun(work, done));
    // Full: refused at once, nothing queued.
    QVERIFY(!workers.tryRun(work, done));
    QCOMPARE(workers.busy(), 2);
    release.release(2);
    QTRY_COMPARE(results.size(), 2);
    QVERIFY(doneOnMainThread);
    QCOMPARE(workers.busy(), 0);
    QVERIFY(workers.tryRun([] { return false; }, done));
    QTRY_COMPARE(results.size(), 3);
    QCOMPARE(results.constLast(), false);
}

void tst_ServerUnits::tokenCipher_roundTripAndTamper()
{
    QTemporaryDir dir;
    TokenCipher cipher;
    QString error;
    QVERIFY(cipher.open(dir.filePath(u"token.key"_s), true, &error));
    const QString token = TokenGenerator::authToken();
    const QString sid = TokenGenerator::accountSid();
    const QString sealed = cipher.encrypt(token, sid);
    QVERIFY(TokenCipher::isEncrypted(sealed));
    QVERIFY(!sealed.contains(token));
    QCOMPARE(cipher.decrypt(sealed, sid), std::optional<QString>(token));
    // Fresh nonce each time.
    QVERIFY(cipher.encrypt(token, sid) != sealed);
    // Another row's SID, a changed byte, a clear token: refused.
    QVERIFY(!cipher.decrypt(sealed, TokenGenerator::accountSid()));
    QString changed = sealed;
    changed[10] = changed[10] == u'A' ? u'B' : u'A';
    QVERIFY(!cipher.decrypt(changed, sid));
    QVERIFY(!cipher.decrypt(token, sid));
    // Another key cannot open it.
    QTemporaryDir other;
    TokenCipher stranger;
    QVERIFY(stranger.open(other.filePath(u"token.key"_s), true, &error));
    QVERIFY(!stranger.decrypt(sealed, sid));
}

void tst_ServerUnits::tokenCipher_keyFile()
{
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(u"token.key"_s);
    QString error;
    TokenCipher missing;
    QVERIFY(!missing.open(keyFile, false, &error));
    QVERIFY(error.contains(keyFile));

    TokenCipher created;
    QVERIFY(created.open(keyFile, true, &error));
    QCOMPARE(QFile(keyFile).size(), TokenCipher::KeyBytes);
    QCOMPARE(QFile::permissions(keyFile) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    TokenCipher reopened;
    QVERIFY(reopened.open(keyFile, false, &error));
    QCOMPARE(reopened.decrypt(created.encrypt(u"x"_s, u"sid"_s), u"sid"_s), std::optional<QString>(u"x"_s));

    // A key others may read is refused.
    QVERIFY(QFile::setPermissions(keyFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    TokenCipher exposed;
    QVERIFY(!exposed.open(keyFile, false, &error));
    QVERIFY(error.contains(u"chmod 600"_s));
}

void tst_ServerUnits::options_limits()
{
    const ServerLimits defaults = ServerOptions::parse({u"s"_s}).limits();
    QCOMPARE(defaults.hashIterations(), 600000);
    QCOMPARE(defaults.hashConcurrency(), 2);
    QCOMPARE(defaults.headerTimeout(), std::chrono::milliseconds(10000));
    QCOMPARE(defaults.bodyTimeout(), std::chrono::milliseconds(30000));
    QCOMPARE(defaults.idleTimeout(), std::chrono::milliseconds(60000));
    QCOMPARE(defaults.maxConnections(), 256);
    QCOMPARE(defaults.maxOpenFiles(), 0);
    QVERIFY(defaults.tokenKeyFile().isEmpty());

    const ServerOptions options = ServerOptions::parse(
        {u"s"_s, u"--hash-iterations"_s, u"1000"_s, u"--hash-concurrency"_s, u"4"_s, u"--header-timeout"_s, u"0.5"_s,
         u"--body-timeout"_s, u"2"_s, u"--idle-timeout"_s, u"3"_s, u"--max-connections"_s, u"9"_s,
         u"--max-open-files"_s, u"64"_s, u"--token-key"_s, u"/tmp/k"_s});
    QCOMPARE(options.action(), ServerOptions::Action::Run);
    QCOMPARE(options.limits().hashIterations(), 1000);
    QCOMPARE(options.limits().hashConcurrency(), 4);
    QCOMPARE(options.limits().headerTimeout(), std::chrono::milliseconds(500));
    QCOMPARE(options.limits().bodyTimeout(), std::chrono::milliseconds(2000));
    QCOMPARE(options.limits().idleTimeout(), std::chrono::milliseconds(3000));
    QCOMPARE(options.limits().maxConnections(), 9);
    QCOMPARE(options.limits().maxOpenFiles(), 64);
    QCOMPARE(options.limits().tokenKeyFile(), u"/tmp/k"_s);

    for (const QStringList &bad : {QStringList{u"--hash-iterations"_s, u"0"_s}, {u"--hash-concurrency"_s, u"x"_s},
                                   {u"--header-timeout"_s, u"-1"_s}, {u"--max-connections"_s, u"0"_s}})
        QCOMPARE(ServerOptions::parse(QStringList{u"s"_s} + bad).action(), ServerOptions::Action::Fail);
}

QTEST_GUILESS_MAIN(tst_ServerUnits)
#include "tst_server_units.moc"
