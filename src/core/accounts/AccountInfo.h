// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace AgencyTokens {

/// How an account reaches its tokens.
enum class AccountKind {
    SignedIn,   ///< a platform that offers the management contract: every action from the app
    TokensOnly, ///< pasted tokens, checked against the platform's own API; actions in its web app
};

/// One account as the app lists it. No secret: the tokens and the session
/// live in the keychain under keyPart().
struct AccountInfo
{
    QString id;   ///< stable, random; part of every keychain key of the account
    QString name; ///< what the user calls it
    AccountKind kind = AccountKind::TokensOnly;
    QUrl address; ///< signed in: the platform; tokens only: the platform's API base
    QUrl webApp;  ///< tokens only: where enabling and resetting happen

    /// "agency-tokens/<host>/<id>"
    [[nodiscard]] QString keyPart() const;
    [[nodiscard]] bool isValid() const { return !id.isEmpty() && address.isValid(); }
};

[[nodiscard]] QString accountKindToWire(AccountKind kind);
[[nodiscard]] std::optional<AccountKind> accountKindFromWire(const QString &text);

} // namespace AgencyTokens
