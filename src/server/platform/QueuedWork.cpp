// SPDX-License-Identifier: MIT
#include "QueuedWork.h"

#include <QUuid>

namespace AgencyTokens::Server {

QString QueuedWork::add(qint64 agencyId, const QString &subject)
{
    if (m_order.size() >= MaxEntries)
        m_entries.remove(m_order.takeFirst());
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    m_entries.insert(id, {agencyId, subject});
    m_order.append(id);
    return id;
}

std::optional<QString> QueuedWork::find(qint64 agencyId, const QString &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || it->agencyId != agencyId)
        return std::nullopt;
    return it->subject;
}

} // namespace AgencyTokens::Server
