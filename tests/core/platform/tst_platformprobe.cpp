// SPDX-License-Identifier: MIT
// PlatformApi::verify's four answers and PlatformApi::probe against a fake
// platform (FaultServer): the exact requests sent, and how each status is read.
// The reference server's scoped calls are tested where it is (tests/server).
#include "FaultServer.h"
#include "platform/PlatformApi.h"
#include "platform/ScopeProbe.h"

#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;
using Kind = HttpError::Kind;
using Reach = ProbeRow::Reach;

namespace {
constexpr int Wait = 20000;
const QString Sid = u"IR0123456789abcdefghijABCDEFGHIJ01"_s;

Credential credential()
{
    return {TokenKind::Scoped, *AccountSid::parse(Sid), *AuthToken::parse(u"abcdefghijklmnopqrstuvwxyz012345"_s)};
}

/// A request as the fake platform received it.
struct Sent
{
    QByteArray method;
    QByteArray target; ///< path and query
    QList<std::pair<QByteArray, QByteArray>> headers;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    [[nodiscard]] int count(const QByteArray &name) const
    {
        return int(std::count_if(headers.begin(), headers.end(),
                                 [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; }));
    }
};

Sent parse(const QByteArray &raw)
{
    Sent sent;
    const QList<QByteArray> lines = raw.left(raw.indexOf("\r\n\r\n")).split('\n');
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    sent.method = first.value(0);
    sent.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        sent.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    return sent;
}

QByteArray limits(int limit, int remaining, int reset)
{
    return "X-RateLimit-Limit: " + QByteArray::number(limit) + "\r\nX-RateLimit-Remaining: "
        + QByteArray::number(remaining) + "\r\nX-RateLimit-Reset: " + QByteArray::number(reset) + "\r\n";
}

QByteArray answer(int status, const QByteArray &body = "{}", const QByteArray &type = "application/json",
                  const QByteArray &extra = limits(1000, 990, 1800))
{
    return FaultServer::response(status, body, type, extra);
}

const QByteArray Envelope403 = R"({"Status":"ERROR","Message":"This access token is not permitted to call GET /Agencies/x/Reports."})";
const QByteArray Envelope404 = R"({"Status":"ERROR","Message":"The requested resource was not found"})";
} // namespace

class TestPlatformProbe : public QObject
{
    Q_OBJECT

    RestClient m_client;

    std::pair<HttpError, VerifyResult> verify(FaultServer &fault, std::optional<int> version = std::nullopt)
    {
        PlatformApi api(&m_client);
        api.setServer(fault.url());
        std::optional<std::pair<HttpError, VerifyResult>> out;
        api.verify(credential(), version, this, [&](const HttpError &e, const VerifyResult &r) { out = {e, r}; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, Wait))
            return {HttpError::make(Kind::Cancelled, u"test gave up waiting"_s), {}};
        return *out;
    }

    std::pair<HttpError, ProbeResult> probe(const QUrl &url, int *calls = nullptr)
    {
        PlatformApi api(&m_client);
        api.setServer(url);
        std::optional<std::pair<HttpError, ProbeResult>> out;
        int answered = 0;
        api.probe(credential(), this, [&](const HttpError &e, const ProbeResult &r) {
            ++answered;
            out = {e, r};
        });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, Wait))
            return {HttpError::make(Kind::Cancelled, u"test gave up waiting"_s), {}};
        QTest::qWait(50); // a second call would come now
        if (calls)
            *calls = answered;
        return *out;
    }

