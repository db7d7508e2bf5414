// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace AgencyTokens::Server::Timestamp {

/// Now, in UTC, to the second: the precision of the wire format.
[[nodiscard]] QDateTime now();
/// "2026-11-28T21:00:00Z"; used both on the wire and in the database.
[[nodiscard]] QString toIso(const QDateTime &time);
/// The ISO string, or JSON null for an invalid (never set) time.
[[nodiscard]] QJsonValue toJson(const QDateTime &time);
/// Reads what toIso() wrote; an empty string gives an invalid QDateTime.
[[nodiscard]] QDateTime fromIso(const QString &text);

} // namespace AgencyTokens::Server::Timestamp
