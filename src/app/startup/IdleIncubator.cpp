// SPDX-License-Identifier: MIT
#include "IdleIncubator.h"

#include <QTimerEvent>

namespace AgencyTokens {

IdleIncubator::IdleIncubator(QObject *parent)
    : QObject(parent)
{
}

void IdleIncubator::incubatingObjectCountChanged(int count)
{
    if (count > 0 && !m_timer.isActive())
        m_timer.start(0, this);
    else if (count == 0)
        m_timer.stop();
}

void IdleIncubator::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    incubateFor(SliceMs);
}

} // namespace AgencyTokens
