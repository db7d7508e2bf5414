// SPDX-License-Identifier: MIT
// OrphanSweep against the real keychain: entries of an account that this
// install listed once and no longer lists go; those of a listed account, of an
// account reserved by a running process, of an account this install never had
// (another install's on the same keychain), and keys of any other form stay.
#include "StoreWaiter.h"
#include "accounts/AccountList.h"
#include "accounts/OrphanSweep.h"
#include "keychain/KeychainKeys.h"
#include "keychain/KeychainStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace AgencyTokens;
using namespace AgencyTokens::Testing;
using namespace Qt::StringLiterals;

namespace {
const QUrl Api(u"https://api.example.com"_s);
const QString Sid = u"IR"_s + QString(32, u'O');
} // namespace

class tst_OrphanSweep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accountPartOfTodaysKeysOnly()
    {
        QCOMPARE(OrphanSweep::accountPartOf(u"agency-tokens/api.example.com/0123456789ab/state"_s),
                 u"agency-tokens/api.example.com/0123456789ab"_s);
        QCOMPARE(OrphanSweep::accountPartOf(u"agency-tokens/h:8080/0123456789ab/%1/read-only"_s.arg(Sid)),
                 u"agency-tokens/h:8080/0123456789ab"_s);
        QCOMPARE(OrphanSweep::accountPartOf(u"agency-tokens/index"_s), QString());
        QCOMPARE(OrphanSweep::accountPartOf(u"agency-tokens/h/session"_s), QString()); // before accounts
        QCOMPARE(OrphanSweep::accountPartOf(u"agency-tokens/h/%1/read-write"_s.arg(Sid)), QString());
        QCOMPARE(OrphanSweep::accountPartOf(u"other/h/0123456789ab/state"_s), QString());
    }

    void removesWhatNoListedOrReservedAccountOwns()
    {
        KeychainStore store;
        AccountList list;
        const AccountInfo listed = list.add(AccountKind::TokensOnly, u"Listed"_s, Api);
        // Listed once, then taken off the list by another process while this one wrote for it.
        const AccountInfo orphan = list.add(AccountKind::TokensOnly, u"Gone"_s, Api);
        QVERIFY(list.remove(orphan.id));
        const AccountInfo reserved = list.create(AccountKind::TokensOnly, u"Coming"_s, Api);
        QVERIFY(list.reserve(reserved.id));
        // Never listed nor reserved here: another install's, on the same keychain.
        const AccountInfo others = list.create(AccountKind::TokensOnly, u"Another install's"_s, Api);
        QVERIFY(list.knownIds().contains(orphan.id) && list.knownIds().contains(reserved.id));
        QVERIFY(!list.knownIds().contains(others.id));
        const QString oldForm = u"agency-tokens/api.example.com/session"_s;
        QStringList kept;
        for (const AccountInfo &info : {listed, orphan, reserved, others}) {
            const QString part = KeychainKeys::accountPart(info.address, info.id);
            for (const QString &key : {KeychainKeys::stateKey(part),
                                       KeychainKeys::tokenKey(part, *AccountSid::parse(Sid), TokenKind::ReadOnly)}) {
                QVERIFY(StoreWaiter::write(store, key, u"value"_s)->ok());
                if (info.id != orphan.id)
                    kept << key;
            }
        }
        QVERIFY(StoreWaiter::write(store, oldForm, u"session"_s)->ok());
        kept << oldForm;

        std::optional<SecretStore::Result> result;
        QStringList removed;
        QStringList leftAlone;
        OrphanSweep::run(&store, this, [&](const SecretStore::Result &r, const QStringList &parts, const QStringList &o) {
            result = r;
            removed = parts;
            leftAlone = o;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), StoreWaiter::CapMs);
        QVERIFY2(result->ok(), qPrintable(result->message));
        QCOMPARE(removed, QStringList{KeychainKeys::accountPart(orphan.address, orphan.id)});
        QCOMPARE(leftAlone, QStringList{KeychainKeys::accountPart(others.address, others.id)});
        const QString orphanPart = KeychainKeys::accountPart(orphan.address, orphan.id);
        QCOMPARE(StoreWaiter::read(store, KeychainKeys::stateKey(orphanPart))->first.error, SecretStore::Error::NotFound);
        for (const QString &key : std::as_const(kept))
            QVERIFY2(StoreWaiter::read(store, key)->first.ok(), qPrintable(key));

        // Once listed, the reservation ends; released, nothing is reserved.
        QVERIFY(list.insert(reserved));
        QVERIFY(!list.reservedIds().contains(reserved.id));
        QVERIFY(list.reserve(orphan.id));
        list.release(orphan.id);
        QVERIFY(list.reservedIds().isEmpty());

        // A second sweep finds nothing.
        result.reset();
        OrphanSweep::run(&store, this, [&](const SecretStore::Result &r, const QStringList &parts, const QStringList &) {
            result = r;
            removed = parts;
        });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), StoreWaiter::CapMs);
        QVERIFY(result->ok());
        QVERIFY(removed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_OrphanSweep)
#include "tst_orphansweep.moc"
