// SPDX-License-Identifier: MIT
// AppSettings: where a new tokens-only account's API address starts from.
#include "AppSettings.h"
#include "accounts/AccountList.h"

#include <QTest>

using namespace AgencyTokens;
using namespace Qt::StringLiterals;

class tst_AppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        AccountList list;
        for (const AccountInfo &info : list.accounts())
            list.remove(info.id);
    }

    void theSuggestedApiAddressFollowsTheServerAndTheAccounts()
    {
        // Nothing known: the platform's own address.
        QCOMPARE(AppSettings({}, {}).suggestedApiAddress(), u"https://api.impact.com"_s);
        // Started with --server: that one.
        QCOMPARE(AppSettings(QUrl(u"http://127.0.0.1:8080"_s), {}).suggestedApiAddress(), u"http://127.0.0.1:8080"_s);

        // An account elsewhere: its address, a tokens-only account's before a signed-in one's.
        AccountList list;
        list.add(AccountKind::SignedIn, u"Signed in"_s, QUrl(u"https://manage.example.test"_s));
        QCOMPARE(AppSettings({}, {}).suggestedApiAddress(), u"https://manage.example.test"_s);
        list.add(AccountKind::TokensOnly, u"Pasted"_s, QUrl(u"https://api.example.test"_s));
        QCOMPARE(AppSettings({}, {}).suggestedApiAddress(), u"https://api.example.test"_s);
        // --server still wins.
        QCOMPARE(AppSettings(QUrl(u"http://127.0.0.1:8080"_s), {}).suggestedApiAddress(), u"http://127.0.0.1:8080"_s);
    }
};

QTEST_MAIN(tst_AppSettings)
#include "tst_appsettings.moc"
