// SPDX-License-Identifier: MIT
#include "AccountService.h"

#include "accounts/AccountList.h"
#include "keychain/KeychainKeys.h"
#include "keychain/SecretStore.h"
#include "logging/Logging.h"

#include <QFileInfo>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
// Long enough for another process's keychain read and write of the state.
constexpr int KeychainStateLockMs = 20000;
} // namespace

AccountService::AccountService(const AccountInfo &info, SecretStore *store, RestClient *client, QObject *parent)
    : QObject(parent)
    , m_info(info)
    , m_store(store)
    , m_api(client)
    , m_vault(store)
    , m_stateLock(QFileInfo(IndexLock::defaultPath()).absolutePath() + QStringLiteral("/agency-tokens-state.lock"), this)
{
    setAddress(info.address);
    connect(&m_vault, &CredentialVault::changed, this, &AccountService::changed);
}

QString AccountService::removedMessage()
{
    return tr("This account was removed in another window or by agency-tokens-cli.");
}

SecretStore::Check AccountService::listedCheck()
{
    if (!m_ownedByList)
        return {};
    // Asked by the store under its cross-process lock, maybe after this service is gone.
    return [self = QPointer<AccountService>(this), id = m_info.id]() -> SecretStore::Result {
        const std::optional<bool> held = AccountList().holds(id);
        if (!held)
            return {SecretStore::Error::Timeout,
                    tr("The account list is being changed by another program and did not become free; "
                       "nothing was saved. Try again.")};
        if (*held)
            return {};
        qCInfo(lcService) << "not written: the account is no longer listed" << id;
        if (self)
            Q_EMIT self->removedElsewhere();
        return {SecretStore::Error::NotWanted, removedMessage()};
    };
}

void AccountService::writeEntry(const QString &key, const Secret &value, SecretStore::Done done)
{
    m_store->writeIf(key, value, listedCheck(), this, std::move(done));
}

void AccountService::wipeEntries(bool unlist, SecretStore::Done done)
{
    if (!unlist || !m_ownedByList) {
        m_store->removeUnder(m_info.keyPart(), this, std::move(done));
        return;
    }
    // Entries first, then the list entry, in one hold of the keychain's lock: a
    // write of another process checked either before (its entry is removed
    // here) or after (and finds the account gone).
    m_store->removeUnderThen(m_info.keyPart(), [id = m_info.id] {
        AccountList list;
        if (!list.remove(id) && list.find(id))
            qCWarning(lcService) << "the account list stayed locked; the account is still listed" << id;
    }, this, std::move(done));
}

void AccountService::setAddress(const QUrl &address)
{
    m_info.address = address;
    m_api.setServer(address);
    m_vault.setKeyPart(m_info.keyPart());
}

void AccountService::rename(const QString &name)
{
    if (name.trimmed().isEmpty() || m_info.name == name.trimmed())
        return;
    m_info.name = name.trimmed();
    Q_EMIT changed();
}

std::optional<TokenInfo> AccountService::tokenInfo(const TokenRef &ref) const
{
    const QList<TokenInfo> &list = ref.isScoped() ? m_snapshot.state.accessTokens : m_snapshot.state.tokens;
    for (const TokenInfo &info : list) {
        if (ref.matches(info.kind, info.accountSid))
            return info;
    }
    return std::nullopt;
}

std::optional<TokenInfo> AccountService::scopedToken(const QString &name) const
{
    for (const TokenInfo &info : m_snapshot.state.accessTokens) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

QList<TokenRef> AccountService::tokenRefs() const
{
    QList<TokenRef> refs;
    for (const TokenInfo &info : m_snapshot.state.tokens)
        refs.append(TokenRef(info.kind));
    for (const TokenInfo &info : m_snapshot.state.accessTokens)
        refs.append(TokenRef::scoped(info.accountSid));
    return refs;
}

TokenInfo *AccountService::findToken(StateSnapshot &snapshot, const TokenRef &ref)
{
    QList<TokenInfo> &list = ref.isScoped() ? snapshot.state.accessTokens : snapshot.state.tokens;
    for (TokenInfo &info : list) {
        if (ref.matches(info.kind, info.accountSid))
            return &info;
    }
    return nullptr;
}

void AccountService::noteFinding(const TokenRef &ref, std::function<void(TokenInfo &)> change)
{
    if (TokenInfo *info = findToken(m_snapshot, ref))
        change(*info);
    Q_EMIT changed();
    if (m_info.kind == AccountKind::SignedIn) {
        // The platform's answers are this account's source of truth: its snapshot is this process's.
        saveSnapshot();
        return;
    }
    // Tokens only: the state entry is shared with other processes, changed under its lock.
    updateSnapshot([ref, change](StateSnapshot &snapshot) {
        if (TokenInfo *info = findToken(snapshot, ref))
            change(*info);
    }, [](const Outcome &) {});
}

void AccountService::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT changed();
}

