// SPDX-License-Identifier: MIT
#pragma once

#include "AccountService.h"

namespace AgencyTokens {

/// An account of tokens the user already has: the Account SID and Auth
/// Token pasted from the platform's web app, checked against the platform's
/// own API (CompanyInformation) and kept in the keychain. No management
/// contract is needed; enabling, resetting and upgrading happen in the web
/// app, after which replaceToken() takes the new value.
class TokensOnlyService : public AccountService
{
    Q_OBJECT
public:
    TokensOnlyService(const AccountInfo &info, SecretStore *store, RestClient *client, QObject *parent = nullptr);

    /// The keychain's state and tokens (no network), then one check.
    void restore(OutcomeDone done) override;
    /// One request: Verify of the Read/Write token (else the Read-Only one),
    /// which also refreshes the agency's name.
    void refresh(OutcomeDone done = {}) override;
    /// Checks the pasted credential and keeps it only when it passes.
    /// `withoutCheck` is honoured only while the platform cannot be reached.
    void addToken(TokenKind kind, const QString &accountSid, const QString &authToken, bool withoutCheck,
                  OutcomeDone done);
    /// Keeps the pasted credential without asking the platform: for the
    /// command line tool's explicit --no-verify. The format is still checked.
    void addUnchecked(TokenKind kind, const QString &accountSid, const QString &authToken, OutcomeDone done);
    /// The new Auth Token after a reset in the web app: it must pass, and the
    /// old one must fail (so the reset did happen), before the keychain entry
    /// is overwritten.
    void replaceToken(const TokenRef &ref, const QString &authToken, OutcomeDone done);
    /// A scoped access token pasted with the name it has in the web app: kept
    /// when the platform says it is genuine (a 403 on the check is genuine,
    /// kept with that note; a 401 keeps nothing).
    void addScoped(const QString &name, const QString &accountSid, const QString &authToken, bool withoutCheck,
                   OutcomeDone done);
    /// As addUnchecked(), for a scoped token.
    void addScopedUnchecked(const QString &name, const QString &accountSid, const QString &authToken, OutcomeDone done);
    /// Takes a scoped token off this device (its keychain entry too); the
    /// platform keeps it (it is deleted in the web app).
    void forgetScoped(const AccountSid &sid, OutcomeDone done);

private:
    /// The pasted credential, or nothing after `refuse` was told why.
    std::optional<Credential> parsePasted(TokenKind kind, const QString &accountSid, const QString &authToken,
                                          const OutcomeDone &refuse);
    /// Why `name` cannot name a new scoped token here; empty when it can.
    [[nodiscard]] QString scopedNameProblem(const QString &name) const;
    /// Checks `credential` with the platform, then keeps it (keepChecked()).
    void checkAndKeep(const Credential &credential, const QString &name, OutcomeDone done);
    void keepChecked(const Credential &credential, const QString &companyName, OutcomeDone done,
                     const QString &name = {}, CheckAnswer answer = CheckAnswer::Passed);
    void compareOld(const Credential &old, const Credential &fresh, CheckAnswer answer, OutcomeDone done);
};

} // namespace AgencyTokens
