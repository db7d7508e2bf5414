// SPDX-License-Identifier: MIT
#pragma once

#include "CredentialVault.h"
#include "Outcome.h"
#include "StateSnapshot.h"
#include "accounts/AccountInfo.h"
#include "keychain/IndexLock.h"
#include "keychain/SecretStore.h"
#include "platform/PlatformApi.h"
#include "usage/UsageStore.h"

#include <QObject>

namespace AgencyTokens {

class RestClient;
class SecretStore;

/// What every account does, whatever its kind: the page state kept for
/// offline use, the two credentials (CredentialVault), Verify against the
/// platform's own API, the online state, and wiping its own keychain
/// entries. TokenService (signed in) and TokensOnlyService add their actions.
class AccountService : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Starting, SignedOut, Ready };
    Q_ENUM(Phase)

    AccountService(const AccountInfo &info, SecretStore *store, RestClient *client, QObject *parent = nullptr);

    [[nodiscard]] const AccountInfo &info() const { return m_info; }
    /// A new name; the id and address (and so the keychain keys) stay.
    void rename(const QString &name);
    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] bool isBusy() const { return m_busy > 0; }
    /// False after the platform could not be reached; true after any answer.
    [[nodiscard]] bool isOnline() const { return m_online; }
    [[nodiscard]] const QString &offlineReason() const { return m_offlineReason; }
    [[nodiscard]] const StateSnapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] std::optional<TokenInfo> tokenInfo(const TokenRef &ref) const;
    /// The scoped access tokens, in the platform's order (or the order they were added here).
    [[nodiscard]] const QList<TokenInfo> &scopedTokens() const { return m_snapshot.state.accessTokens; }
    /// The scoped token called `name` (names are unique within an account).
    [[nodiscard]] std::optional<TokenInfo> scopedToken(const QString &name) const;
    /// The credential as last known: from the keychain or from the platform.
    [[nodiscard]] std::optional<Credential> credential(const TokenRef &ref) const { return m_vault.credential(ref); }
    /// True while a credential is not yet confirmed in the keychain.
    [[nodiscard]] bool isUnsaved(const TokenRef &ref) const { return m_vault.isUnsaved(ref); }
    /// Every token the account lists: the legacy pair first, then the scoped ones.
    [[nodiscard]] QList<TokenRef> tokenRefs() const;
    [[nodiscard]] PlatformApi &api() { return m_api; }
    /// A check's result in one word, as the log keeps it: checkAnswerToWire()'s
    /// (passed, refused, notPermitted, rateLimited), or network, failed.
    [[nodiscard]] static QString checkWord(const HttpError &error, CheckAnswer answer);
    /// "Read/Write", "Read-Only", or a scoped token's name.
    [[nodiscard]] QString tokenTitle(const TokenRef &ref) const;

    /// Where this account's tokens are used, their rotation policy and what
    /// this device did with them (shared with every other process).
    [[nodiscard]] UsageStore &usage() { return m_usage; }
    [[nodiscard]] TokenUsage usageOf(const TokenRef &ref) const { return m_usage.usage(m_info.id, ref.key()); }
    /// One line of this device's activity log for `ref` (never a secret).
    void record(const TokenRef &ref, const QString &action, const QString &detail = {}, const QString &title = {});
    /// `ref`'s value changed (reset, replace): its integrations become a
    /// checklist, and its age counts from now.
    void startChecklist(const TokenRef &ref);
    /// `ref`'s value is new to this device (created, pasted): its age counts from now.
    void startAge(const TokenRef &ref);

    /// The account belongs to the shared account list (AccountList): every
    /// write of its keychain entries first asks, under the keychain's
    /// cross-process lock, whether the list still holds it (listed, or
    /// reserved while it is being added), and is dropped with
    /// removedMessage() when another process removed it meanwhile;
    /// removeEverything() takes it off the list under the same hold of that
    /// lock, after its entries. Set by the app and the command line tool; off
    /// for an account that no list holds (tests of a service alone).
    void setOwnedByList(bool owned) { m_ownedByList = owned; m_vault.setWriteCheck(listedCheck()); }
    [[nodiscard]] bool isOwnedByList() const { return m_ownedByList; }
    /// "This account was removed in another window or by agency-tokens-cli."
    [[nodiscard]] static QString removedMessage();

    /// At start: what the keychain holds (at most the state and the tokens), then a refresh.
    virtual void restore(OutcomeDone done) = 0;
    /// Fresh state from the platform, in one request.
    virtual void refresh(OutcomeDone done) = 0;
    /// What the keychain holds (the state and the tokens), without the network
    /// and without a session: for the command line tool. A missing entry is
    /// not a failure; a locked or absent keychain is.
    void loadStored(OutcomeDone done);
    /// Whether the credential passes authorization now (optionally as API `version`).
    /// The answer (passed, refused, not permitted) is kept with the token.
    void verify(const TokenRef &ref, std::optional<int> version,
                std::function<void(const Outcome &, const VerifyResult &)> done);
    /// What the credential may reach: one cheap request per API category
    /// (PlatformApi::probe); the allowed and denied categories are kept with the token.
    void probe(const TokenRef &ref, std::function<void(const Outcome &, const ProbeResult &)> done);
    void retrySave(OutcomeDone done);
    /// Wipes every keychain entry of this account, and no other's (a signed-in
    /// account also ends its session: that is its sign-out).
    virtual void removeEverything(OutcomeDone done);
    /// removeEverything(), and, owned by the list (setOwnedByList()), the
    /// account leaves the shared list in the same hold of the keychain's lock,
    /// right after its entries: a write of another process lands before the
    /// wipe or finds the account gone. If the list stays locked the account
    /// stays listed (the caller's AccountList::remove() tries again).
    virtual void removeAccount(OutcomeDone done);

