// SPDX-License-Identifier: MIT
#pragma once

#include "Secret.h"
#include "Validation.h"

#include <QCoreApplication>

#include <optional>

namespace AgencyTokens {

/// The password half of a credential: 32 characters of [A-Za-z0-9._~-].
/// A Secret: masked in text and in QDebug.
class AuthToken
{
    Q_DECLARE_TR_FUNCTIONS(AuthToken)
public:
    static constexpr qsizetype Length = 32;
    /// Every character an Auth Token may hold.
    static constexpr QLatin1StringView Alphabet{"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-"};

    AuthToken() = default;
    [[nodiscard]] static Validation validate(QStringView text);
    [[nodiscard]] static std::optional<AuthToken> parse(const QString &text);
    [[nodiscard]] static bool isAllowedCharacter(QChar c);

    [[nodiscard]] bool isEmpty() const { return m_secret.isEmpty(); }
    [[nodiscard]] QString masked() const { return m_secret.masked(); }
    [[nodiscard]] QString toString() const { return m_secret.masked(); }
    [[nodiscard]] const Secret &secret() const { return m_secret; }
    /// The clear value: for the keychain, the Basic auth header and the clipboard only.
    [[nodiscard]] const QString &revealClearValue() const { return m_secret.revealClearValue(); }

    friend bool operator==(const AuthToken &a, const AuthToken &b) { return a.m_secret == b.m_secret; }
    friend bool operator!=(const AuthToken &a, const AuthToken &b) { return !(a == b); }

private:
    explicit AuthToken(Secret secret) : m_secret(std::move(secret)) {}
    Secret m_secret;
};

QDebug operator<<(QDebug debug, const AuthToken &token);

} // namespace AgencyTokens
