// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <array>
#include <optional>

namespace AgencyTokens {

/// The kinds of token an account holds: the two legacy credential sets
/// (Read/Write and Read-Only, one each) and any number of scoped access
/// tokens, each with its own Account SID and name. A class only to carry the enum's meta-object (QML sees it
/// as `TokenKind` through the app's foreign declaration; a QObject, because
/// Qt 6.4's tools read enums of uncreatable object types only); code uses
/// TokenKind.
class TokenKinds : public QObject
{
    Q_OBJECT
public:
    enum class Kind { ReadWrite, ReadOnly, Scoped };
    Q_ENUM(Kind)
};
using TokenKind = TokenKinds::Kind;

/// The legacy pair: every account holds at most one token of each.
inline constexpr std::array<TokenKind, 2> LegacyTokenKinds{TokenKind::ReadWrite, TokenKind::ReadOnly};
[[nodiscard]] constexpr bool isLegacy(TokenKind kind) { return kind != TokenKind::Scoped; }

/// "readWrite" / "readOnly" / "scoped", as in the REST contract.
[[nodiscard]] QString tokenKindToWire(TokenKind kind);
[[nodiscard]] std::optional<TokenKind> tokenKindFromWire(QStringView wire);
/// "Read/Write" / "Read-Only" / "Scoped", as the platform labels them.
[[nodiscard]] QString tokenKindDisplayName(TokenKind kind);
/// "read-write" / "read-only" / "scoped", the last part of a keychain key.
[[nodiscard]] QString tokenKindKeyPart(TokenKind kind);

} // namespace AgencyTokens
