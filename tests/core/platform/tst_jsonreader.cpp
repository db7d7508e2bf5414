// SPDX-License-Identifier: MIT
// JsonReader::integer never casts a double that does not fit: out of int's
// range, NaN, infinite or fractional numbers are refused with their reason.
#include "platform/JsonReader.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

namespace {
QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test input is not JSON: %s", json);
    return document.object();
}
} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void platformTextIsOnePlainLine_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << u"  Demo Agency "_s << u"Demo Agency"_s;
        QTest::newRow("forged line") << u"Demo\rDemo: passes\nok"_s << u"Demo Demo: passes ok"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"a b"_s;
        QTest::newRow("title (OSC 0)") << u"x\x1b]0;owned\x07y"_s << u"x\ufffd]0;owned\ufffdy"_s;
        QTest::newRow("clipboard (OSC 52)") << u"\x1b]52;c;aGk=\x1b\\"_s << u"\ufffd]52;c;aGk=\ufffd\\"_s;
        QTest::newRow("clear (CSI)") << u"\x1b[2Jz"_s << u"\ufffd[2Jz"_s;
        QTest::newRow("C1 CSI, DEL") << u"a\u009b2Jb\x7f"_s << u"a\ufffd2Jb\ufffd"_s;
        QTest::newRow("letters of any script") << u"Agence Société 代理"_s << u"Agence Société 代理"_s;
    }
    void platformTextIsOnePlainLine()
    {
        QFETCH(QString, sent);
        QFETCH(QString, shown);
        QCOMPARE(JsonReader::plainLine(sent), shown);
    }

    void wholeNumbersInRange_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("expected");
        QTest::newRow("one") << "{\"ApiVersion\":1}"_ba << 1;
        QTest::newRow("zero") << "{\"ApiVersion\":0}"_ba << 0;
        QTest::newRow("negative") << "{\"ApiVersion\":-7}"_ba << -7;
        QTest::newRow("exponent") << "{\"ApiVersion\":2e3}"_ba << 2000;
        QTest::newRow("int max") << "{\"ApiVersion\":2147483647}"_ba << std::numeric_limits<int>::max();
        QTest::newRow("int min") << "{\"ApiVersion\":-2147483648}"_ba << std::numeric_limits<int>::min();
    }
    void wholeNumbersInRange()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, expected);
        JsonReader reader(parse(json.constData()));
        QCOMPARE(reader.integer(u"ApiVersion"_s), expected);
        QVERIFY2(reader.ok(), qPrintable(reader.problem()));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("1e300") << "{\"ApiVersion\":1e300}"_ba << u"out of range"_s;
        QTest::newRow("-1e300") << "{\"ApiVersion\":-1e300}"_ba << u"out of range"_s;
        QTest::newRow("int max + 1") << "{\"ApiVersion\":2147483648}"_ba << u"out of range"_s;
        QTest::newRow("int min - 1") << "{\"ApiVersion\":-2147483649}"_ba << u"out of range"_s;
        QTest::newRow("fraction") << "{\"ApiVersion\":1.5}"_ba << u"not a whole number"_s;
        QTest::newRow("tiny fraction") << "{\"ApiVersion\":1e-300}"_ba << u"not a whole number"_s;
        QTest::newRow("string") << "{\"ApiVersion\":\"1\"}"_ba << u"wrong type"_s;
        QTest::newRow("missing") << "{}"_ba << u"missing"_s;
    }
    void refused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        JsonReader reader(parse(json.constData()), u"versions"_s);
        QCOMPARE(reader.integer(u"ApiVersion"_s), 0);
        QVERIFY(!reader.ok());
        QVERIFY2(reader.problem().startsWith(u"versions: field \"ApiVersion\""_s), qPrintable(reader.problem()));
        QVERIFY2(reader.problem().contains(problem), qPrintable(reader.problem()));
    }

    void notFiniteRefused_data()
    {
        QTest::addColumn<double>("number");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("inf") << std::numeric_limits<double>::infinity();
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity();
    }
    void notFiniteRefused()
    {
        // JSON text has no NaN or infinity, but a QJsonObject can hold them.
        QFETCH(double, number);
        JsonReader reader(QJsonObject{{u"ApiVersion"_s, number}});
        QCOMPARE(reader.integer(u"ApiVersion"_s), 0);
        QVERIFY(!reader.ok());
        QVERIFY2(reader.problem().contains(u"ApiVersion"_s), qPrintable(reader.problem()));
    }

    void firstProblemIsKept()
    {
        JsonReader reader(parse("{\"a\":1e300,\"b\":1.5}"));
        (void)reader.integer(u"a"_s);
        (void)reader.integer(u"b"_s);
        QVERIFY2(reader.problem().contains(u"\"a\" is out of range"_s), qPrintable(reader.problem()));
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