private Q_SLOTS:
    void verifyPasses()
    {
        FaultServer fault;
        fault.setAnswer(answer(200, R"({"CompanyName":"Demo Agency","Currency":"USD"})"));
        const auto [error, result] = verify(fault, 3);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(result.answer, CheckAnswer::Passed);
        QVERIFY(result.authorized);
        QCOMPARE(result.companyName, u"Demo Agency"_s);
        QCOMPARE(result.currency, u"USD"_s);
        QCOMPARE(result.versionTried, 3);
        QCOMPARE(result.budget.limit, 1000);
        QCOMPARE(result.budget.remaining, 990);
        QCOMPARE(result.budget.resetSeconds, 1800);
        QVERIFY(result.budget.known());
        const Sent sent = parse(fault.requests().constFirst());
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(sent.target, "/Agencies/" + Sid.toLatin1() + "/CompanyInformation");
        QCOMPARE(sent.header("IR-Version"), QByteArray("3"));
        QVERIFY(sent.header("Authorization").startsWith("Basic "));
    }

    void verifyRefused()
    {
        FaultServer fault;
        fault.setAnswer(answer(401, R"({"Status":"ERROR","Message":"Unauthorized"})", "application/json",
                               limits(1000, 5, 60)));
        const auto [error, result] = verify(fault);
        QVERIFY2(error.ok(), qPrintable(error.message)); // an answer, not a failure to ask
        QCOMPARE(result.answer, CheckAnswer::Refused);
        QVERIFY(!result.authorized);
        QVERIFY(result.companyName.isEmpty());
        QCOMPARE(result.budget.remaining, 5);
        QCOMPARE(result.budget.resetSeconds, 60);
    }

    void verifyNotPermittedIsGenuine()
    {
        FaultServer fault;
        fault.setAnswer(answer(403, Envelope403));
        const auto [error, result] = verify(fault, 2);
        QVERIFY2(error.ok(), qPrintable(error.message)); // genuine credentials: an answer
        QCOMPARE(result.answer, CheckAnswer::NotPermitted);
        QVERIFY(result.authorized);
        QVERIFY(result.companyName.isEmpty());
        QCOMPARE(result.versionTried, 2);
        QCOMPARE(result.budget.remaining, 990);
        QCOMPARE(fault.requests().size(), 1);
    }

    void verifyRateLimitedKeepsItsError()
    {
        FaultServer fault;
        fault.setAnswer(answer(429, R"({"Status":"ERROR","Message":"Too many requests"})", "application/json",
                               limits(24, 0, 1200)));
        const auto [error, result] = verify(fault);
        QCOMPARE(error.kind, Kind::RateLimited);
        QCOMPARE(error.status, 429);
        QCOMPARE(error.retryAfterSeconds, 1200);
        QVERIFY2(error.message.contains(u"24 requests an hour"_s), qPrintable(error.message));
        QCOMPARE(result.answer, CheckAnswer::RateLimited);
        QVERIFY(!result.authorized);
        QCOMPARE(result.budget.limit, 24);
        QCOMPARE(result.budget.remaining, 0);
        QCOMPARE(result.budget.resetSeconds, 1200);
        QCOMPARE(fault.requests().size(), 1); // never retried
    }

    void verifyOtherFailuresStayErrors()
    {
        FaultServer fault;
        fault.setAnswer(answer(500, "<html>down</html>", "text/html"));
        const auto [error, result] = verify(fault);
        QCOMPARE(error.kind, Kind::Server);
        QCOMPARE(error.status, 500);
        QVERIFY(!result.authorized);

        FaultServer broken;
        broken.setAnswer(answer(200, R"({"Website":"x"})"));
        const auto [bad, nothing] = verify(broken);
        QCOMPARE(bad.kind, Kind::BadResponse);
        QVERIFY(!nothing.authorized);
        QCOMPARE(nothing.budget.remaining, 990); // the budget is read whatever the body
    }

    void probeSendsFiveCheapGets()
    {
        FaultServer fault;
        fault.setAnswer(answer(404, Envelope404));
        const auto [error, result] = probe(fault.url());
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(result.requestsSent, 5);
        QCOMPARE(fault.requests().size(), 5);
        QVERIFY(result.requestsSent <= ScopeProbe::MaxRequests);
        const QByteArray agency = "/Agencies/" + Sid.toLatin1();
        const QList<QByteArray> targets{agency + "/CompanyInformation", agency + "/Advertisers/0",
                                        agency + "/Reports?PageSize=1", agency + "/Jobs/0",
                                        agency + "/Compliance/Content/ComplianceAPISubmissions/0"};
        const QByteArray basic = credential().basicAuthorizationHeader();
        for (int i = 0; i < 5; ++i) {
            const Sent sent = parse(fault.requests().at(i));
            QCOMPARE(sent.method, QByteArray("GET"));
            QCOMPARE(sent.target, targets.at(i));
            QCOMPARE(sent.header("Authorization"), basic);
            QCOMPARE(sent.header("Accept"), QByteArray("application/json"));
            QCOMPARE(sent.count("Accept"), 1);
            QCOMPARE(sent.header("Content-Length"), QByteArray()); // a GET without a body
            QCOMPARE(QString::fromLatin1(targets.at(i)), result.rows.at(i).path);
        }
        QCOMPARE(result.answer, CheckAnswer::Passed);
        QCOMPARE(result.rows.size(), 5);
        const QStringList categories{u"Account"_s, u"Advertisers"_s, u"Reports"_s, u"Jobs"_s, u"Compliance"_s};
        for (int i = 0; i < 5; ++i) {
            const ProbeRow &row = result.rows.at(i);
            QCOMPARE(row.category, categories.at(i));
            QCOMPARE(row.reach, Reach::Allowed); // 404: let in, the id just does not exist
            QCOMPARE(row.status, 404);
            QCOMPARE(row.method, QByteArray("GET"));
            QVERIFY(row.detail.isEmpty());
        }
        QCOMPARE(result.rows.at(2).scopeTitle, u"List reports"_s);
        QCOMPARE(result.rows.at(2).scopeId, u"reports.list"_s);
        QCOMPARE(result.budget.remaining, 990);
    }

    void probeReadsEachRow()
    {
        // 200 with a body that is no JSON object, 403, 500, a redirect (not followed), 200 XML.
        FaultServer fault;
        fault.setAnswers({answer(200, R"([{"Id":"1","RestAccountURL":"x"}])"), answer(403, Envelope403),
                          answer(500, "oops", "text/plain"),
                          answer(302, "", "text/plain", "Location: /Agencies/elsewhere\r\n"),
                          answer(200, "<Reports/>", "application/xml", limits(1000, 986, 1700))});
        int calls = 0;
        const auto [error, result] = probe(fault.url(), &calls);
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(calls, 1);
        QCOMPARE(result.answer, CheckAnswer::Passed); // genuine, whatever the rows say
        QCOMPARE(result.requestsSent, 5);
        QCOMPARE(fault.requests().size(), 5); // the redirect was not followed
        QCOMPARE(result.rows.at(0).reach, Reach::Allowed);
        QCOMPARE(result.rows.at(0).status, 200);
        QVERIFY(result.rows.at(0).detail.isEmpty());
        QCOMPARE(result.rows.at(1).reach, Reach::Denied);
        QCOMPARE(result.rows.at(1).status, 403);
        QCOMPARE(result.rows.at(2).reach, Reach::Unknown);
        QCOMPARE(result.rows.at(2).status, 500);
        QVERIFY2(result.rows.at(2).detail.contains(u"internal error (HTTP 500)"_s), qPrintable(result.rows.at(2).detail));
        QCOMPARE(result.rows.at(3).reach, Reach::Unknown);
        QVERIFY2(result.rows.at(3).detail.contains(u"another address"_s), qPrintable(result.rows.at(3).detail));
        QCOMPARE(result.rows.at(4).reach, Reach::Allowed); // the status is what counts
        QCOMPARE(result.budget.remaining, 986); // from the last answer
    }

    void probeTakesNoWebPageForThePlatformsWord()
    {
        FaultServer fault;
        fault.setAnswers({answer(403, "<html><body>Blocked by policy</body></html>", "text/html"),
                          answer(404, "<!DOCTYPE html><html>Not here</html>", "text/html"), answer(403, Envelope403)});
        const auto [error, result] = probe(fault.url());
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(result.requestsSent, 5);
        QCOMPARE(result.rows.at(0).reach, Reach::Unknown);
        QCOMPARE(result.rows.at(0).status, 403);
        QVERIFY2(result.rows.at(0).detail.contains(u"web page"_s), qPrintable(result.rows.at(0).detail));
        QCOMPARE(result.rows.at(1).reach, Reach::Unknown);
        QCOMPARE(result.rows.at(2).reach, Reach::Denied);

        // verify likewise: a web page's 403 says nothing of the credentials.
        FaultServer proxy;
        proxy.setAnswer(answer(403, "<html><body>Blocked by policy</body></html>", "text/html"));
        const auto [blocked, unknown] = verify(proxy);
        QCOMPARE(blocked.kind, Kind::Server);
        QCOMPARE(blocked.status, 403);
        QVERIFY(!unknown.authorized);
    }

    void probeStopsOnRefusal()
    {
        FaultServer fault;
        fault.setAnswers({answer(404, Envelope404), answer(401, R"({"Status":"ERROR","Message":"Unauthorized"})")});
        const auto [error, result] = probe(fault.url());
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(result.answer, CheckAnswer::Refused);
        QCOMPARE(result.requestsSent, 2);
        QCOMPARE(fault.requests().size(), 2);
        QCOMPARE(result.rows.size(), 5);
        QCOMPARE(result.rows.at(0).reach, Reach::Allowed);
        QCOMPARE(result.rows.at(1).reach, Reach::Unknown);
        QCOMPARE(result.rows.at(1).status, 401);
        QVERIFY2(result.rows.at(1).detail.contains(u"wrong, or it was reset"_s), qPrintable(result.rows.at(1).detail));
        for (int i = 2; i < 5; ++i) {
            QCOMPARE(result.rows.at(i).reach, Reach::Unknown);
            QCOMPARE(result.rows.at(i).status, 0);
            QVERIFY2(result.rows.at(i).detail.contains(u"Not asked"_s), qPrintable(result.rows.at(i).detail));
        }
    }

    void probeStopsOnTheRateLimit()
    {
        FaultServer fault;
        fault.setAnswers({answer(403, Envelope403), answer(404, Envelope404),
                          answer(429, R"({"Status":"ERROR","Message":"Too many requests"})", "application/json",
                                 limits(1000, 0, 900))});
        const auto [error, result] = probe(fault.url());
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(result.answer, CheckAnswer::RateLimited);
        QCOMPARE(result.requestsSent, 3);
        QCOMPARE(fault.requests().size(), 3);
        QCOMPARE(result.budget.remaining, 0);
        QCOMPARE(result.budget.resetSeconds, 900);
        QCOMPARE(result.rows.at(0).reach, Reach::Denied);
        QCOMPARE(result.rows.at(1).reach, Reach::Allowed);
        QCOMPARE(result.rows.at(2).reach, Reach::Unknown);
        QCOMPARE(result.rows.at(2).status, 429);
        QVERIFY2(result.rows.at(2).detail.contains(u"Try again in 900 s"_s), qPrintable(result.rows.at(2).detail));
        QVERIFY(result.rows.at(3).detail.contains(u"request limit is used up"_s));
        QCOMPARE(result.rows.at(4).reach, Reach::Unknown);
    }

    void probeGoesOnPastANetworkFailure()
    {
        FaultServer fault;
        fault.setAnswers({FaultServer::CloseWithoutAnswer, answer(403, Envelope403)});
        const auto [error, result] = probe(fault.url());
        QVERIFY2(error.ok(), qPrintable(error.message));
        QCOMPARE(result.requestsSent, 5);
        QCOMPARE(result.rows.at(0).reach, Reach::Unknown);
        QCOMPARE(result.rows.at(0).status, 0);
        QVERIFY2(result.rows.at(0).detail.contains(u"closed the connection"_s), qPrintable(result.rows.at(0).detail));
        for (int i = 1; i < 5; ++i)
            QCOMPARE(result.rows.at(i).reach, Reach::Denied);
        QCOMPARE(result.budget.remaining, 990);

        QUrl gone;
        {
            FaultServer closed;
            gone = closed.url();
        }
        const auto [offline, unreached] = probe(gone);
        QVERIFY(offline.ok());
        QCOMPARE(unreached.requestsSent, 5);
        for (const ProbeRow &row : unreached.rows) {
            QCOMPARE(row.reach, Reach::Unknown);
            QVERIFY2(row.detail.contains(u"cannot be reached"_s), qPrintable(row.detail));
        }
        QVERIFY(!unreached.budget.known());
    }

    void probeOfARefusedAddressSendsNothing()
    {
        const auto [error, result] = probe(QUrl(u"http://platform.example"_s));
        QCOMPARE(error.kind, Kind::InsecureAddress);
        QCOMPARE(result.requestsSent, 0);
        QCOMPARE(result.rows.size(), 5);
        for (const ProbeRow &row : result.rows)
            QCOMPARE(row.reach, Reach::Unknown);
    }

    void probeEndsQuietlyWithItsContext()
    {
        FaultServer silent; // the first answer never comes: the request times out
        RestClient client;
        client.setTimeout(300);
        PlatformApi api(&client);
        api.setServer(silent.url());
        bool called = false;
        auto *context = new QObject;
        api.probe(credential(), context, [&](const HttpError &, const ProbeResult &) { called = true; });
        QTRY_COMPARE(silent.requests().size(), 1);
        delete context;
        QTRY_COMPARE(client.inFlight(), 0);
        QTest::qWait(100);
        QVERIFY(!called);
        QCOMPARE(silent.requests().size(), 1); // nothing more asked for a context that is gone
    }
};

QTEST_GUILESS_MAIN(TestPlatformProbe)
#include "tst_platformprobe.moc"
