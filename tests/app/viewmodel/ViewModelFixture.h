// SPDX-License-Identifier: MIT
#pragma once

#include "ActionState.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

namespace AgencyTokens::Testing {

/// Starts an action (`start`) and waits for its state's end, with the event
/// loop running; returns whether it ended well. A hang fails at the cap.
inline bool runToEnd(ActionState *state, const std::function<void()> &start, int capMs = 20000)
{
    QSignalSpy finished(state, &ActionState::finished);
    start();
    if (finished.isEmpty() && !finished.wait(capMs))
        return false;
    return finished.constLast().constFirst().toBool();
}

} // namespace AgencyTokens::Testing
