// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace AgencyTokens {

/// Why a credential value was refused, with a sentence for the user.
struct Validation
{
    enum class Reason { Ok, Empty, WrongLength, BadCharacter, WrongPrefix };

    Reason reason = Reason::Ok;
    QString message;

    [[nodiscard]] bool ok() const { return reason == Reason::Ok; }
    [[nodiscard]] static Validation accept() { return {}; }
    [[nodiscard]] static Validation refuse(Reason reason, const QString &message) { return {reason, message}; }
};

} // namespace AgencyTokens
