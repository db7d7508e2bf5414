// SPDX-License-Identifier: MIT
#include "PreAccountPlan.h"

#include "AccountList.h"
#include "keychain/KeychainKeys.h"
#include "logging/Logging.h"
#include "network/NetworkPolicy.h"
#include "service/StateSnapshot.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {

QString hostOf(const QUrl &address)
{
    return KeychainKeys::hostPart(address.host(), address.port());
}

std::optional<StateSnapshot> snapshotOf(const std::optional<PreAccountEntry> &state, const QHash<QString, Secret> &values)
{
    if (!state || !values.contains(state->key))
        return std::nullopt;
    return StateSnapshot::fromJson(values.value(state->key).revealClearValue());
}

// The signed-in account of `host`, the last one used first.
std::optional<AccountInfo> findAccount(const QString &host, const AccountList &accounts)
{
    std::optional<AccountInfo> found;
    const QString last = accounts.lastUsed();
    for (const AccountInfo &info : accounts.accounts()) {
        if (info.kind != AccountKind::SignedIn || hostOf(info.address) != host)
            continue;
        if (!found || info.id == last)
            found = info;
    }
    return found;
}

// The address a sign-in to `host` had: the last one signed in to when it is that
// host (it keeps the scheme), else what a new sign-in makes of the host as typed.
std::optional<QUrl> addressOf(const QString &host, const QUrl &lastServer)
{
    QList<QUrl> candidates{lastServer, NetworkPolicy::addressFromUserInput(host)};
    // An IPv6 host was kept without its brackets: "::1" or "::1:8443".
    if (host.count(u':') > 1) {
        candidates << NetworkPolicy::addressFromUserInput(u'[' + host + u']');
        const qsizetype colon = host.lastIndexOf(u':');
        candidates << NetworkPolicy::addressFromUserInput(u'[' + host.left(colon) + u"]:"_s + host.mid(colon + 1));
    }
    for (const QUrl &url : std::as_const(candidates)) {
        if (url.isValid() && !url.host().isEmpty() && hostOf(url) == host)
            return url;
    }
    return std::nullopt;
}

} // namespace

QList<PreAccountPlan> PreAccountPlan::make(const QStringList &index, const QHash<QString, Secret> &values,
                                           const AccountList &accounts, const QUrl &lastServer)
{
    QStringList hosts;
    QHash<QString, QList<PreAccountEntry>> byHost;
    for (const QString &key : index) {
        if (const auto entry = PreAccountEntry::parse(key)) {
            if (!byHost.contains(entry->host))
                hosts << entry->host;
            byHost[entry->host].append(*entry);
        }
    }
    QList<PreAccountPlan> plans;
    for (const QString &host : std::as_const(hosts)) {
        PreAccountPlan plan;
        plan.host = host;
        QList<PreAccountEntry> tokens;
        std::optional<PreAccountEntry> session;
        for (const PreAccountEntry &e : byHost.value(host)) {
            if (e.kind == PreAccountEntry::Kind::State)
                plan.state = e;
            else if (e.kind == PreAccountEntry::Kind::Session)
                session = e;
            else
                tokens << e;
        }
        // Of two tokens of a kind, the one the old page state names is the current one, else the
        // one whose key was written last (the index appends a key when it is first written).
        std::reverse(tokens.begin(), tokens.end());
        if (const auto old = snapshotOf(plan.state, values)) {
            std::stable_partition(tokens.begin(), tokens.end(), [&](const PreAccountEntry &t) {
                return std::any_of(old->state.tokens.cbegin(), old->state.tokens.cend(), [&](const TokenInfo &info) {
                    return info.kind == t.tokenKind && info.accountSid.toString() == t.sid;
                });
            });
        }

        plan.account = findAccount(host, accounts);
        QList<TokenKind> heldKinds;
        bool heldSession = false;
        if (plan.account) {
            const QString under = plan.account->keyPart() + u'/';
            for (const QString &key : index) {
                if (!key.startsWith(under))
                    continue;
                const QStringList rest = key.mid(under.size()).split(u'/');
                heldSession = heldSession || rest == QStringList{u"session"_s};
                plan.accountHasState = plan.accountHasState || rest == QStringList{u"state"_s};
                for (TokenKind kind : LegacyTokenKinds) {
                    if (rest.size() == 2 && rest.at(1) == tokenKindKeyPart(kind))
                        heldKinds << kind;
                }
            }
        }
        for (const PreAccountEntry &t : std::as_const(tokens)) {
            const bool move = values.contains(t.key) && !heldKinds.contains(t.tokenKind);
            (move ? plan.moves : plan.removals) << t;
            if (move)
                heldKinds << t.tokenKind;
        }
        if (session)
            (values.contains(session->key) && !heldSession ? plan.moves : plan.removals) << *session;

        if (!plan.moves.isEmpty() && !plan.account) {
            const auto address = addressOf(host, lastServer);
            if (!address) {
                qCWarning(lcKeychain) << "pre-account upgrade: no address fits the host part" << host
                                      << "; its entries stay";
                continue;
            }
            // Named as a new sign-in names it: after the agency, else the host.
            const auto old = snapshotOf(plan.state, values);
            plan.account = accounts.create(AccountKind::SignedIn, old ? old->agencyName : QString(), *address);
            plan.newAccount = true;
        }
        if (plan.moves.isEmpty())
            plan.account.reset(); // nothing goes in: no account is made or touched
        plans << plan;
    }
    return plans;
}

std::optional<QString> PreAccountPlan::stateAfter(const std::optional<QString> &accountState,
                                                  const QHash<QString, Secret> &values) const
{
    const auto old = snapshotOf(state, values);
    StateSnapshot result;
    bool changed = false;
    if (accountState) {
        const auto own = StateSnapshot::fromJson(*accountState);
        if (!own)
            return std::nullopt; // not ours to repair
        result = *own;
    } else if (old) {
        result = *old;
        changed = true;
    }
    for (const PreAccountEntry &t : moves) {
        const auto sid = AccountSid::parse(t.sid);
        if (t.kind != PreAccountEntry::Kind::Token || !sid)
            continue;
        const auto &tokens = result.state.tokens;
        const auto listed = [&](bool sameSid) {
            return std::any_of(tokens.cbegin(), tokens.cend(), [&](const TokenInfo &info) {
                return info.kind == t.tokenKind && (!sameSid || info.accountSid == *sid);
            });
        };
        if (listed(true) || (accountState && listed(false)))
            continue;
        // As a tokens-only account lists a token it is given: created "now", here.
        TokenInfo info;
        info.kind = t.tokenKind;
        info.accountSid = *sid;
        info.createdAt = QDateTime::currentDateTimeUtc();
        if (old) {
            for (const TokenInfo &each : old->state.tokens) {
                if (each.kind == t.tokenKind && each.accountSid == *sid)
                    info = each;
            }
        }
        result.state.tokens.removeIf([&](const TokenInfo &each) { return each.kind == t.tokenKind; });
        result.state.tokens.append(info);
        result.state.legacyTokensEnabled = true; // a token of it exists
        changed = true;
    }
    return changed ? std::optional(result.toJson()) : std::nullopt;
}

} // namespace AgencyTokens
