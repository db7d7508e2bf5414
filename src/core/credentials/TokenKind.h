// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <array>
#include <optional>

namespace AgencyTokens {

/// The kinds of token an account holds: today the two legacy credential sets
/// every agency has. A class only to carry the enum's meta-object (QML sees it
/// as `TokenKind` through the app's foreign declaration; a QObject, because
/// Qt 6.4's tools read enums of uncreatable object types only); code uses
/// TokenKind.
class TokenKinds : public QObject
{
    Q_OBJECT
public:
    enum class Kind { ReadWrite, ReadOnly };
    Q_ENUM(Kind)
};
using TokenKind = TokenKinds::Kind;

inline constexpr std::array<TokenKind, 2> AllTokenKinds{TokenKind::ReadWrite, TokenKind::ReadOnly};

/// "readWrite" / "readOnly", as in the REST contract.
[[nodiscard]] QString tokenKindToWire(TokenKind kind);
[[nodiscard]] std::optional<TokenKind> tokenKindFromWire(QStringView wire);
/// "Read/Write" / "Read-Only", as the platform labels them.
[[nodiscard]] QString tokenKindDisplayName(TokenKind kind);
/// "read-write" / "read-only", the last part of a keychain key.
[[nodiscard]] QString tokenKindKeyPart(TokenKind kind);

} // namespace AgencyTokens
