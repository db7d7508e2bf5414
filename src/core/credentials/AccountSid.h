// SPDX-License-Identifier: MIT
#pragma once

#include "Validation.h"

#include <QDebug>
#include <QString>

#include <QCoreApplication>

#include <optional>

namespace AgencyTokens {

/// The user name half of a credential: "IR" and 32 letters or digits.
/// Not a secret, but validated the same way as the token.
class AccountSid
{
    Q_DECLARE_TR_FUNCTIONS(AccountSid)
public:
    static constexpr qsizetype Length = 34;
    static constexpr QLatin1StringView Prefix{"IR"};
    /// The characters after the prefix.
    static constexpr QLatin1StringView Alphabet{"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"};

    AccountSid() = default;
    [[nodiscard]] static Validation validate(QStringView text);
    /// The SID, or nothing when validate() refuses it (surrounding spaces are ignored).
    [[nodiscard]] static std::optional<AccountSid> parse(QStringView text);

    [[nodiscard]] bool isEmpty() const { return m_value.isEmpty(); }
    [[nodiscard]] const QString &toString() const { return m_value; }

    friend bool operator==(const AccountSid &a, const AccountSid &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const AccountSid &a, const AccountSid &b) { return !(a == b); }

private:
    explicit AccountSid(const QString &value) : m_value(value) {}
    QString m_value;
};

QDebug operator<<(QDebug debug, const AccountSid &sid);

} // namespace AgencyTokens
