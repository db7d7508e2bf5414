// SPDX-License-Identifier: MIT
#include "AccountInfo.h"

#include "keychain/KeychainKeys.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens {

QString AccountInfo::keyPart() const
{
    return KeychainKeys::accountPart(address, id);
}

QString accountKindToWire(AccountKind kind)
{
    return kind == AccountKind::SignedIn ? u"signedIn"_s : u"tokensOnly"_s;
}

std::optional<AccountKind> accountKindFromWire(const QString &text)
{
    if (text == u"signedIn"_s)
        return AccountKind::SignedIn;
    if (text == u"tokensOnly"_s)
        return AccountKind::TokensOnly;
    return std::nullopt;
}

} // namespace AgencyTokens
