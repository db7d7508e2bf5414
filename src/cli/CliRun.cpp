// SPDX-License-Identifier: MIT
// run and curl: the credential goes into one child's environment, or onto
// curl's standard input, and never into any argument list.
#include "Cli.h"

#include "ChildProcess.h"
#include "ExitCode.h"
#include "network/NetworkPolicy.h"

#include <algorithm>

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
// The curl options that may follow PATH: what shapes the request and its
// output, nothing that can name another destination (a URL, a proxy, a
// resolve or connect-to rule, a config file, following redirects, --next).
// An allow-list: an option curl adds later is refused until it is listed.
const QStringList CurlFlags{u"-s"_s, u"--silent"_s, u"-S"_s, u"--show-error"_s, u"-f"_s, u"--fail"_s,
                            u"--fail-with-body"_s, u"-i"_s, u"--include"_s, u"-I"_s, u"--head"_s,
                            u"-v"_s, u"--verbose"_s, u"-G"_s, u"--get"_s, u"--compressed"_s,
                            u"-N"_s, u"--no-buffer"_s, u"--no-progress-meter"_s};
const QStringList CurlOptionsWithValue{u"-X"_s, u"--request"_s, u"-H"_s, u"--header"_s, u"-d"_s, u"--data"_s,
                                       u"--data-raw"_s, u"--data-binary"_s, u"--data-urlencode"_s, u"--json"_s,
                                       u"-o"_s, u"--output"_s, u"-w"_s, u"--write-out"_s, u"-m"_s,
                                       u"--max-time"_s, u"--connect-timeout"_s, u"--retry"_s};
// Single-letter flags that may be written together ("-sS").
const QString CurlShortFlags = u"sSfiIvGN"_s;

/// The first of `options` (curl's arguments after PATH) that is not allowed; empty when all are.
QString refusedCurlOption(const QStringList &options)
{
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString &option = options.at(i);
        if (CurlFlags.contains(option))
            continue;
        if (CurlOptionsWithValue.contains(option)) {
            if (++i == options.size())
                return option; // its value is missing: curl would take what follows
            continue;
        }
        const bool shortFlags = option.size() > 2 && option.startsWith(u'-') && !option.startsWith(u"--"_s)
            && std::all_of(option.cbegin() + 1, option.cend(), [](QChar c) { return CurlShortFlags.contains(c); });
        if (!shortFlags)
            return option;
    }
    return {};
}

} // namespace

void Cli::runCommand()
{
    const auto ref = pickToken();
    if (!ref)
        return;
    const auto c = m_service->credential(*ref);
    ChildProcess::Variables variables{
        {m_inv.sidVariable.toLatin1(), c->accountSid.toString().toLatin1()},
        {m_inv.tokenVariable.toLatin1(), c->authToken.revealClearValue().toLatin1()},
    };
    noteIfDue(*ref);
    m_service->record(*ref, u"run"_s);
    QString error;
    const auto status = ChildProcess::run(m_inv.rest, variables, std::nullopt, &error);
    wipe(variables[1].second);
    finish(status.value_or(CannotRun), status ? QString() : error);
}

void Cli::runCurl()
{
    const auto ref = pickToken();
    if (!ref)
        return;
    const auto c = m_service->credential(*ref);
    QString path = m_inv.rest.constFirst();
    if (path.contains(u"://"_s) || path.startsWith(u"//"_s)) {
        finish(Usage, u"PATH is a path on the account's API address (%1), not a full address: the credentials "
                      "only go to that platform."_s.arg(m_service->info().address.toString()));
        return;
    }
    // Nothing after PATH may send the request (and so the credentials) anywhere else.
    if (const QString refused = refusedCurlOption(m_inv.rest.mid(1)); !refused.isEmpty()) {
        finish(Usage, u"curl option \"%1\" is not allowed here: the credentials only go to PATH on the account's "
                      "address. Allowed: %2, and -sS-style groups of %3."_s
                          .arg(refused, (CurlFlags + CurlOptionsWithValue).join(u", "_s), CurlShortFlags));
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
    noteIfDue(*ref);
    m_service->record(*ref, u"curl"_s, m_inv.rest.constFirst());
    const QStringList command = QStringList{u"curl"_s, u"--config"_s, u"-"_s} + m_inv.rest.mid(1);
    QString error;
    const auto status = ChildProcess::run(command, {}, config, &error);
    wipe(config);
    finish(status.value_or(CannotRun), status ? QString() : error);
}

} // namespace AgencyTokens::Cli
