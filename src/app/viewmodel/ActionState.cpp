// SPDX-License-Identifier: MIT
#include "ActionState.h"

#include "service/Outcome.h"

#include <QJSEngine>

namespace AgencyTokens {

void ActionState::begin()
{
    m_busy = true;
    m_failed = false;
    m_offline = false;
    m_message.clear();
    Q_EMIT changed();
}

void ActionState::finish(const Outcome &outcome, const QString &success)
{
    m_offline = !outcome.ok && outcome.apiError.isOffline();
    finish(outcome.ok, outcome.ok ? success : outcome.message);
}

void ActionState::finishAs(const ActionState *other)
{
    m_offline = other->m_offline;
    finish(!other->m_failed, other->m_message);
}

void ActionState::finish(bool ok, const QString &message)
{
    m_busy = false;
    m_failed = !ok;
    m_message = message;
    ++m_runs;
    Q_EMIT changed();
    Q_EMIT finished(ok);
    Q_EMIT ActionEvents::instance()->finished(this, ok);
}

void ActionState::clear()
{
    if (!m_failed && m_message.isEmpty())
        return;
    m_failed = false;
    m_offline = false;
    m_message.clear();
    Q_EMIT changed();
}

ActionEvents *ActionEvents::instance()
{
    static ActionEvents events;
    return &events;
}

ActionEvents *ActionEvents::create(QQmlEngine *, QJSEngine *)
{
    ActionEvents *events = instance();
    QJSEngine::setObjectOwnership(events, QJSEngine::CppOwnership);
    return events;
}

} // namespace AgencyTokens
