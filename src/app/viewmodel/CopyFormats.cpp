// SPDX-License-Identifier: MIT
#include "CopyFormats.h"

#include "platform/PlatformApi.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::CopyFormats {

QString curlCommand(const QUrl &apiBase, const Credential &credential)
{
    const QUrl url = apiBase.resolved(QUrl(PlatformApi::companyInformationPath(credential.accountSid)));
    // Single quotes: neither the SID nor the token alphabet has a quote, so nothing needs escaping.
    return u" curl -u '%1:%2' -H 'Accept: application/json' '%3'"_s.arg(
        credential.accountSid.toString(), credential.authToken.revealClearValue(), url.toString(QUrl::FullyEncoded));
}

QString environment(const Credential &credential)
{
    return u"export AGENCY_ACCOUNT_SID=%1\nexport AGENCY_AUTH_TOKEN=%2\n"_s.arg(
        credential.accountSid.toString(), credential.authToken.revealClearValue());
}

} // namespace AgencyTokens::CopyFormats
