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
    // A value in double quotes of a curl config: backslash and quote escaped
    // (neither is in an Account SID or an Auth Token; escaped all the same).
    QString user = credential.accountSid.toString() + u':' + credential.authToken.revealClearValue();
    user.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    // The credentials go to curl's standard input as a config (-K -), from
    // printf, a builtin of sh, bash and zsh: no process's argv holds them
    // (curl's own would, readable in /proc/PID/cmdline, with -u).
    const QString command = u" printf %1 %2 | curl -K - -H %3 %4"_s.arg(
        shellWord(u"user = \"%s\"\\n"_s), shellWord(user), shellWord(u"Accept: application/json"_s),
        shellWord(url.toString(QUrl::FullyEncoded)));
    Secret::overwrite(user);
    return command;
}

QString environment(const Credential &credential)
{
    return u"export AGENCY_ACCOUNT_SID=%1\nexport AGENCY_AUTH_TOKEN=%2\n"_s.arg(
        shellWord(credential.accountSid.toString()), shellWord(credential.authToken.revealClearValue()));
}

} // namespace AgencyTokens::CopyFormats
