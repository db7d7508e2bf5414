// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace AgencyTokens::Server {

/// A user's role in their agency, as the platform names them.
enum class Role { Administrator, ImplementationSpecialist, Staff };

/// "administrator" / "implementationSpecialist" / "staff".
[[nodiscard]] QString roleToWire(Role role);
[[nodiscard]] std::optional<Role> roleFromWire(QStringView wire);
/// Only administrators and implementation specialists may enable, see, reset
/// and upgrade legacy tokens (platform rule).
[[nodiscard]] bool canManageTokens(Role role);

} // namespace AgencyTokens::Server
