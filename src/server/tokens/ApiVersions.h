// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <array>

namespace AgencyTokens::Server::ApiVersions {

/// The agency API versions the platform serves, oldest first: 2, and 3
/// (released 2022-10-12).
inline constexpr std::array<int, 2> Supported{2, 3};
/// New tokens start here.
inline constexpr int Newest = Supported.back();

[[nodiscard]] constexpr bool isKnown(int version)
{
    return std::find(Supported.begin(), Supported.end(), version) != Supported.end();
}

} // namespace AgencyTokens::Server::ApiVersions
