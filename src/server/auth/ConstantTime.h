// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

namespace AgencyTokens::Server {

/// Compares two byte strings in time that depends on their length only, so a
/// caller guessing a secret learns nothing from how fast a refusal comes.
/// Compare digests of equal length to hide the length as well.
[[nodiscard]] bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace AgencyTokens::Server
