// SPDX-License-Identifier: MIT
// Credential types: validation with a reason, masking, and no clear value in QDebug.
#include "MessageCapture.h"
#include "credentials/Credential.h"
#include "logging/Logging.h"

#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
const QString GoodSid = u"IR"_s + QString(32, u'a').replace(3, 5, u"B9c7Z"_s);
// Every character an Auth Token may hold, padded to the length.
const QString AllTokenChars = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-"_s;
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accountSid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("reason");
        using R = Validation::Reason;
        QTest::newRow("good") << GoodSid << int(R::Ok);
        QTest::newRow("good, surrounding spaces") << (u"  "_s + GoodSid + u"\n"_s) << int(R::Ok);
        QTest::newRow("all digits") << (u"IR"_s + QString(32, u'7')) << int(R::Ok);
        QTest::newRow("empty") << QString() << int(R::Empty);
        QTest::newRow("blank") << u"   "_s << int(R::Empty);
        QTest::newRow("no prefix") << (u"XX"_s + QString(32, u'a')) << int(R::WrongPrefix);
        QTest::newRow("lowercase prefix") << (u"ir"_s + QString(32, u'a')) << int(R::WrongPrefix);
        QTest::newRow("too short") << (u"IR"_s + QString(31, u'a')) << int(R::WrongLength);
        QTest::newRow("too long") << (u"IR"_s + QString(33, u'a')) << int(R::WrongLength);
        QTest::newRow("dash") << (u"IR"_s + QString(31, u'a') + u'-') << int(R::BadCharacter);
        QTest::newRow("non-ascii letter") << (u"IR"_s + QString(31, u'a') + u'é') << int(R::BadCharacter);
    }
    void accountSid()
    {
        QFETCH(QString, text);
        QFETCH(int, reason);
        const Validation v = AccountSid::validate(text);
        QCOMPARE(int(v.reason), reason);
        QCOMPARE(v.ok(), reason == int(Validation::Reason::Ok));
        QCOMPARE(v.message.isEmpty(), v.ok());
        QCOMPARE(AccountSid::parse(text).has_value(), v.ok());
        if (v.ok())
            QCOMPARE(AccountSid::parse(text)->toString(), text.trimmed());
    }

    void authToken_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("reason");
        using R = Validation::Reason;
        QTest::newRow("letters") << QString(32, u'x') << int(R::Ok);
        QTest::newRow("symbols") << u"._~-._~-._~-._~-._~-._~-._~-._~-"_s << int(R::Ok);
        QTest::newRow("first 32 of all") << AllTokenChars.left(32) << int(R::Ok);
        QTest::newRow("last 32 of all") << AllTokenChars.right(32) << int(R::Ok);
        QTest::newRow("empty") << QString() << int(R::Empty);
        QTest::newRow("short") << QString(31, u'x') << int(R::WrongLength);
        QTest::newRow("long") << QString(33, u'x') << int(R::WrongLength);
        QTest::newRow("space") << (QString(31, u'x') + u' ') << int(R::BadCharacter);
        QTest::newRow("plus") << (QString(31, u'x') + u'+') << int(R::BadCharacter);
        QTest::newRow("slash") << (u'/' + QString(31, u'x')) << int(R::BadCharacter);
        QTest::newRow("colon") << (QString(16, u'x') + u':' + QString(15, u'x')) << int(R::BadCharacter);
    }
    void authToken()
    {
        QFETCH(QString, text);
        QFETCH(int, reason);
        const Validation v = AuthToken::validate(text);
        QCOMPARE(int(v.reason), reason);
        QCOMPARE(AuthToken::parse(text).has_value(), v.ok());
        // The reason never quotes the value it refuses.
        if (!v.ok() && !text.isEmpty())
            QVERIFY(!v.message.contains(text));
    }

    void masking()
    {
        const auto token = AuthToken::parse(u"abcdefghijklmnopqrstuvwxyz0.3fk2"_s);
        QVERIFY(token);
        QCOMPARE(token->masked(), u"••••••••3fk2"_s);
        QCOMPARE(token->toString(), token->masked());
        QCOMPARE(token->revealClearValue(), u"abcdefghijklmnopqrstuvwxyz0.3fk2"_s);
        // A short secret shows no tail at all.
        QCOMPARE(Secret::fromClearValue(u"short"_s).masked(), u"••••••••"_s);
        QVERIFY(Secret().masked().isEmpty());
    }

    void tokenKinds()
    {
        for (TokenKind kind : LegacyTokenKinds)
            QCOMPARE(tokenKindFromWire(tokenKindToWire(kind)), kind);
        QVERIFY(!tokenKindFromWire(u"admin"));
        QCOMPARE(tokenKindDisplayName(TokenKind::ReadWrite), u"Read/Write"_s);
        QCOMPARE(tokenKindDisplayName(TokenKind::ReadOnly), u"Read-Only"_s);
    }

    void basicAuthorization()
    {
        const Credential credential{TokenKind::ReadOnly, *AccountSid::parse(GoodSid),
                                    *AuthToken::parse(AllTokenChars.right(32))};
        QVERIFY(credential.isValid());
        const QByteArray header = credential.basicAuthorizationHeader();
        QVERIFY(header.startsWith("Basic "));
        QCOMPARE(QByteArray::fromBase64(header.mid(6)), (GoodSid + u':' + AllTokenChars.right(32)).toUtf8());
    }

    void secretNeverInDebugOutput()
    {
        const QString clear = AllTokenChars.right(32);
        const auto token = AuthToken::parse(clear);
        QVERIFY(token);
        const Credential credential{TokenKind::ReadWrite, *AccountSid::parse(GoodSid), *token};
        const Secret session = Secret::fromClearValue(u"session-secret-value-0123456789abcdef"_s);

        QStringList messages;
        {
            MessageCapture capture(u"*.debug=true"_s);
            qDebug() << *token;
            qDebug() << credential;
            qDebug() << session;
            qDebug() << token->secret() << QVariant::fromValue(0);
            qCDebug(lcCredentials) << "credential" << credential;
            qCInfo(lcKeychain) << token->masked() << token->toString();
            qCWarning(lcService) << credential.authToken;
            messages = capture.messages();
        }

        QCOMPARE(messages.size(), 7);
        const QString everything = messages.join(u'\n');
        QVERIFY(everything.contains(GoodSid)); // the SID is not a secret: it is printed
        QVERIFY(everything.contains(u"••••••••"_s));
        QVERIFY2(!everything.contains(clear), qPrintable(everything));
        QVERIFY(!everything.contains(clear.left(12)));
        QVERIFY(!everything.contains(session.revealClearValue()));
        QVERIFY(!everything.contains(QString::fromLatin1(credential.basicAuthorizationHeader())));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