Q_SIGNALS:
    /// Any of phase, online, snapshot or credentials changed.
    void changed();
    void busyChanged();
    /// A write found the account no longer on the shared list (see setOwnedByList()).
    void removedElsewhere();

protected:
    void setPhase(Phase phase);
    void setOnline(bool online, const QString &reason = {});
    [[nodiscard]] OutcomeDone finisher(OutcomeDone done);
    void beginWork();
    void endWork();
    /// Common handling of an API failure (offline, …); returns the outcome.
    virtual Outcome apiFailure(const HttpError &error);
    /// When `error` is a failure: handles it (apiFailure) and tells `done`; returns whether it was one.
    bool failedOn(const HttpError &error, const OutcomeDone &done);
    /// Reads the state snapshot from the keychain (NotFound is not an error).
    void loadSnapshot(OutcomeDone done);
    /// The snapshot as read from the keychain (its JSON).
    void takeStoredSnapshot(const Secret &json);
    /// Writes the snapshot, unless the keychain already holds exactly this one.
    void saveSnapshot();
    /// A change of the stored snapshot that no other process can lose: under the
    /// state lock, the snapshot is read afresh from the keychain, changed and
    /// written. `done` hears success even when the write failed (the state is
    /// only for offline use; a warning is logged).
    void updateSnapshot(std::function<void(StateSnapshot &)> change, OutcomeDone done);
    void setAddress(const QUrl &address);
    /// The token `ref` names in `snapshot`, or nullptr.
    [[nodiscard]] static TokenInfo *findToken(StateSnapshot &snapshot, const TokenRef &ref);
    /// What a check or a probe found, kept with the token (under the state lock).
    void noteFinding(const TokenRef &ref, std::function<void(TokenInfo &)> change);
    /// removeEverything() of this class; with `unlist`, removeAccount()'s.
    void wipeAll(bool unlist, OutcomeDone done);
    /// What a write of this account's entries asks first (empty when not owned by the list).
    [[nodiscard]] SecretStore::Check listedCheck();
    /// A write of one of this account's entries, under listedCheck().
    void writeEntry(const QString &key, const Secret &value, SecretStore::Done done);
    /// Its entries removed; with `unlist` (and owned by the list), then the account
    /// taken off the list in the same hold of the keychain's lock.
    void wipeEntries(bool unlist, SecretStore::Done done);

    AccountInfo m_info;
    SecretStore *m_store;
    PlatformApi m_api;
    CredentialVault m_vault;
    StateSnapshot m_snapshot;
    QString m_storedSnapshot; // the JSON the keychain holds, as last read or written; empty: unknown
    IndexLock m_stateLock;    // around updateSnapshot(), shared by every process
    UsageStore m_usage;

private:
    Phase m_phase = Phase::Starting;
    int m_busy = 0;
    bool m_online = true;
    bool m_ownedByList = false;
    QString m_offlineReason;
};

} // namespace AgencyTokens
