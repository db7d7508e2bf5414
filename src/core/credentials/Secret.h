// SPDX-License-Identifier: MIT
#pragma once

#include <QDebug>
#include <QString>

namespace AgencyTokens {

/// A secret value (auth token, session token). It has no implicit conversion
/// to text: display goes through masked(), QDebug prints the mask, and the
/// clear value is only reachable through revealClearValue(), so every place
/// that touches it can be found with one grep.
class Secret
{
public:
    Secret() = default;
    /// Takes ownership of a clear value.
    [[nodiscard]] static Secret fromClearValue(const QString &value);
    ~Secret();
    Secret(const Secret &) = default;
    Secret &operator=(const Secret &) = default;
    Secret(Secret &&) noexcept = default;
    Secret &operator=(Secret &&) noexcept = default;

    [[nodiscard]] bool isEmpty() const { return m_value.isEmpty(); }
    [[nodiscard]] qsizetype length() const { return m_value.size(); }

    /// Bullets and the last four characters, e.g. "••••••••3fk2".
    [[nodiscard]] QString masked() const;
    /// Same as masked(): a secret's text form is never the value.
    [[nodiscard]] QString toString() const { return masked(); }

    /// The clear value. Only for the keychain, the wire and the clipboard.
    [[nodiscard]] const QString &revealClearValue() const { return m_value; }

    /// Overwrites the value in memory (where this copy owns it) and empties it.
    void wipe();

    friend bool operator==(const Secret &a, const Secret &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const Secret &a, const Secret &b) { return !(a == b); }

private:
    explicit Secret(const QString &value) : m_value(value) {}
    QString m_value;
};

/// Prints the mask, never the value.
QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace AgencyTokens
