// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/TokenKind.h"

#include <QObject>
#include <QtQml/qqml.h>

namespace AgencyTokens {

/// The core's one token-kind enum, as QML sees it: TokenKind.ReadWrite,
/// TokenKind.ReadOnly. (A gadget around the core's type: the core does not
/// depend on Qt Qml.)
class TokenKindForeign
{
    Q_GADGET
    QML_FOREIGN(AgencyTokens::TokenKinds)
    QML_NAMED_ELEMENT(TokenKind)
    QML_UNCREATABLE("An enum only")
};

} // namespace AgencyTokens