void AccountService::setOnline(bool online, const QString &reason)
{
    if (m_online == online && m_offlineReason == reason)
        return;
    m_online = online;
    m_offlineReason = online ? QString() : reason;
    Q_EMIT changed();
}

void AccountService::beginWork()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged();
}

void AccountService::endWork()
{
    if (--m_busy == 0)
        Q_EMIT busyChanged();
}

OutcomeDone AccountService::finisher(OutcomeDone done)
{
    beginWork();
    return [this, done](const Outcome &outcome) {
        endWork();
        if (done)
            done(outcome);
    };
}

Outcome AccountService::apiFailure(const HttpError &error)
{
    setOnline(!error.isOffline(), error.message);
    return Outcome::fromApi(error);
}

bool AccountService::failedOn(const HttpError &error, const OutcomeDone &done)
{
    if (error.ok())
        return false;
    const Outcome outcome = apiFailure(error);
    if (done)
        done(outcome);
    return true;
}

void AccountService::loadSnapshot(OutcomeDone done)
{
    m_store->read(KeychainKeys::stateKey(m_info.keyPart()), this, [this, done](const SecretStore::Result &r, const Secret &json) {
        if (r.ok())
            takeStoredSnapshot(json);
        done(r.ok() || r.error == SecretStore::Error::NotFound ? Outcome::success() : Outcome::fromStore(r));
    });
}

void AccountService::takeStoredSnapshot(const Secret &json)
{
    if (auto snapshot = StateSnapshot::fromJson(json.revealClearValue())) {
        m_snapshot = *snapshot;
        m_storedSnapshot = json.revealClearValue();
    }
    Q_EMIT changed();
}

void AccountService::loadStored(OutcomeDone done)
{
    auto finish = finisher(done);
    loadSnapshot([this, finish](const Outcome &loaded) {
        if (!loaded.ok) {
            finish(loaded);
            return;
        }
        m_vault.load(m_snapshot.state.tokens + m_snapshot.state.accessTokens, finish);
    });
}

void AccountService::saveSnapshot()
{
    const QString json = m_snapshot.toJson();
    if (json == m_storedSnapshot)
        return; // a refresh that changed nothing writes nothing
    m_storedSnapshot.clear(); // unknown until the write answers
    writeEntry(KeychainKeys::stateKey(m_info.keyPart()), Secret::fromClearValue(json),
                   [this, json](const SecretStore::Result &r) {
                       if (r.ok())
                           m_storedSnapshot = json;
                       else
                           qCWarning(lcService) << "could not keep the page state for offline use:" << r.error;
                   });
}

void AccountService::updateSnapshot(std::function<void(StateSnapshot &)> change, OutcomeDone done)
{
    auto finish = finisher(done);
    m_stateLock.acquire(QDeadlineTimer(KeychainStateLockMs), [this, change, finish](bool held) {
        if (!held)
            qCWarning(lcService) << "another process held the account state lock; writing without it";
        // What another process wrote since this one read it is kept.
        loadSnapshot([this, change, finish](const Outcome &) {
            change(m_snapshot);
            const QString json = m_snapshot.toJson();
            m_storedSnapshot.clear();
            writeEntry(KeychainKeys::stateKey(m_info.keyPart()), Secret::fromClearValue(json),
                           [this, json, finish](const SecretStore::Result &r) {
                               m_stateLock.release();
                               if (r.ok())
                                   m_storedSnapshot = json;
                               else
                                   qCWarning(lcService) << "could not keep the page state for offline use:" << r.error;
                               Q_EMIT changed();
                               finish(Outcome::success());
                           });
        });
    });
}

QString AccountService::checkWord(const HttpError &error, CheckAnswer answer)
{
    if (error.kind == HttpError::Kind::RateLimited)
        return checkAnswerToWire(CheckAnswer::RateLimited);
    if (error.isOffline() || error.kind == HttpError::Kind::ConnectionClosed || error.kind == HttpError::Kind::Tls)
        return u"network"_s;
    return error.ok() ? checkAnswerToWire(answer) : u"failed"_s;
}

QString AccountService::tokenTitle(const TokenRef &ref) const
{
    if (ref.isScoped()) {
        const auto info = tokenInfo(ref);
        return info && !info->name.isEmpty() ? info->name : ref.sid.toString();
    }
    return tokenKindDisplayName(ref.kind);
}

