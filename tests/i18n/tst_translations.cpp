// SPDX-License-Identifier: MIT
// The translations embedded in the app library load for German and French, and
// translate QML, view-model and core strings (the contexts lupdate wrote match
// the ones used at run time).
#include "Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TstTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void translates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de qml") << u"de"_s << u"Sidebar"_s << u"Settings"_s << u"Einstellungen"_s;
        QTest::newRow("de HttpError") << u"de"_s << u"HttpError"_s << u"The request was cancelled."_s
                                     << u"Die Anfrage wurde abgebrochen."_s;
        QTest::newRow("de AuthToken") << u"de"_s << u"AuthToken"_s << u"The Auth Token is empty."_s
                                      << u"Das Auth Token ist leer."_s;
        QTest::newRow("de SecretStore") << u"de"_s << u"AgencyTokens::SecretStore"_s
                                        << u"Unknown keychain error."_s << u"Unbekannter Fehler des Schlüsselbunds."_s;
        QTest::newRow("fr qml") << u"fr"_s << u"RestWebServicesPage"_s << u"Technical"_s << u"Technique"_s;
        QTest::newRow("fr view model") << u"fr"_s << u"AgencyTokens::AccountView"_s << u"Staff"_s << u"Personnel"_s;
    }

    void translates()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QVERIFY(AgencyTokens::Translations::install(*QCoreApplication::instance(), QLocale(language)));
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
    }

    void englishNeedsNone()
    {
        QVERIFY(!AgencyTokens::Translations::install(*QCoreApplication::instance(), QLocale(u"en_US"_s)));
        QCOMPARE(QCoreApplication::translate("Sidebar", "Settings"), u"Settings"_s);
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
