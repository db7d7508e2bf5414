// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace AgencyTokens {

/// Strict reading of a JSON answer: every field must be there with the right
/// type. The first problem is kept, in words, for the BadResponse error.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, const QString &where = {});

    [[nodiscard]] QString string(const QString &name);
    [[nodiscard]] int integer(const QString &name);
    [[nodiscard]] bool boolean(const QString &name);
    [[nodiscard]] QJsonArray array(const QString &name);
    [[nodiscard]] QJsonObject object(const QString &name);
    /// ISO 8601; when `nullable`, JSON null gives an invalid QDateTime.
    [[nodiscard]] QDateTime dateTime(const QString &name, bool nullable = false);
    /// Records a problem found by the caller (e.g. a value out of range).
    void fail(const QString &problem);

    [[nodiscard]] bool ok() const { return m_problem.isEmpty(); }

    /// A text the platform sent, made fit to show and print on one line: line
    /// breaks and tabs become spaces, every other control character (ESC, CSI,
    /// OSC, C1…) U+FFFD, so that no answer can move a terminal's cursor, set
    /// its title or clipboard, or forge a line. Trimmed.
    [[nodiscard]] static QString plainLine(const QString &text);
    [[nodiscard]] const QString &problem() const { return m_problem; }

private:
    [[nodiscard]] QJsonValue field(const QString &name, QJsonValue::Type type, bool nullable = false);

    QJsonObject m_object;
    QString m_where;
    QString m_problem;
};

} // namespace AgencyTokens
