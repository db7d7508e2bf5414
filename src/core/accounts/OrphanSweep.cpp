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
                std::shared_ptr<QStringList> removed, const QStringList &others, OrphanSweep::Done done)
{
    if (!context)
        return;
    if (left->isEmpty()) {
        done(SecretStore::Result{}, *removed, others);
        return;
    }
    const QString part = left->takeFirst();
    store->removeUnder(part, context, [=](const SecretStore::Result &result) {
        if (!result.ok()) {
            done(result, *removed, others);
            return;
        }
        qCInfo(lcAccounts) << "removed the keychain entries of an account no longer listed:" << part;
        removed->append(part);
        removeNext(store, context, left, removed, others, done);
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
            done(listed, {}, {});
            return;
        }
        // The list after the keys: what is listed or reserved by now owns its entries.
        const AccountList list;
        QStringList owned = list.reservedIds();
        for (const AccountInfo &info : list.accounts())
            owned.append(info.id);
        const QStringList known = list.knownIds();
        auto orphans = std::make_shared<QStringList>();
        QStringList others;
        for (const QString &key : keys) {
            const QString part = accountPartOf(key);
            const QString id = part.section(u'/', -1);
            if (part.isEmpty() || owned.contains(id) || orphans->contains(part) || others.contains(part))
                continue;
            (known.contains(id) ? *orphans : others).append(part);
        }
        if (!others.isEmpty())
            qCInfo(lcAccounts) << "left alone the keychain entries of" << others.size()
                               << "accounts this install never listed (another install's)";
        removeNext(store, guard, orphans, std::make_shared<QStringList>(), others, done);
    });
}

} // namespace AgencyTokens
