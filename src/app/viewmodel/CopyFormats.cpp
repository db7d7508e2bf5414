// SPDX-License-Identifier: MIT
#include "CopyFormats.h"

#include "network/RestClient.h"
#include "platform/PlatformApi.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::CopyFormats {

namespace {
/// One word for a POSIX shell (sh, bash, zsh), taken as it is: in single
/// quotes, a quote inside closed, escaped and reopened. Unquoted, zsh would
/// take a token starting with "~" for a user's home folder and fail.
QString shellWord(const QString &text)
{
    return u'\'' + QString(text).replace(u"'"_s, u"'\\''"_s) + u'\'';
}
} // namespace

QString curlCommand(const QUrl &apiBase, const Credential &credential)
{
    // The address the app's own check calls, with the account address's path.
    const QUrl url = RestClient::addressFor(apiBase, PlatformApi::companyInformationPath(credential.accountSid));
    return u" curl -u %1 -H %2 %3"_s.arg(shellWord(credential.accountSid.toString() + u':'
                                                   + credential.authToken.revealClearValue()),
                                         shellWord(u"Accept: application/json"_s),
                                         shellWord(url.toString(QUrl::FullyEncoded)));
}

QString environment(const Credential &credential)
{
    return u"export AGENCY_ACCOUNT_SID=%1\nexport AGENCY_AUTH_TOKEN=%2\n"_s.arg(
        shellWord(credential.accountSid.toString()), shellWord(credential.authToken.revealClearValue()));
}

} // namespace AgencyTokens::CopyFormats
