// SPDX-License-Identifier: MIT
// PlatformApi's calls for scoped access tokens (docs/api.md, part 2) against a
// fake management server (FaultServer): each request's method, path and JSON
// body exactly as the contract says, and each answer read strictly.
#include "FaultServer.h"
#include "platform/PlatformApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;
using Kind = HttpError::Kind;

namespace {
constexpr int Wait = 20000;
const QString Sid = u"IR0123456789abcdefghijABCDEFGHIJ01"_s;
const QString OtherSid = u"IRzyxwvutsrqponmlkjihgfedcba987654"_s;
const QString Token = u"abcdefghijklmnopqrstuvwxyz012345"_s;

QJsonObject tokenJson(const QString &sid = Sid)
{
    return QJsonObject{{u"id"_s, sid},
                       {u"accountSid"_s, sid},
                       {u"name"_s, u"Reporting sync"_s},
                       {u"description"_s, u"Nightly export."_s},
                       {u"apiVersion"_s, 3},
                       {u"primaryContact"_s, u"ops@example.com"_s},
                       {u"developerEmails"_s, QJsonArray{u"dev@example.com"_s}},
                       {u"scopes"_s, QJsonArray{u"reports.list"_s, u"jobs.status"_s}},
                       {u"createdAt"_s, u"2026-01-02T03:04:05Z"_s},
                       {u"lastResetAt"_s, QJsonValue::Null},
                       {u"fingerprint"_s, u"AAAAAAAAAAAAAAAAAAAAAA"_s}};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray errorAnswer(int status, const char *code)
{
    return FaultServer::response(status, R"({"error":{"code":")" + QByteArray(code) + R"(","message":"x"}})");
}

/// A request as the fake server received it: request line, headers, JSON body.
struct Sent
{
    QByteArray line;
    QByteArray head;
    QByteArray body;
};

Sent parse(const QByteArray &raw)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    return {raw.left(raw.indexOf("\r\n")), raw.left(end), raw.mid(end + 4)};
}

QJsonObject bodyOf(const Sent &sent)
{
    return QJsonDocument::fromJson(sent.body).object();
}
} // namespace

class TestPlatformAccessTokens : public QObject
{
    Q_OBJECT

    RestClient m_client;

    /// Runs `action` on an API pointed at `fault`, signed in, and waits for its answer.
    template<typename T, typename Action>
    std::pair<HttpError, T> run(FaultServer &fault, Action action)
    {
        PlatformApi api(&m_client);
        api.setServer(fault.url());
        api.setSessionToken(Secret::fromClearValue(u"session-token-value"_s));
        std::optional<std::pair<HttpError, T>> out;
        action(api, [&out](const HttpError &e, const T &value) { out = {e, value}; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, Wait))
            return {HttpError::make(Kind::Cancelled, u"test gave up waiting"_s), T{}};
        return *out;
    }

    Sent only(const FaultServer &fault)
    {
        [&] { QCOMPARE(fault.requests().size(), 1); }();
        return parse(fault.requests().value(0));
    }

private Q_SLOTS:
    void scopeCatalogueIsAsked()
    {
        FaultServer fault;
        fault.setAnswer(FaultServer::response(200, json({{u"scopes"_s, QJsonArray{QJsonObject{
            {u"id"_s, u"reports.list"_s}, {u"category"_s, u"Reports"_s}, {u"title"_s, u"List reports"_s},
            {u"method"_s, u"GET"_s}, {u"path"_s, u"/Agencies/{AccountSID}/Reports"_s}}}}})));
        const auto [error, scopes] = run<QList<ScopeInfo>>(fault, [this](PlatformApi &api, auto done) {
            api.scopeCatalogue(this, done);
        });
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(scopes.size(), 1);
        QCOMPARE(scopes.at(0).title, u"List reports"_s);
        const Sent sent = only(fault);
        QCOMPARE(sent.line, QByteArray("GET /api/v1/access-tokens/scopes HTTP/1.1"));
        QVERIFY(sent.head.contains("\r\nAuthorization: Bearer session-token-value"));
        QVERIFY(sent.body.isEmpty());
    }

