// SPDX-License-Identifier: MIT
// The reference server under abuse, against the real binary over loopback:
// HEAD answers without bodies, connection timeouts and caps, running out of
// file descriptors, and Auth Tokens at rest.
#include "HttpClient.h"
#include "ServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace AgencyTokens::Testing;

namespace {

constexpr int WaitMs = 5000;

/// A connected raw socket, or null.
std::unique_ptr<QTcpSocket> connectTo(const QUrl &url)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(url.host(), quint16(url.port()));
    if (!socket->waitForConnected(WaitMs))
        return nullptr;
    return socket;
}

/// Reads until \a socket holds a whole response head; returns it without the blank line.
QByteArray readHead(QTcpSocket &socket)
{
    QByteArray head;
    while (!head.contains("\r\n\r\n")) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(WaitMs))
            return head;
        head += socket.read(1); // byte by byte: nothing after the head is consumed
    }
    head.chop(4);
    return head;
}

/// The value of \a name in a raw response head; empty when absent.
QByteArray headerOf(const QByteArray &head, QByteArrayView name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.sliced(colon + 1).trimmed();
    }
    return {};
}

/// utime + stime of \a pid in seconds, from /proc/<pid>/stat.
double cpuSeconds(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the command name, which may hold spaces: state is field 3.
    const QList<QByteArray> fields = stat.sliced(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks; // fields 14 and 15
}

/// Everything in the SQLite file and whatever sits next to it (journal, WAL).
QByteArray databaseBytes(const QString &dataDir)
{
    QByteArray all;
    const QStringList files = QDir(dataDir).entryList({u"agency-tokens-server.sqlite*"_s}, QDir::Files);
    for (const QString &name : files) {
        QFile file(QDir(dataDir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

/// kind -> authToken from the credentials call.
QMap<QString, QString> credentials(HttpClient &client, const QString &session)
{
    QMap<QString, QString> tokens;
    for (const QJsonValue &token : client.legacyTokens(session))
        tokens.insert(token[u"accountSid"_s].toString(), token[u"authToken"_s].toString());
    return tokens;
}

} // namespace

class tst_ServerHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void head_hasNoBody_andKeepAliveWorks_data();
    void head_hasNoBody_andKeepAliveWorks();
    void connectionClose_isHonoured();
    void halfSentRequests_closedWithinHeaderTimeout();
    void slowBody_closedAfterBodyTimeout();
    void idleKeepAlive_closedAfterIdleTimeout();
    void connectionCap_refusesPolitely_withoutCpu();
    void outOfFileDescriptors_noSpin_andRecovers();
    void tokens_encryptedAtRest();
    void tokens_clearRowsMigrated_andKeyRequired();
    void schema_olderDatabaseUpgradedInPlace();
};

void tst_ServerHardening::head_hasNoBody_andKeepAliveWorks_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("405 on the session path") << "/api/v1/session"_ba << 405;
    QTest::newRow("405 on a GET path") << "/api/v1/platform-rest-web-services"_ba << 405;
    QTest::newRow("404") << "/no/such/path"_ba << 404;
}

void tst_ServerHardening::head_hasNoBody_andKeepAliveWorks()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    ServerProcess server;
    QVERIFY(server.start());
    const auto socket = connectTo(server.url());
    QVERIFY(socket);

    socket->write("HEAD " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const QByteArray head = readHead(*socket);
    QVERIFY2(head.startsWith("HTTP/1.1 " + QByteArray::number(status)), head.constData());
    // Content-Length, if sent, must announce no body: none follows.
    const QByteArray length = headerOf(head, "Content-Length");
    QVERIFY2(length.isEmpty() || length == "0", head.constData());

    // The same connection answers the next request from its first byte: a
    // body after the HEAD answer would show up here instead.
    socket->write("GET /no/such/path HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const QByteArray next = readHead(*socket);
    QVERIFY2(next.startsWith("HTTP/1.1 404"), next.constData());
    const int bodyLength = headerOf(next, "Content-Length").toInt();
    QVERIFY(bodyLength > 0);
    QByteArray body;
    while (body.size() < bodyLength && (socket->bytesAvailable() > 0 || socket->waitForReadyRead(WaitMs)))
        body += socket->read(bodyLength - body.size());
    QVERIFY2(body.startsWith("{\"error\""), body.constData());
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
}

void tst_ServerHardening::connectionClose_isHonoured()
{
    ServerProcess server;
    QVERIFY(server.start());
    for (const QByteArray &request : {"GET /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"_ba,
                                      "GET /nope HTTP/1.0\r\n\r\n"_ba}) {
        const auto socket = connectTo(server.url());
        QVERIFY(socket);
        socket->write(request);
        const QByteArray head = readHead(*socket);
        QVERIFY2(head.contains(" 404 "), head.constData());
        // The server hangs up after the answer, long before any timeout.
        QVERIFY(socket->state() == QAbstractSocket::UnconnectedState || socket->waitForDisconnected(2000));
    }
}

void tst_ServerHardening::halfSentRequests_closedWithinHeaderTimeout()
{
    constexpr int Connections = 200;
    constexpr int HeaderTimeoutMs = 1000;
    ServerProcess server;
    QVERIFY(server.start({u"--demo"_s, u"--header-timeout"_s, u"1"_s}));

    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < Connections; ++i) {
        auto socket = connectTo(server.url());
        QVERIFY(socket);
        // A request whose headers never end (a slowloris).
        socket->write("GET /api/v1/session HTTP/1.1\r\nHost: localhost\r\nX-Slow: ");
        socket->flush();
        sockets.push_back(std::move(socket));
    }
    const auto closedCount = [&sockets] {
        return std::count_if(sockets.begin(), sockets.end(), [](const auto &socket) {
            return socket->state() == QAbstractSocket::UnconnectedState;
        });
    };
    QTRY_COMPARE_WITH_TIMEOUT(closedCount(), Connections, HeaderTimeoutMs + 3000);
    const qint64 elapsed = clock.elapsed();
    qInfo("%d half-sent requests closed after %lld ms (header timeout %d ms)", Connections, elapsed, HeaderTimeoutMs);
    QVERIFY2(elapsed >= HeaderTimeoutMs - 100, "closed before the header timeout");
    // And the server is still fine.
    HttpClient client(server.url());
    QCOMPARE(client.get(u"/nope"_s).status, 404);
}

void tst_ServerHardening::slowBody_closedAfterBodyTimeout()
{
    ServerProcess server;
    QVERIFY(server.start({u"--demo"_s, u"--body-timeout"_s, u"0.5"_s}));
    const auto socket = connectTo(server.url());
    QVERIFY(socket);
    socket->write("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: 100\r\n\r\n{\"username\":");
    QElapsedTimer clock;
    clock.start();
    const QByteArray head = readHead(*socket);
    QVERIFY2(head.startsWith("HTTP/1.1 408"), head.constData());
    QVERIFY(socket->state() == QAbstractSocket::UnconnectedState || socket->waitForDisconnected(2000));
    QVERIFY(clock.elapsed() >= 400);
}

void tst_ServerHardening::idleKeepAlive_closedAfterIdleTimeout()
{
    ServerProcess server;
    QVERIFY(server.start({u"--demo"_s, u"--idle-timeout"_s, u"0.5"_s}));
    const auto socket = connectTo(server.url());
    QVERIFY(socket);
    socket->write("GET /nope HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(readHead(*socket).contains(" 404 "));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(socket->waitForDisconnected(3000));
    QVERIFY(clock.elapsed() >= 400);
}

void tst_ServerHardening::connectionCap_refusesPolitely_withoutCpu()
{
    constexpr int Cap = 20;
    ServerProcess server;
    QVERIFY(server.start({u"--demo"_s, u"--max-connections"_s, QString::number(Cap)}));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < Cap; ++i) {
        held.push_back(connectTo(server.url()));
        QVERIFY(held.back());
        // A full request and its answer: the server has surely counted this one.
        held.back()->write("GET /nope HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(readHead(*held.back()).contains(" 404 "));
    }

    // One more: a short 503 in the API's error format, then the server hangs up.
    const auto extra = connectTo(server.url());
    QVERIFY(extra);
    QByteArray refusal;
    while (extra->waitForReadyRead(2000) || extra->bytesAvailable() > 0) {
        refusal += extra->readAll();
        if (extra->state() == QAbstractSocket::UnconnectedState)
            break;
    }
    refusal += extra->readAll();
    QVERIFY2(refusal.startsWith("HTTP/1.1 503"), refusal.constData());
    QVERIFY(refusal.contains("Retry-After: 1"));
    QVERIFY(refusal.contains("\"code\":\"server_busy\""));

    // At the cap and idle, the server burns no CPU.
    const double before = cpuSeconds(server.processId());
    QTest::qWait(2000); // a measuring window, not a wait for a condition
    const double used = cpuSeconds(server.processId()) - before;
    qInfo("CPU at the connection cap over 2 s: %.3f s", used);
    QVERIFY2(used < 0.2, qPrintable(u"%1 s of CPU in 2 s"_s.arg(used)));

    // One closes: the server serves again.
    held.pop_back();
    HttpClient client(server.url());
    QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/nope"_s).status, 404, WaitMs);
}

void tst_ServerHardening::outOfFileDescriptors_noSpin_andRecovers()
{
    // A low descriptor limit and a high cap: accept() itself fails (EMFILE)
    // while connections wait in the backlog, the case that spins a naive server.
    ServerProcess server;
    QVERIFY(server.start({u"--demo"_s, u"--max-open-files"_s, u"32"_s, u"--max-connections"_s, u"1000"_s,
                          u"--header-timeout"_s, u"60"_s}));
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 60; ++i) {
        held.push_back(connectTo(server.url())); // the kernel completes them, even unaccepted
        QVERIFY(held.back());
    }
    QTRY_VERIFY_WITH_TIMEOUT(server.output().contains("Out of file descriptors"), WaitMs);

    const double before = cpuSeconds(server.processId());
    QTest::qWait(2000); // a measuring window, not a wait for a condition
    const double used = cpuSeconds(server.processId()) - before;
    qInfo("CPU while out of file descriptors over 2 s: %.3f s", used);
    QVERIFY2(used < 0.2, qPrintable(u"%1 s of CPU in 2 s"_s.arg(used)));

    held.clear();
    HttpClient client(server.url());
    QTRY_COMPARE_WITH_TIMEOUT(client.get(u"/nope"_s).status, 404, WaitMs);
    QVERIFY(server.isRunning());
}

void tst_ServerHardening::tokens_encryptedAtRest()
{
    ServerProcess server;
    QVERIFY(server.start());
    HttpClient client(server.url());
    const QString session = client.signInAndEnable();
    QVERIFY(!session.isEmpty());
    QStringList seen = credentials(client, session).values();
    QCOMPARE(client.post(u"/api/v1/legacy-tokens/readWrite/reset"_s, {}, HttpClient::bearer(session)).status, 200);
    QMap<QString, QString> current = credentials(client, session);
    seen += current.values();
    // Scoped access tokens: one created, then reset; and a demo one reset.
    const QJsonObject created =
        client.post(u"/api/v1/access-tokens"_s,
                    {{u"name"_s, u"At rest"_s}, {u"primaryContact"_s, u"a@b.example"_s},
                     {u"scopes"_s, QJsonArray{u"account.companyInformation.read"_s}}},
                    HttpClient::bearer(session))
            .json();
    const QString scopedSid = created[u"accountSid"_s].toString();
    seen << created[u"authToken"_s].toString();
    const QString reset = client.post(u"/api/v1/access-tokens/%1/reset"_s.arg(scopedSid), {}, HttpClient::bearer(session))
                              .json()[u"authToken"_s]
                              .toString();
    seen << reset;
    current.insert(scopedSid, reset);
    const QString demoSid = client.get(u"/api/v1/access-tokens"_s, HttpClient::bearer(session))
                                .json()[u"accessTokens"_s][0][u"accountSid"_s]
                                .toString();
    seen << client.post(u"/api/v1/access-tokens/%1/reset"_s.arg(demoSid), {}, HttpClient::bearer(session))
                .json()[u"authToken"_s]
                .toString();
    current.insert(demoSid, seen.last());
    // Three legacy values (Read-Only never reset) and three scoped ones.
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 6);
    // The tokens still pass the platform's Basic-auth check.
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        QCOMPARE(client.get(u"/Agencies/%1/CompanyInformation"_s.arg(it.key()), HttpClient::basic(it.key(), it.value()))
                     .status,
                 200);
    server.stop();

    const QByteArray file = databaseBytes(server.dataDir());
    QVERIFY(file.size() > 0);
    for (const QString &token : std::as_const(seen)) {
        QCOMPARE(token.size(), 32);
        QVERIFY2(!file.contains(token.toLatin1()), "an Auth Token is in the database in clear");
    }
    // Every stored scoped token, the demo's included, is in the cipher's form.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(QDir(server.dataDir()).filePath(u"agency-tokens-server.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery rows(u"SELECT auth_token FROM access_tokens"_s, db);
        int count = 0;
        while (rows.next()) {
            QVERIFY(rows.value(0).toString().startsWith(u"v1:"_s));
            ++count;
        }
        QCOMPARE(count, 3);
        rows.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    struct stat info{};
    QCOMPARE(::stat(QFile::encodeName(QDir(server.dataDir()).filePath(u"token.key"_s)).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    QCOMPARE(info.st_size, off_t(32));
}

void tst_ServerHardening::tokens_clearRowsMigrated_andKeyRequired()
{
    ServerProcess server;
    QVERIFY(server.start());
    HttpClient client(server.url());
    const QString session = client.signInAndEnable();
    QVERIFY(!session.isEmpty());
    const QString sid = credentials(client, session).firstKey();
    server.stop();

    // What an older server left: a token in clear.
    const QString clear = u"Clear-token-from-an-old-server-x"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(QDir(server.dataDir()).filePath(u"agency-tokens-server.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery update(db);
        QVERIFY(update.prepare(u"UPDATE legacy_tokens SET auth_token = ? WHERE account_sid = ?"_s));
        update.addBindValue(clear);
        update.addBindValue(sid);
        QVERIFY(update.exec());
        QCOMPARE(update.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    QVERIFY(databaseBytes(server.dataDir()).contains(clear.toLatin1()));

    QVERIFY(server.start());
    client.setBaseUrl(server.url());
    QCOMPARE(client.get(u"/Agencies/%1/CompanyInformation"_s.arg(sid), HttpClient::basic(sid, clear)).status, 200);
    server.stop();
    QVERIFY2(!databaseBytes(server.dataDir()).contains(clear.toLatin1()), "the clear row was not encrypted");

    // Without its key the encrypted rows are useless: the server says so and stops.
    QVERIFY(QFile::remove(QDir(server.dataDir()).filePath(u"token.key"_s)));
    QVERIFY(!server.start());
    QVERIFY2(server.output().contains("token key file"), server.output().constData());
}

void tst_ServerHardening::schema_olderDatabaseUpgradedInPlace()
{
    ServerProcess server;
    QVERIFY(server.start());
    HttpClient client(server.url());
    const QString session = client.signInAndEnable();
    QVERIFY(!session.isEmpty());
    const QMap<QString, QString> legacy = credentials(client, session);
    server.stop();

    // What a server from before scoped tokens left: schema version 1, no access_tokens table.
    const QString file = QDir(server.dataDir()).filePath(u"agency-tokens-server.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"DROP TABLE access_tokens"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    QVERIFY(server.start()); // --demo: the database holds data, nothing is seeded
    client.setBaseUrl(server.url());
    // Nothing lost: the session and the legacy tokens still pass.
    for (auto it = legacy.cbegin(); it != legacy.cend(); ++it)
        QCOMPARE(client.get(u"/Agencies/%1/CompanyInformation"_s.arg(it.key()), HttpClient::basic(it.key(), it.value()))
                     .status,
                 200);
    const QJsonObject state = client.get(u"/api/v1/platform-rest-web-services"_s, HttpClient::bearer(session)).json();
    QCOMPARE(state[u"legacyTokensEnabled"_s], QJsonValue(true));
    QCOMPARE(state[u"accessTokens"_s].toArray(), QJsonArray());
    // And scoped tokens work on the upgraded file.
    const HttpResponse created =
        client.post(u"/api/v1/access-tokens"_s,
                    {{u"name"_s, u"After upgrade"_s}, {u"primaryContact"_s, u"a@b.example"_s},
                     {u"scopes"_s, QJsonArray{u"account.companyInformation.read"_s}}},
                    HttpClient::bearer(session));
    QCOMPARE(created.status, 201);
    const QString sid = created.json()[u"accountSid"_s].toString();
    QCOMPARE(client.get(u"/Agencies/%1/CompanyInformation"_s.arg(sid),
                        HttpClient::basic(sid, created.json()[u"authToken"_s].toString()))
                 .status,
             200);
    server.stop();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"new"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery version(u"PRAGMA user_version"_s, db);
        QVERIFY(version.next());
        QCOMPARE(version.value(0).toInt(), 2);
        version.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"new"_s);
}

QTEST_GUILESS_MAIN(tst_ServerHardening)
#include "tst_server_hardening.moc"
