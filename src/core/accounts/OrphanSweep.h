// SPDX-License-Identifier: MIT
#pragma once

#include "keychain/SecretStore.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace AgencyTokens {

/// Finds the keychain entries that no listed account owns (an account another
/// process removed while this one wrote for it, a process killed between
/// writing a new account's entries and listing it) and removes them: every
/// entry under `agency-tokens/<host>/<account id>/` whose account id is
/// neither listed nor reserved (AccountList::reserve) by a running process.
/// The keys are read first, the list after, so an account listed or reserved
/// meanwhile is never taken for an orphan.
class OrphanSweep
{
public:
    /// `removed`: the account parts ("agency-tokens/<host>/<id>") whose entries went.
    using Done = std::function<void(const SecretStore::Result &result, const QStringList &removed)>;

    /// The account part of a key of today's form, or "" for any other key.
    [[nodiscard]] static QString accountPartOf(const QString &key);
    static void run(SecretStore *store, QObject *context, Done done);
};

} // namespace AgencyTokens
