// SPDX-License-Identifier: MIT
#include "AppInfo.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens {

QString AppInfo::name()
{
    return u"Agency Tokens"_s;
}

QString AppInfo::version()
{
    return QStringLiteral(AGENCYTOKENS_VERSION);
}

} // namespace AgencyTokens
