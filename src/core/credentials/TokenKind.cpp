// SPDX-License-Identifier: MIT
#include "TokenKind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

QString tokenKindToWire(TokenKind kind)
{
    return kind == TokenKind::ReadWrite ? u"readWrite"_s : u"readOnly"_s;
}

std::optional<TokenKind> tokenKindFromWire(QStringView wire)
{
    if (wire == u"readWrite")
        return TokenKind::ReadWrite;
    if (wire == u"readOnly")
        return TokenKind::ReadOnly;
    return std::nullopt;
}

QString tokenKindDisplayName(TokenKind kind)
{
    return kind == TokenKind::ReadWrite ? QCoreApplication::translate("TokenKind", "Read/Write")
                                        : QCoreApplication::translate("TokenKind", "Read-Only");
}

QString tokenKindKeyPart(TokenKind kind)
{
    return kind == TokenKind::ReadWrite ? u"read-write"_s : u"read-only"_s;
}

} // namespace AgencyTokens
