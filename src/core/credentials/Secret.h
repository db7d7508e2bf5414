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
    /// Wipes the value where this copy is its only owner.
    ~Secret();
    Secret(const Secret &) = default;
    /// The value replaced is wiped first (where this copy was its only owner).
    Secret &operator=(const Secret &other);
    Secret(Secret &&) noexcept = default;
    Secret &operator=(Secret &&other) noexcept;

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

    /// Overwrites every character \a text has allocated (its capacity, not
    /// only its size) with zeros, in a way the compiler cannot drop, when
    /// \a text alone owns its buffer; a shared buffer is left as it is, since
    /// another owner still reads it. The size is kept. Returns whether it wiped.
    static bool overwrite(QString &text) noexcept;

    friend bool operator==(const Secret &a, const Secret &b) { return a.m_value == b.m_value; }
    friend bool operator!=(const Secret &a, const Secret &b) { return !(a == b); }

private:
    explicit Secret(const QString &value) : m_value(value) {}
    QString m_value;
};

/// Prints the mask, never the value.
QDebug operator<<(QDebug debug, const Secret &secret);

} // namespace AgencyTokens