    void malformedCatalogueIsABadResponse()
    {
        FaultServer fault;
        fault.setAnswer(FaultServer::response(200, R"({"scopes":[{"id":"x"}]})"));
        const auto [error, scopes] = run<QList<ScopeInfo>>(fault, [this](PlatformApi &api, auto done) {
            api.scopeCatalogue(this, done);
        });
        QCOMPARE(error.kind, Kind::BadResponse);
        QVERIFY2(error.message.contains(u"\"category\" is missing"_s), qPrintable(error.message));
        QVERIFY(scopes.isEmpty());
    }

    void accessTokensAreListed()
    {
        FaultServer fault;
        fault.setAnswer(FaultServer::response(200, json({{u"accessTokens"_s, QJsonArray{tokenJson(), tokenJson(OtherSid)}}})));
        const auto [error, tokens] = run<QList<TokenInfo>>(fault, [this](PlatformApi &api, auto done) {
            api.accessTokens(this, done);
        });
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(tokens.at(1).accountSid.toString(), OtherSid);
        QCOMPARE(only(fault).line, QByteArray("GET /api/v1/access-tokens HTTP/1.1"));
    }

    void createSendsTheDraft()
    {
        FaultServer fault;
        QJsonObject issued = tokenJson();
        issued.insert(u"authToken"_s, Token);
        fault.setAnswer(FaultServer::response(201, json(issued)));
        AccessTokenDraft draft;
        draft.name = u"Reporting sync"_s;
        draft.description = u"Nightly export."_s;
        draft.apiVersion = 3;
        draft.primaryContact = u"ops@example.com"_s;
        draft.developerEmails = {u"dev@example.com"_s};
        draft.scopes = {u"reports.list"_s, u"jobs.status"_s};
        const auto [error, token] = run<IssuedAccessToken>(fault, [this, draft](PlatformApi &api, auto done) {
            api.createAccessToken(draft, this, done);
        });
        QVERIFY2(error.ok(), qPrintable(error.message)); // 201 is a success
        QCOMPARE(token.info.name, u"Reporting sync"_s);
        QCOMPARE(token.info.kind, TokenKind::Scoped);
        QCOMPARE(token.credential.kind, TokenKind::Scoped);
        QCOMPARE(token.credential.accountSid.toString(), Sid);
        QCOMPARE(token.credential.authToken.revealClearValue(), Token);

        const Sent sent = only(fault);
        QCOMPARE(sent.line, QByteArray("POST /api/v1/access-tokens HTTP/1.1"));
        QVERIFY(sent.head.contains("\r\nContent-Type: application/json"));
        const QJsonObject expected{{u"name"_s, u"Reporting sync"_s},
                                   {u"description"_s, u"Nightly export."_s},
                                   {u"apiVersion"_s, 3},
                                   {u"primaryContact"_s, u"ops@example.com"_s},
                                   {u"developerEmails"_s, QJsonArray{u"dev@example.com"_s}},
                                   {u"scopes"_s, QJsonArray{u"reports.list"_s, u"jobs.status"_s}}};
        QCOMPARE(bodyOf(sent), expected);
    }

    void createWithTheNewestVersionLeavesItOut()
    {
        FaultServer fault;
        fault.setAnswer(errorAnswer(409, "name_taken"));
        AccessTokenDraft draft;
        draft.name = u"Taken"_s;
        draft.primaryContact = u"ops@example.com"_s;
        draft.scopes = {u"reports.list"_s};
        const auto [error, token] = run<IssuedAccessToken>(fault, [this, draft](PlatformApi &api, auto done) {
            api.createAccessToken(draft, this, done);
        });
        QCOMPARE(error.code, u"name_taken"_s);
        QCOMPARE(error.status, 409);
        QCOMPARE(error.message, HttpError::messageForCode(u"name_taken"_s));
        QVERIFY(token.credential.authToken.isEmpty());
        const QJsonObject body = bodyOf(only(fault));
        QVERIFY(!body.contains(u"apiVersion"_s));
        QCOMPARE(body.value(u"description"_s), QJsonValue(u""_s));
        QCOMPARE(body.value(u"developerEmails"_s), QJsonValue(QJsonArray{}));
        QCOMPARE(body.keys().size(), 5);
    }

