// SPDX-License-Identifier: MIT
#include "OrphanSweep.h"

#include "AccountList.h"
#include "keychain/KeychainKeys.h"
#include "logging/Logging.h"

#include <QPointer>
#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

QString OrphanSweep::accountPartOf(const QString &key)
{
    // agency-tokens/<host>/<12 hex: the account id>/<session|state|<sid>/<kind>>
    static const QRegularExpression form(u"^(%1/[^/]+/([0-9a-f]{12}))/.+$"_s.arg(KeychainKeys::Service));
    const QRegularExpressionMatch match = form.match(key);
    return match.hasMatch() ? match.captured(1) : QString();
}

namespace {
void removeNext(SecretStore *store, QPointer<QObject> context, std::shared_ptr<QStringList> left,
                std::shared_ptr<QStringList> removed, OrphanSweep::Done done)
{
    if (!context)
        return;
    if (left->isEmpty()) {
        done(SecretStore::Result{}, *removed);
        return;
    }
    const QString part = left->takeFirst();
    store->removeUnder(part, context, [=](const SecretStore::Result &result) {
        if (!result.ok()) {
            done(result, *removed);
            return;
        }
        qCInfo(lcAccounts) << "removed the keychain entries of an account no longer listed:" << part;
        removed->append(part);
        removeNext(store, context, left, removed, done);
    });
}
} // namespace

void OrphanSweep::run(SecretStore *store, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    store->listKeys(context, [store, guard, done](const SecretStore::Result &listed, const QStringList &keys) {
        if (!guard)
            return;
        if (!listed.ok()) {
            done(listed, {});
            return;
        }
        // The list after the keys: what is listed or reserved by now owns its entries.
        const AccountList list;
        QStringList owned = list.reservedIds();
        for (const AccountInfo &info : list.accounts())
            owned.append(info.id);
        auto orphans = std::make_shared<QStringList>();
        for (const QString &key : keys) {
            const QString part = accountPartOf(key);
            if (!part.isEmpty() && !owned.contains(part.section(u'/', -1)) && !orphans->contains(part))
                orphans->append(part);
        }
        removeNext(store, guard, orphans, std::make_shared<QStringList>(), done);
    });
}

} // namespace AgencyTokens
