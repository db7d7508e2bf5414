// SPDX-License-Identifier: MIT
#include "AccountService.h"

#include "keychain/KeychainKeys.h"
#include "keychain/SecretStore.h"
#include "logging/Logging.h"

#include <QFileInfo>

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

std::optional<TokenInfo> AccountService::tokenInfo(TokenKind kind) const
{
    for (const TokenInfo &info : m_snapshot.state.tokens) {
        if (info.kind == kind)
            return info;
    }
    return std::nullopt;
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
        m_vault.load(m_snapshot.state.tokens, finish);
    });
}

void AccountService::saveSnapshot()
{
    const QString json = m_snapshot.toJson();
    if (json == m_storedSnapshot)
        return; // a refresh that changed nothing writes nothing
    m_storedSnapshot.clear(); // unknown until the write answers
    m_store->write(KeychainKeys::stateKey(m_info.keyPart()), Secret::fromClearValue(json), this,
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
            m_store->write(KeychainKeys::stateKey(m_info.keyPart()), Secret::fromClearValue(json), this,
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

void AccountService::verify(TokenKind kind, std::optional<int> version,
                            std::function<void(const Outcome &, const VerifyResult &)> done)
{
    const auto c = credential(kind);
    if (!c) {
        done(Outcome::input(tr("There is no saved token to verify yet.")), {});
        return;
    }
    beginWork();
    m_api.verify(*c, version, this, [this, done](const HttpError &error, const VerifyResult &result) {
        endWork();
        if (!error.ok()) {
            done(apiFailure(error), result);
            return;
        }
        setOnline(true);
        done(Outcome::success(), result);
    });
}

void AccountService::retrySave(OutcomeDone done)
{
    m_vault.retry(finisher(done));
}

void AccountService::removeEverything(OutcomeDone done)
{
    auto finish = finisher(done);
    m_store->removeUnder(m_info.keyPart(), this, [this, finish](const SecretStore::Result &r) {
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
