// SPDX-License-Identifier: MIT
#pragma once

#include "AccountInfo.h"
#include "credentials/Secret.h"
#include "keychain/PreAccountEntry.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace AgencyTokens {

class AccountList;

/// What becomes of one host's keychain entries from before accounts
/// (PreAccountUpgrade carries it out). They were written by a sign-in, so
/// they go into the signed-in account of that host, found or made as a new
/// sign-in makes it; an entry of a kind the account already holds is newer
/// than ours and stays, ours is removed.
struct PreAccountPlan
{
    QString host;
    /// The account the entries go into; absent when nothing moves (all are removed).
    std::optional<AccountInfo> account;
    /// `account` is not in the list yet: to be inserted before anything is written.
    bool newAccount = false;
    /// Written into the account, confirmed, then removed: tokens first, then the session.
    QList<PreAccountEntry> moves;
    /// Removed only: an entry of a kind the account holds already, or one whose value is gone.
    QList<PreAccountEntry> removals;
    /// The old page state, if any: merged into the account's (stateAfter()), then removed.
    std::optional<PreAccountEntry> state;
    /// The account holds a page state of its own.
    bool accountHasState = false;

    /// One plan per host, in the order the index first names them. `values`:
    /// what the old entries hold (a key missing from it has no value any more).
    /// `lastServer`: the last address the app signed in to, for the scheme a
    /// key's host part does not keep.
    [[nodiscard]] static QList<PreAccountPlan> make(const QStringList &index, const QHash<QString, Secret> &values,
                                                    const AccountList &accounts, const QUrl &lastServer);

    /// The page state the account should hold once the tokens in `moves` are
    /// in, as JSON, or nothing when what it holds will do: its own state wins;
    /// a kind it does not list is added; without a state of its own it takes
    /// the old one. `accountState`: the account's state entry, if it has one.
    [[nodiscard]] std::optional<QString> stateAfter(const std::optional<QString> &accountState,
                                                    const QHash<QString, Secret> &values) const;
};

} // namespace AgencyTokens
