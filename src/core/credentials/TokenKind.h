// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace AgencyTokens {

/// The two legacy credential sets every agency has.
enum class TokenKind { ReadWrite, ReadOnly };

inline constexpr std::array<TokenKind, 2> AllTokenKinds{TokenKind::ReadWrite, TokenKind::ReadOnly};

/// "readWrite" / "readOnly", as in the REST contract.
[[nodiscard]] QString tokenKindToWire(TokenKind kind);
[[nodiscard]] std::optional<TokenKind> tokenKindFromWire(QStringView wire);
/// "Read/Write" / "Read-Only", as the platform labels them.
[[nodiscard]] QString tokenKindDisplayName(TokenKind kind);
/// "read-write" / "read-only", the last part of a keychain key.
[[nodiscard]] QString tokenKindKeyPart(TokenKind kind);

} // namespace AgencyTokens