    void createAnswerWithoutTheTokenIsABadResponse()
    {
        FaultServer fault;
        fault.setAnswer(FaultServer::response(201, json(tokenJson())));
        const auto [error, token] = run<IssuedAccessToken>(fault, [this](PlatformApi &api, auto done) {
            api.createAccessToken({}, this, done);
        });
        QCOMPARE(error.kind, Kind::BadResponse);
        QVERIFY2(error.message.contains(u"\"authToken\" is missing"_s), qPrintable(error.message));
    }

    void updateSendsOnlyWhatChanges_data()
    {
        QTest::addColumn<int>("fields");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("nothing") << 0 << QJsonObject{};
        QTest::newRow("name") << 1 << QJsonObject{{u"name"_s, u"Renamed"_s}};
        QTest::newRow("scopes and version")
            << 2 << QJsonObject{{u"scopes"_s, QJsonArray{u"jobs.status"_s}}, {u"apiVersion"_s, 3}};
        QTest::newRow("everything") << 3
                                    << QJsonObject{{u"name"_s, u"Renamed"_s},
                                                   {u"description"_s, u""_s},
                                                   {u"apiVersion"_s, 3},
                                                   {u"primaryContact"_s, u"new@example.com"_s},
                                                   {u"developerEmails"_s, QJsonArray{}},
                                                   {u"scopes"_s, QJsonArray{u"jobs.status"_s}}};
    }
    void updateSendsOnlyWhatChanges()
    {
        QFETCH(int, fields);
        QFETCH(QJsonObject, expected);
        AccessTokenChange change;
        if (fields == 1 || fields == 3)
            change.name = u"Renamed"_s;
        if (fields >= 2) {
            change.scopes = QStringList{u"jobs.status"_s};
            change.apiVersion = 3;
        }
        if (fields == 3) {
            change.description = QString(u""_s);
            change.primaryContact = u"new@example.com"_s;
            change.developerEmails = QStringList{};
        }
        FaultServer fault;
        fault.setAnswer(FaultServer::response(200, json(tokenJson())));
        const AccountSid id = *AccountSid::parse(Sid);
        const auto [error, token] = run<TokenInfo>(fault, [this, id, change](PlatformApi &api, auto done) {
            api.updateAccessToken(id, change, this, done);
        });
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(token.accountSid, id);
        const Sent sent = only(fault);
        QCOMPARE(sent.line, "PATCH /api/v1/access-tokens/" + Sid.toLatin1() + " HTTP/1.1");
        QCOMPARE(bodyOf(sent), expected);
        QVERIFY(sent.body.startsWith('{')); // a JSON object, even when empty
    }

    void updateAnswerAboutAnotherTokenIsRefused()
    {
        FaultServer fault;
        fault.setAnswer(FaultServer::response(200, json(tokenJson(OtherSid))));
        const AccountSid id = *AccountSid::parse(Sid);
        const auto [error, token] = run<TokenInfo>(fault, [this, id](PlatformApi &api, auto done) {
            api.updateAccessToken(id, {}, this, done);
        });
        QCOMPARE(error.kind, Kind::BadResponse);
        QVERIFY2(error.message.contains(u"another access token"_s), qPrintable(error.message));
    }

