// SPDX-License-Identifier: MIT
#include "TokenKind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

QString tokenKindToWire(TokenKind kind)
{
    switch (kind) {
    case TokenKind::ReadWrite:
        return u"readWrite"_s;
    case TokenKind::ReadOnly:
        return u"readOnly"_s;
    case TokenKind::Scoped:
        break;
    }
    return u"scoped"_s;
}

std::optional<TokenKind> tokenKindFromWire(QStringView wire)
{
    if (wire == u"readWrite")
        return TokenKind::ReadWrite;
    if (wire == u"readOnly")
        return TokenKind::ReadOnly;
    if (wire == u"scoped")
        return TokenKind::Scoped;
    return std::nullopt;
}

QString tokenKindDisplayName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::ReadWrite:
        return QCoreApplication::translate("TokenKind", "Read/Write");
    case TokenKind::ReadOnly:
        return QCoreApplication::translate("TokenKind", "Read-Only");
    case TokenKind::Scoped:
        break;
    }
    return QCoreApplication::translate("TokenKind", "Scoped");
}

QString tokenKindKeyPart(TokenKind kind)
{
    switch (kind) {
    case TokenKind::ReadWrite:
        return u"read-write"_s;
    case TokenKind::ReadOnly:
        return u"read-only"_s;
    case TokenKind::Scoped:
        break;
    }
    return u"scoped"_s;
}

} // namespace AgencyTokens
