// SPDX-License-Identifier: MIT
#pragma once

#include "service/Outcome.h"

#include <QTest>

#include <functional>
#include <optional>

namespace AgencyTokens::Testing {

/// Runs an action that answers once with an Outcome, with the event loop
/// running, and returns that answer; an action that gives none within
/// \a capMs fails as "test gave up waiting".
inline Outcome run(const std::function<void(OutcomeDone)> &action, int capMs = 20000)
{
    std::optional<Outcome> out;
    action([&](const Outcome &o) { out = o; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, capMs))
        return Outcome::input(QStringLiteral("test gave up waiting"));
    return *out;
}

} // namespace AgencyTokens::Testing
