// SPDX-License-Identifier: MIT
// PlatformDecoding of the scoped access tokens' answers (the scope catalogue,
// access token objects, an issued token, the page state's accessTokens): good
// answers read field by field, malformed ones refused with their reason. And
// ScopeCatalogue, the one place that knows the catalogue and the probe calls.
#include "platform/PlatformDecoding.h"
#include "platform/ScopeCatalogue.h"
#include "platform/ScopeProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

namespace {
const QString Sid = u"IR0123456789abcdefghijABCDEFGHIJ01"_s;
const QString OtherSid = u"IRzyxwvutsrqponmlkjihgfedcba987654"_s;
const QString Token = u"abcdefghijklmnopqrstuvwxyz012345"_s;

QJsonObject accessTokenJson()
{
    return QJsonObject{{u"id"_s, Sid},
                       {u"accountSid"_s, Sid},
                       {u"name"_s, u"Reporting sync"_s},
                       {u"description"_s, u"Nightly export."_s},
                       {u"apiVersion"_s, 3},
                       {u"primaryContact"_s, u"ops@example.com"_s},
                       {u"developerEmails"_s, QJsonArray{u"dev@example.com"_s, u"dev2@example.com"_s}},
                       {u"scopes"_s, QJsonArray{u"reports.list"_s, u"jobs.status"_s}},
                       {u"createdAt"_s, u"2026-01-02T03:04:05Z"_s},
                       {u"lastResetAt"_s, QJsonValue::Null},
                       {u"fingerprint"_s, u"AAAAAAAAAAAAAAAAAAAAAA"_s}};
}

QJsonObject scopeJson()
{
    return QJsonObject{{u"id"_s, u"reports.list"_s},
                       {u"category"_s, u"Reports"_s},
                       {u"title"_s, u"List reports"_s},
                       {u"method"_s, u"GET"_s},
                       {u"path"_s, u"/Agencies/{AccountSID}/Reports"_s}};
}

QJsonObject stateJson()
{
    return QJsonObject{{u"legacyTokensEnabled"_s, false},
                       {u"canManage"_s, true},
                       {u"apiVersions"_s, QJsonArray{2, 3}},
                       {u"tokens"_s, QJsonArray{}}};
}

QJsonObject with(QJsonObject object, const QString &name, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(name);
    else
        object.insert(name, value);
    return object;
}
} // namespace

class TestPlatformDecoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accessTokenIsReadFieldByField()
    {
        TokenInfo info;
        QString problem;
        QVERIFY2(PlatformDecoding::accessToken(accessTokenJson(), info, problem), qPrintable(problem));
        QCOMPARE(info.kind, TokenKind::Scoped);
        QCOMPARE(info.accountSid.toString(), Sid);
        QCOMPARE(info.name, u"Reporting sync"_s);
        QCOMPARE(info.description, u"Nightly export."_s);
        QCOMPARE(info.apiVersion, 3);
        QCOMPARE(info.primaryContact, u"ops@example.com"_s);
        QCOMPARE(info.developerEmails, QStringList({u"dev@example.com"_s, u"dev2@example.com"_s}));
        QCOMPARE(info.scopes, QStringList({u"reports.list"_s, u"jobs.status"_s}));
        QCOMPARE(info.createdAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(!info.lastResetAt.isValid());
        QCOMPARE(info.fingerprint, u"AAAAAAAAAAAAAAAAAAAAAA"_s);

        const QJsonObject reset = with(accessTokenJson(), u"lastResetAt"_s, u"2026-02-01T00:00:00Z"_s);
        QVERIFY2(PlatformDecoding::accessToken(reset, info, problem), qPrintable(problem));
        QCOMPARE(info.lastResetAt, QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC));
        // Unknown extra fields are accepted; the fingerprint is optional, as for legacy tokens.
        QJsonObject extra = with(accessTokenJson(), u"fingerprint"_s, QJsonValue::Undefined);
        extra.insert(u"future"_s, 1);
        QVERIFY2(PlatformDecoding::accessToken(extra, info, problem), qPrintable(problem));
        QVERIFY(info.fingerprint.isEmpty());
    }

    void platformTextIsMadePlain()
    {
        TokenInfo info;
        QString problem;
        QJsonObject json = with(accessTokenJson(), u"name"_s, u"Sync\x1b]0;owned\x07\nnow"_s);
        json = with(json, u"developerEmails"_s, QJsonArray{u"a@b.example\r\nX: y"_s});
        QVERIFY2(PlatformDecoding::accessToken(json, info, problem), qPrintable(problem));
        QCOMPARE(info.name, u"Sync\ufffd]0;owned\ufffd now"_s);
        QCOMPARE(info.developerEmails, QStringList{u"a@b.example  X: y"_s});
    }

    void malformedAccessTokenIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("problem");
        const QJsonObject good = accessTokenJson();
        for (const QString &field : {u"id"_s, u"accountSid"_s, u"name"_s, u"description"_s, u"apiVersion"_s,
                                     u"primaryContact"_s, u"developerEmails"_s, u"scopes"_s, u"createdAt"_s,
                                     u"lastResetAt"_s}) {
            QTest::addRow("no %s", qPrintable(field)) << with(good, field, QJsonValue::Undefined)
                                                      << u"\"%1\" is missing"_s.arg(field);
        }
        QTest::newRow("id is another SID") << with(good, u"id"_s, OtherSid) << u"not the token's Account SID"_s;
        QTest::newRow("SID format") << with(with(good, u"accountSid"_s, u"IR12"_s), u"id"_s, u"IR12"_s)
                                    << u"Account SID is not in the expected format"_s;
        QTest::newRow("empty name") << with(good, u"name"_s, u"  "_s) << u"name is empty"_s;
        QTest::newRow("name a number") << with(good, u"name"_s, 7) << u"\"name\" has the wrong type"_s;
        QTest::newRow("fractional version") << with(good, u"apiVersion"_s, 3.5) << u"not a whole number"_s;
        QTest::newRow("scopes not a list") << with(good, u"scopes"_s, u"reports.list"_s) << u"\"scopes\" has the wrong type"_s;
        QTest::newRow("scope a number") << with(good, u"scopes"_s, QJsonArray{u"reports.list"_s, 4})
                                        << u"scopes holds something that is not a text"_s;
        QTest::newRow("e-mail an object") << with(good, u"developerEmails"_s, QJsonArray{QJsonObject{}})
                                          << u"developerEmails holds something that is not a text"_s;
        QTest::newRow("created null") << with(good, u"createdAt"_s, QJsonValue::Null) << u"\"createdAt\" has the wrong type"_s;
        QTest::newRow("reset not a date") << with(good, u"lastResetAt"_s, u"yesterday"_s) << u"\"lastResetAt\" is not a date"_s;
    }
    void malformedAccessTokenIsRefused()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, problem);
        TokenInfo info;
        QString found;
        QVERIFY(!PlatformDecoding::accessToken(json, info, found));
        QVERIFY2(found.contains(problem), qPrintable(found));
        QVERIFY2(found.startsWith(u"access token: "_s), qPrintable(found));
    }

    void accessTokenListIsStrict()
    {
        QList<TokenInfo> list;
        QString problem;
        const QJsonObject second = with(with(accessTokenJson(), u"id"_s, OtherSid), u"accountSid"_s, OtherSid);
        QVERIFY2(PlatformDecoding::accessTokens({{u"accessTokens"_s, QJsonArray{accessTokenJson(), second}}}, list,
                                                problem),
                 qPrintable(problem));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).accountSid.toString(), OtherSid); // the platform's order kept

        QVERIFY(!PlatformDecoding::accessTokens({{u"accessTokens"_s, QJsonArray{accessTokenJson(), 1}}}, list, problem));
        QVERIFY2(problem.contains(u"not an object"_s), qPrintable(problem));
        QVERIFY(list.isEmpty());
        QVERIFY(!PlatformDecoding::accessTokens({}, list, problem));
        QVERIFY2(problem.contains(u"\"accessTokens\" is missing"_s), qPrintable(problem));
    }

    void issuedTokenCarriesItsCredential()
    {
        IssuedAccessToken issued;
        QString problem;
        QVERIFY2(PlatformDecoding::issuedAccessToken(with(accessTokenJson(), u"authToken"_s, Token), issued, problem),
                 qPrintable(problem));
        QCOMPARE(issued.info.name, u"Reporting sync"_s);
        QCOMPARE(issued.credential.kind, TokenKind::Scoped);
        QCOMPARE(issued.credential.accountSid.toString(), Sid);
        QCOMPARE(issued.credential.authToken.revealClearValue(), Token);

        QVERIFY(!PlatformDecoding::issuedAccessToken(accessTokenJson(), issued, problem));
        QVERIFY2(problem.contains(u"\"authToken\" is missing"_s), qPrintable(problem));
        QVERIFY(!PlatformDecoding::issuedAccessToken(with(accessTokenJson(), u"authToken"_s, u"short"_s), issued, problem));
        QVERIFY2(problem.contains(u"Auth Token is not in the expected format"_s), qPrintable(problem));
        QVERIFY(issued.credential.authToken.isEmpty());
        QVERIFY(!PlatformDecoding::issuedAccessToken(with(with(accessTokenJson(), u"authToken"_s, Token), u"name"_s, 1),
                                                     issued, problem));
        QVERIFY2(problem.contains(u"\"name\" has the wrong type"_s), qPrintable(problem));
    }

    void scopeCatalogueIsRead()
    {
        QList<ScopeInfo> scopes;
        QString problem;
        const QJsonObject second{{u"id"_s, u"compliance.submit"_s}, {u"category"_s, u"Compliance"_s},
                                 {u"title"_s, u"Submit compliance content"_s}, {u"method"_s, u"POST"_s},
                                 {u"path"_s, u"/Agencies/{AccountSID}/Compliance/Content"_s}};
        QVERIFY2(PlatformDecoding::scopeCatalogue({{u"scopes"_s, QJsonArray{scopeJson(), second}}}, scopes, problem),
                 qPrintable(problem));
        QCOMPARE(scopes.size(), 2);
        QCOMPARE(scopes.at(0).id, u"reports.list"_s);
        QCOMPARE(scopes.at(0).category, u"Reports"_s);
        QCOMPARE(scopes.at(0).title, u"List reports"_s);
        QCOMPARE(scopes.at(0).method, QByteArray("GET"));
        QCOMPARE(scopes.at(0).path, u"/Agencies/{AccountSID}/Reports"_s);
        QCOMPARE(scopes.at(1).method, QByteArray("POST"));
    }

    void malformedScopeIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("problem");
        const QJsonObject good = scopeJson();
        const auto list = [](const QJsonValue &entry) { return QJsonObject{{u"scopes"_s, QJsonArray{entry}}}; };
        for (const QString &field : {u"id"_s, u"category"_s, u"title"_s, u"method"_s, u"path"_s})
            QTest::addRow("no %s", qPrintable(field)) << list(with(good, field, QJsonValue::Undefined))
                                                      << u"\"%1\" is missing"_s.arg(field);
        QTest::newRow("no list") << QJsonObject{} << u"\"scopes\" is missing"_s;
        QTest::newRow("list of texts") << list(u"reports.list"_s) << u"not an object"_s;
        QTest::newRow("empty id") << list(with(good, u"id"_s, u""_s)) << u"id is empty"_s;
        QTest::newRow("id with a line break") << list(with(good, u"id"_s, u"a\nb"_s)) << u"not plain text"_s;
        QTest::newRow("empty title") << list(with(good, u"title"_s, u" "_s)) << u"category or title is empty"_s;
        QTest::newRow("not a method") << list(with(good, u"method"_s, u"FETCH"_s)) << u"not an HTTP method"_s;
        QTest::newRow("lower-case method") << list(with(good, u"method"_s, u"get"_s)) << u"not an HTTP method"_s;
        QTest::newRow("relative path") << list(with(good, u"path"_s, u"Agencies"_s)) << u"path is not a path"_s;
    }
    void malformedScopeIsRefused()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, problem);
        QList<ScopeInfo> scopes;
        QString found;
        QVERIFY(!PlatformDecoding::scopeCatalogue(json, scopes, found));
        QVERIFY2(found.contains(problem), qPrintable(found));
        QVERIFY(scopes.isEmpty());
    }

    void pageStateSaysWhetherScopedTokensAreOffered()
    {
        ServicesState state;
        QString problem;
        QVERIFY2(PlatformDecoding::servicesState(stateJson(), state, problem), qPrintable(problem));
        QVERIFY(!state.accessTokensOffered); // an older server
        QVERIFY(state.accessTokens.isEmpty());

        QVERIFY2(PlatformDecoding::servicesState(with(stateJson(), u"accessTokens"_s, QJsonArray{}), state, problem),
                 qPrintable(problem));
        QVERIFY(state.accessTokensOffered);
        QVERIFY(state.accessTokens.isEmpty());

        QVERIFY2(PlatformDecoding::servicesState(with(stateJson(), u"accessTokens"_s, QJsonArray{accessTokenJson()}),
                                                 state, problem),
                 qPrintable(problem));
        QVERIFY(state.accessTokensOffered);
        QCOMPARE(state.accessTokens.size(), 1);
        QCOMPARE(state.accessTokens.at(0).kind, TokenKind::Scoped);
        QCOMPARE(state.accessTokens.at(0).name, u"Reporting sync"_s);
        QCOMPARE(state.apiVersions, QList<int>({2, 3}));
    }

    void pageStateWithAMalformedAccessTokenIsRefused_data()
    {
        QTest::addColumn<QJsonValue>("accessTokens");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not a list") << QJsonValue(QJsonObject{}) << u"\"accessTokens\" has the wrong type"_s;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"\"accessTokens\" has the wrong type"_s;
        QTest::newRow("entry not an object") << QJsonValue(QJsonArray{u"x"_s}) << u"not an object"_s;
        QTest::newRow("entry without scopes")
            << QJsonValue(QJsonArray{accessTokenJson(), with(accessTokenJson(), u"scopes"_s, QJsonValue::Undefined)})
            << u"\"scopes\" is missing"_s;
    }
    void pageStateWithAMalformedAccessTokenIsRefused()
    {
        QFETCH(QJsonValue, accessTokens);
        QFETCH(QString, problem);
        ServicesState state;
        QString found;
        QVERIFY(!PlatformDecoding::servicesState(with(stateJson(), u"accessTokens"_s, accessTokens), state, found));
        QVERIFY2(found.contains(problem), qPrintable(found));
    }

    void companyInformationIsAPass()
    {
        VerifyResult result;
        QString problem;
        QVERIFY2(PlatformDecoding::verifyResult({{u"CompanyName"_s, u"Demo Agency"_s}}, result, problem),
                 qPrintable(problem));
        QCOMPARE(result.answer, CheckAnswer::Passed);
        QVERIFY(result.authorized);
    }

    void knownCatalogueIsThePlatformsTable()
    {
        const QList<ScopeInfo> known = ScopeCatalogue::known();
        QCOMPARE(known.size(), 12);
        QCOMPARE(ScopeCatalogue::categories(),
                 QStringList({u"Account"_s, u"Advertisers"_s, u"Reports"_s, u"Jobs"_s, u"Compliance"_s}));
        QCOMPARE(known.first().id, u"account.companyInformation.read"_s);
        QCOMPARE(known.first().title, u"Retrieve company information"_s);
        QCOMPARE(known.at(1).method, QByteArray("PUT"));
        QCOMPARE(known.last().id, u"compliance.results"_s);
        QCOMPARE(known.last().path,
                 u"/Agencies/{AccountSID}/Compliance/Content/ComplianceAPISubmissions/Response/{Id}"_s);
        QSet<QString> ids;
        QString lastCategory;
        QStringList categoryOrder;
        for (const ScopeInfo &scope : known) {
            ids.insert(scope.id);
            if (scope.category != lastCategory)
                categoryOrder.append(scope.category);
            lastCategory = scope.category;
            QVERIFY(scope.path.startsWith(u"/Agencies/{AccountSID}/"_s));
        }
        QCOMPARE(ids.size(), known.size());
        QCOMPARE(categoryOrder, ScopeCatalogue::categories()); // each category's scopes together

        // What a tokens-only account shows goes through the same decoder as the server's.
        QJsonArray wire;
        for (const ScopeInfo &scope : known)
            wire.append(QJsonObject{{u"id"_s, scope.id}, {u"category"_s, scope.category}, {u"title"_s, scope.title},
                                    {u"method"_s, QString::fromLatin1(scope.method)}, {u"path"_s, scope.path}});
        QList<ScopeInfo> decoded;
        QString problem;
        QVERIFY2(PlatformDecoding::scopeCatalogue({{u"scopes"_s, wire}}, decoded, problem), qPrintable(problem));
        QCOMPARE(decoded.size(), known.size());
    }

    void probeCallsAreOneGetPerCategory()
    {
        const QList<ScopeCatalogue::ProbeCall> calls = ScopeCatalogue::probeCalls();
        QVERIFY(calls.size() <= ScopeProbe::MaxRequests);
        QStringList categories;
        for (const ScopeCatalogue::ProbeCall &call : calls)
            categories.append(call.category);
        QCOMPARE(categories, ScopeCatalogue::categories());
        QStringList ids;
        for (const ScopeCatalogue::ProbeCall &call : calls) {
            ids.append(call.scopeId);
            // Each stands for a GET scope of the catalogue, under its own title.
            bool found = false;
            for (const ScopeInfo &scope : ScopeCatalogue::known()) {
                if (scope.id == call.scopeId) {
                    found = true;
                    QCOMPARE(scope.method, QByteArray("GET"));
                    QCOMPARE(scope.title, call.scopeTitle);
                    QCOMPARE(scope.category, call.category);
                }
            }
            QVERIFY2(found, qPrintable(call.scopeId));
        }
        QCOMPARE(ids, QStringList({u"account.companyInformation.read"_s, u"advertisers.read"_s, u"reports.list"_s,
                                   u"jobs.status"_s, u"compliance.status"_s}));
        const AccountSid sid = *AccountSid::parse(Sid);
        QCOMPARE(calls.at(1).pathFor(sid), u"/Agencies/%1/Advertisers/0"_s.arg(Sid));
        QCOMPARE(calls.at(2).query, u"PageSize=1"_s);
    }

    void reachIsReadFromTheStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("reach");
        QTest::newRow("200") << 200 << int(ProbeRow::Reach::Allowed);
        QTest::newRow("204") << 204 << int(ProbeRow::Reach::Allowed);
        QTest::newRow("404") << 404 << int(ProbeRow::Reach::Allowed);
        QTest::newRow("403") << 403 << int(ProbeRow::Reach::Denied);
        QTest::newRow("400") << 400 << int(ProbeRow::Reach::Unknown);
        QTest::newRow("500") << 500 << int(ProbeRow::Reach::Unknown);
        QTest::newRow("no answer") << 0 << int(ProbeRow::Reach::Unknown);
    }
    void reachIsReadFromTheStatus()
    {
        QFETCH(int, status);
        QFETCH(int, reach);
        QCOMPARE(int(ScopeProbe::reachOf(status)), reach);
    }
};

QTEST_GUILESS_MAIN(TestPlatformDecoding)
#include "tst_platformdecoding.moc"
