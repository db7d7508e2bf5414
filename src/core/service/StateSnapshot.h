// SPDX-License-Identifier: MIT
#pragma once

#include "platform/PlatformTypes.h"

#include <optional>

namespace AgencyTokens {

/// What the app shows of an account without the network: who is signed in
/// and the page state. No secret in it; kept in the keychain next to the
/// tokens so that sign-out removes it with them.
struct StateSnapshot
{
    QString username;
    QString displayName;
    QString role;
    QString agencyName;
    ServicesState state;

    [[nodiscard]] QString toJson() const;
    [[nodiscard]] static std::optional<StateSnapshot> fromJson(const QString &json);
};

} // namespace AgencyTokens