    void updateErrorsHaveTheirSentences_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("downgrade") << 409 << QByteArray("downgrade_not_allowed");
        QTest::newRow("unknown scope") << 422 << QByteArray("unknown_scope");
        QTest::newRow("unknown token") << 404 << QByteArray("unknown_token");
        QTest::newRow("unknown version") << 422 << QByteArray("unknown_version");
        QTest::newRow("staff") << 403 << QByteArray("forbidden");
        QTest::newRow("bad request") << 400 << QByteArray("bad_request");
    }
    void updateErrorsHaveTheirSentences()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        FaultServer fault;
        fault.setAnswer(errorAnswer(status, code.constData()));
        const AccountSid id = *AccountSid::parse(Sid);
        const auto [error, token] = run<TokenInfo>(fault, [this, id](PlatformApi &api, auto done) {
            AccessTokenChange change;
            change.scopes = QStringList{u"nope"_s};
            api.updateAccessToken(id, change, this, done);
        });
        QCOMPARE(error.kind, Kind::Server);
        QCOMPARE(error.status, status);
        QCOMPARE(error.code, QString::fromLatin1(code));
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(error.message, HttpError::messageForCode(error.code));
    }

    void resetGivesTheNewToken()
    {
        FaultServer fault;
        QJsonObject reset = tokenJson();
        reset.insert(u"lastResetAt"_s, u"2026-03-01T10:00:00Z"_s);
        reset.insert(u"fingerprint"_s, u"BBBBBBBBBBBBBBBBBBBBBB"_s);
        reset.insert(u"authToken"_s, Token);
        fault.setAnswer(FaultServer::response(200, json(reset)));
        const AccountSid id = *AccountSid::parse(Sid);
        const auto [error, token] = run<IssuedAccessToken>(fault, [this, id](PlatformApi &api, auto done) {
            api.resetAccessToken(id, this, done);
        });
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(token.credential.authToken.revealClearValue(), Token);
        QCOMPARE(token.info.fingerprint, u"BBBBBBBBBBBBBBBBBBBBBB"_s);
        QCOMPARE(token.info.lastResetAt, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
        const Sent sent = only(fault);
        QCOMPARE(sent.line, "POST /api/v1/access-tokens/" + Sid.toLatin1() + "/reset HTTP/1.1");
        QCOMPARE(sent.body, QByteArray("{}"));

        // A reset that answers about another token is not taken for this one's.
        FaultServer other;
        QJsonObject elsewhere = tokenJson(OtherSid);
        elsewhere.insert(u"authToken"_s, Token);
        other.setAnswer(FaultServer::response(200, json(elsewhere)));
        const auto [refused, nothing] = run<IssuedAccessToken>(other, [this, id](PlatformApi &api, auto done) {
            api.resetAccessToken(id, this, done);
        });
        QCOMPARE(refused.kind, Kind::BadResponse);
        QVERIFY(nothing.credential.authToken.isEmpty());
    }

    void deleteExpectsNoContent()
    {
        FaultServer fault;
        fault.setAnswer("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
        const AccountSid id = *AccountSid::parse(Sid);
        const auto [error, deleted] = run<bool>(fault, [this, id](PlatformApi &api, auto done) {
            api.deleteAccessToken(id, this, done);
        });
        QVERIFY2(error.ok(), qPrintable(error.message));
        QVERIFY(deleted);
        const Sent sent = only(fault);
        QCOMPARE(sent.line, "DELETE /api/v1/access-tokens/" + Sid.toLatin1() + " HTTP/1.1");
        QVERIFY(sent.body.isEmpty());

        FaultServer gone;
        gone.setAnswer(errorAnswer(404, "unknown_token"));
        const auto [error2, deleted2] = run<bool>(gone, [this, id](PlatformApi &api, auto done) {
            api.deleteAccessToken(id, this, done);
        });
        QCOMPARE(error2.code, u"unknown_token"_s);
        QVERIFY(!deleted2);
    }

    void tooManyTokensSaysWhatToDo()
    {
        FaultServer fault;
        fault.setAnswer(errorAnswer(409, "too_many_tokens"));
        const auto [error, token] = run<IssuedAccessToken>(fault, [this](PlatformApi &api, auto done) {
            api.createAccessToken({}, this, done);
        });
        QCOMPARE(error.code, u"too_many_tokens"_s);
        QVERIFY2(error.message.contains(u"Delete one"_s), qPrintable(error.message));
    }

    void newCodesHaveTheirOwnSentences()
    {
        QSet<QString> messages;
        const QStringList codes{u"name_taken"_s, u"unknown_scope"_s, u"too_many_tokens"_s, u"unknown_token"_s,
                                u"forbidden"_s, u"downgrade_not_allowed"_s, u"unknown_version"_s, u"bad_request"_s};
        for (const QString &code : codes) {
            const QString message = HttpError::messageForCode(code);
            QVERIFY2(!message.isEmpty(), qPrintable(code));
            messages.insert(message);
        }
        QCOMPARE(messages.size(), codes.size());
    }
};

QTEST_GUILESS_MAIN(TestPlatformAccessTokens)
#include "tst_platformaccesstokens.moc"
