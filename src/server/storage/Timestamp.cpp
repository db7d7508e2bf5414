// SPDX-License-Identifier: MIT
#include "Timestamp.h"

#include <QTimeZone>

namespace AgencyTokens::Server::Timestamp {

QDateTime now()
{
    const QDateTime current = QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(current.toSecsSinceEpoch(), Qt::UTC);
}

QString toIso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonValue toJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(toIso(time)) : QJsonValue(QJsonValue::Null);
}

QDateTime fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace AgencyTokens::Server::Timestamp
