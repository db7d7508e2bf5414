// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace AgencyTokens::Server {

/// Work the platform queues and reports on later (report exports, compliance
/// submissions), kept in memory: an id per item, what it is about, and the
/// agency it belongs to. The oldest are dropped past MaxEntries.
class QueuedWork
{
public:
    static constexpr qsizetype MaxEntries = 1000;

    /// A new id (32 hex digits) for \a subject of \a agencyId.
    [[nodiscard]] QString add(qint64 agencyId, const QString &subject);
    /// The subject of \a id, if it exists and belongs to \a agencyId.
    [[nodiscard]] std::optional<QString> find(qint64 agencyId, const QString &id) const;

private:
    struct Entry
    {
        qint64 agencyId = 0;
        QString subject;
    };
    QHash<QString, Entry> m_entries;
    QList<QString> m_order; ///< oldest first
};

} // namespace AgencyTokens::Server