void AccountService::record(const TokenRef &ref, const QString &action, const QString &detail, const QString &title)
{
    ActivityEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.account = m_info.id;
    entry.accountName = m_info.name;
    entry.token = ref.key();
    entry.tokenTitle = title.isEmpty() ? tokenTitle(ref) : title;
    entry.action = action;
    entry.detail = detail;
    entry.by = UsageStore::processActor();
    if (const UsageStore::Result r = m_usage.log(entry); !r.ok)
        qCWarning(lcService) << "could not add to the activity log:" << r.message;
}

void AccountService::startChecklist(const TokenRef &ref)
{
    if (const UsageStore::Result r = m_usage.update(m_info.id, ref.key(), [](TokenUsage &u) { u.startChecklist(); });
        !r.ok)
        qCWarning(lcService) << "could not turn the integrations into a checklist:" << r.message;
}

void AccountService::startAge(const TokenRef &ref)
{
    const auto r = m_usage.update(m_info.id, ref.key(), [](TokenUsage &u) { u.since = QDateTime::currentDateTimeUtc(); });
    if (!r.ok)
        qCWarning(lcService) << "could not note when the token was added:" << r.message;
}

void AccountService::verify(const TokenRef &ref, std::optional<int> version,
                            std::function<void(const Outcome &, const VerifyResult &)> done)
{
    const auto c = credential(ref);
    if (!c) {
        done(Outcome::input(tr("There is no saved token to verify yet.")), {});
        return;
    }
    beginWork();
    m_api.verify(*c, version, this, [this, ref, done, token = c->authToken](const HttpError &error,
                                                                           const VerifyResult &result) {
        endWork();
        record(ref, u"verify"_s, checkWord(error, result.answer));
        if (!error.ok()) {
            done(apiFailure(error), result);
            return;
        }
        setOnline(true);
        // Kept only while it speaks of the value held now.
        const auto held = credential(ref);
        const auto known = tokenInfo(ref);
        if (held && held->authToken == token && known && known->lastCheck != result.answer) {
            const CheckAnswer answer = result.answer;
            noteFinding(ref, [answer](TokenInfo &info) { info.lastCheck = answer; });
        }
        done(Outcome::success(), result);
    });
}

void AccountService::probe(const TokenRef &ref, std::function<void(const Outcome &, const ProbeResult &)> done)
{
    const auto c = credential(ref);
    if (!c) {
        done(Outcome::input(tr("There is no saved token to probe yet.")), {});
        return;
    }
    beginWork();
    m_api.probe(*c, this, [this, ref, done](const HttpError &error, const ProbeResult &result) {
        endWork();
        record(ref, u"probe"_s, checkWord(error, result.answer));
        if (!error.ok()) {
            done(apiFailure(error), result);
            return;
        }
        setOnline(true);
        if (result.answer == CheckAnswer::Passed) {
            QStringList reachable;
            QStringList unreachable;
            for (const ProbeRow &row : result.rows) {
                if (row.reach == ProbeRow::Reach::Allowed)
                    reachable.append(row.category);
                else if (row.reach == ProbeRow::Reach::Denied)
                    unreachable.append(row.category);
            }
            noteFinding(ref, [reachable, unreachable](TokenInfo &info) {
                info.probedAt = QDateTime::currentDateTimeUtc();
                info.reachable = reachable;
                info.unreachable = unreachable;
            });
        }
        done(Outcome::success(), result);
    });
}

void AccountService::retrySave(OutcomeDone done)
{
    m_vault.retry(finisher(done));
}

void AccountService::removeEverything(OutcomeDone done)
{
    wipeAll(false, std::move(done));
}

void AccountService::removeAccount(OutcomeDone done)
{
    // What the log says afterwards: each token this account held, by its title now.
    QList<std::pair<TokenRef, QString>> held;
    for (const TokenRef &ref : tokenRefs()) {
        if (credential(ref))
            held.append({ref, tokenTitle(ref)});
    }
    wipeAll(true, [this, held, done](const Outcome &o) {
        if (o.ok) {
            for (const auto &[ref, title] : held)
                record(ref, u"remove"_s, {}, title);
            if (const UsageStore::Result r = m_usage.removeAccount(m_info.id); !r.ok)
                qCWarning(lcService) << "could not forget where this account's tokens are used:" << r.message;
        }
        done(o);
    });
}

void AccountService::wipeAll(bool unlist, OutcomeDone done)
{
    auto finish = finisher(done);
    wipeEntries(unlist, [this, finish](const SecretStore::Result &r) {
        if (!r.ok()) {
            finish(Outcome::fromStore(r, tr("Could not remove this account's saved tokens.")));
            return;
        }
        m_vault.clear();
        m_snapshot = {};
        m_storedSnapshot.clear();
        setPhase(Phase::SignedOut);
        Q_EMIT changed();
        finish(Outcome::success());
    });
}

} // namespace AgencyTokens
