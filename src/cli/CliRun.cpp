// SPDX-License-Identifier: MIT
// run and curl: the credential goes into one child's environment, or onto
// curl's standard input, and never into any argument list.
#include "Cli.h"

#include "ChildProcess.h"
#include "ExitCode.h"
#include "network/NetworkPolicy.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::Cli {

namespace {
// 127, as shells answer for a command that cannot be run.
constexpr int CannotRun = 127;

QByteArray quotedForCurl(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

void wipe(QByteArray &bytes)
{
    std::fill(bytes.begin(), bytes.end(), '\0');
}
} // namespace

void Cli::runCommand()
{
    const auto c = pickCredential();
    if (!c)
        return;
    ChildProcess::Variables variables{
        {m_inv.sidVariable.toLatin1(), c->accountSid.toString().toLatin1()},
        {m_inv.tokenVariable.toLatin1(), c->authToken.revealClearValue().toLatin1()},
    };
    QString error;
    const auto status = ChildProcess::run(m_inv.rest, variables, std::nullopt, &error);
    wipe(variables[1].second);
    finish(status.value_or(CannotRun), status ? QString() : error);
}

void Cli::runCurl()
{
    const auto c = pickCredential();
    if (!c)
        return;
    QString path = m_inv.rest.constFirst();
    if (path.contains(u"://"_s) || path.startsWith(u"//"_s)) {
        finish(Usage, u"PATH is a path on the account's API address (%1), not a full address: the credentials "
                      "only go to that platform."_s.arg(m_service->info().address.toString()));
        return;
    }
    path.replace(u"{AccountSid}"_s, c->accountSid.toString());
    QString base = m_service->info().address.toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base + (path.startsWith(u'/') ? path : u'/' + path));
    if (!url.isValid() || !NetworkPolicy::sameOrigin(url, m_service->info().address)) {
        finish(Usage, u"\"%1\" does not make a usable address on %2."_s.arg(path, base));
        return;
    }
    if (const HttpError refused = NetworkPolicy::checkAddress(url); !refused.ok()) {
        finish(exitCodeFor(refused), refused.message);
        return;
    }
    QByteArray config = "url = " + quotedForCurl(url.toString(QUrl::FullyEncoded)) + "\n"
                        "globoff\n"
                        "header = \"Accept: application/json\"\n"
                        "user = " + quotedForCurl(c->accountSid.toString() + u':' + c->authToken.revealClearValue())
                        + "\n";
    const QStringList command = QStringList{u"curl"_s, u"--config"_s, u"-"_s} + m_inv.rest.mid(1);
    QString error;
    const auto status = ChildProcess::run(command, {}, config, &error);
    wipe(config);
    finish(status.value_or(CannotRun), status ? QString() : error);
}

} // namespace AgencyTokens::Cli
