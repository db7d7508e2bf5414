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
/// neither listed nor reserved (AccountList::reserve) by a running process,
/// and which this install once listed or reserved (AccountList::knownIds).
/// The entries of an id this install never knew belong to another install of
/// the app on the same keychain and stay (`others`). The keys are read first,
/// the list after, so an account listed or reserved meanwhile is never taken
/// for an orphan.
class OrphanSweep
{
public:
    /// `removed`: the account parts ("agency-tokens/<host>/<id>") whose entries went;
    /// `others`: those left alone, of ids this install never listed or reserved.
    using Done = std::function<void(const SecretStore::Result &result, const QStringList &removed,
                                    const QStringList &others)>;

    /// The account part of a key of today's form, or "" for any other key.
    [[nodiscard]] static QString accountPartOf(const QString &key);
    static void run(SecretStore *store, QObject *context, Done done);
};

} // namespace AgencyTokens
