// SPDX-License-Identifier: MIT
// The --help of every subcommand; agency-tokens-cli.1 says the same at length.
#include "CliArguments.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Cli {

namespace {
const auto Overview = uR"(Usage: agency-tokens-cli COMMAND [OPTIONS]

The accounts and tokens of Agency Tokens, from the command line. Secrets stay
in the system keychain; the Auth Token is read from standard input, written to
a pipe, or put into one program's environment, never into arguments.

Commands:
  accounts   the accounts and the tokens each holds (no secrets)
  sid        print an Account SID
  token      print an Auth Token to a pipe
  run        run a command with the credentials in its environment
  curl       call the platform's API with curl
  verify     check a token (or --all: every token) against the platform
  probe      find out which API categories a token may call
  add        add a token (Auth Token on standard input)
  remove     remove an account, or one scoped token, and its keychain entries
  rename     give an account another name
  clean      remove keychain entries that no listed account owns
  integrations  where a token is used: list, add, edit, remove, updated,
             export, import (no secrets; shared with the app)
  policy     rotate a token every N days (or off)
  log        this device's activity log: what was done with which token
  replace    take a tokens-only account's new Auth Token (standard input)

--account A may be left out when there is only one account. A token is
named by --kind rw (Read/Write) or --kind ro (Read-Only), the legacy pair, or
by --token NAME, a scoped access token's name in that account; either may be
left out when the account holds one token only.
--wait SECONDS (any command): how long to wait for the keychain, or for
another Agency Tokens process using it, before giving up (default 20).
--verbose (any command): the tool's own log lines on stderr as well.
Run agency-tokens-cli COMMAND --help for a command's options.

Exit status: 0 ok, 1 refused or check failed, 2 usage (also an unknown
account or --token name), 3 keychain locked or missing, 4 network, 5 the
platform's hourly request limit is used up. run and curl exit with their
command's status.
)"_s;

const QHash<QString, QString> Commands{
    {u"accounts"_s, uR"(Usage: agency-tokens-cli accounts [--json]

Lists the accounts: name, kind (signed in or tokens only), platform address,
and every token: the legacy pair and the scoped tokens (by name), whether the
keychain holds each, a scoped token's scopes when the platform listed them,
what the last check or probe found, its integrations and rotation policy
(DUE when it is older than its policy says). No secrets. --json: "kind" is
"rw", "ro" or "scoped"; a scoped token also has "name", "scopes", "note" and
"probe"; every token has "integrations" (how many), "pendingUpdates",
"rotateEveryDays" (0: none), "ageDays" (-1: not known) and "due".
)"_s},
    {u"integrations"_s, uR"(Usage: agency-tokens-cli integrations [list] [--account A] [--kind rw|ro | --token NAME] [--json]
       agency-tokens-cli integrations add|edit --name N [--owner O] [--note T] [--uses CATEGORY,...] ...
       agency-tokens-cli integrations remove|updated --name N [--account A] [--kind rw|ro | --token NAME]
       agency-tokens-cli integrations export [--account A] > file.json
       agency-tokens-cli integrations import [--account A] < file.json

Notes where a token is used, on this device, shared with the app; nothing
secret. After a reset or replace every integration still has the old token
until `updated --name N` ticks it off; list says how many are left.
export writes the account's integrations as JSON; import takes such a file in
(an integration already there by name is updated).
)"_s},
    {u"policy"_s, uR"(Usage: agency-tokens-cli policy [--account A] [--kind rw|ro | --token NAME] --rotate-every DAYS|off

Sets how often the token is to be rotated (1 to 3650 days), or no policy.
A token older than that is marked DUE in accounts, and run and curl say so
in one line on stderr (their exit status is unchanged).
)"_s},
    {u"log"_s, uR"(Usage: agency-tokens-cli log [--account A] [--json]

This device's activity log, newest first: when, account, token, what was done
(token, run, curl, verify, probe, add, replace, remove, ...) and by whom (app
or cli). Never a secret.
)"_s},
    {u"replace"_s, uR"(Usage: agency-tokens-cli replace [--account A] [--kind rw|ro | --token NAME] < new-token

For a tokens-only account, after Reset Token in the platform's web app: reads
the new Auth Token from standard input and keeps it only when it passes the
platform's check and the saved one no longer does. The token's integrations
then still have the old one: see integrations.
)"_s},
    {u"sid"_s, uR"(Usage: agency-tokens-cli sid [--account A] [--kind rw|ro | --token NAME]

Prints the Account SID of the Read/Write (rw) or Read-Only (ro) token, or of
the scoped token called NAME (each scoped token has its own Account SID).
--kind and --token may be left out when the account holds one token only.
)"_s},
    {u"token"_s, uR"(Usage: agency-tokens-cli token [--account A] [--kind rw|ro | --token NAME] [--reveal]

Writes the Auth Token to standard output, with no newline, for a pipe (noted
in the activity log, as run and curl are):
  agency-tokens-cli token --kind ro | some-program --token-stdin
Refuses when standard output is a terminal, unless --reveal is given.
)"_s},
    {u"run"_s, uR"(Usage: agency-tokens-cli run [--account A] [--kind rw|ro | --token NAME]
                         [--sid-var NAME] [--token-var NAME] -- COMMAND [ARGS...]

Runs COMMAND with AGENCY_ACCOUNT_SID and AGENCY_AUTH_TOKEN (or the names
given) in its environment only. Signals are passed on to COMMAND; the exit
status is COMMAND's (128 + the signal when a signal ended it).
)"_s},
    {u"curl"_s, uR"(Usage: agency-tokens-cli curl [--account A] [--kind rw|ro | --token NAME]
                          PATH [CURL OPTIONS...]

Calls PATH on the account's API address with curl, handing it the Account
SID, Auth Token and address through a config on curl's standard input
(so curl's own standard input is taken). {AccountSid} in PATH is replaced:
  agency-tokens-cli curl --kind ro /Agencies/{AccountSid}/CompanyInformation -s
Options of this tool go before PATH; what follows PATH goes to curl, but only
options that shape the request and its output (-s -S -f -i -I -v -G -N,
-X -H -d --data-* --json -o -w -m --connect-timeout --retry, --compressed,
--fail-with-body, --no-progress-meter): nothing that could send the request,
and so the credentials, elsewhere (another URL, a proxy, redirects, -K).
The exit status is curl's (2 for a refused option).
)"_s},
    {u"verify"_s, uR"(Usage: agency-tokens-cli verify [--account A] [--kind rw|ro | --token NAME]
                            [--api-version N] [--json]
       agency-tokens-cli verify --all [--api-version N] [--json]

Checks the token (by default every token of the account; with --all every
token of every account) against the platform's CompanyInformation, one
request each, as the app's Verify does. Each one's answer: passes (with the
company name), not permitted (genuine, but not allowed to read company
information: a scoped token without that scope), refused, rate limited, or
could not be checked (network); and the requests left this hour when the
platform says. A token whose value is not in the keychain is not checked.
Exit status: 1 when any token was refused; otherwise 3 keychain, 4 network,
5 rate limited, whichever came up (in that order); 0 when every token checked
passes or is not permitted.
)"_s},
    {u"probe"_s, uR"(Usage: agency-tokens-cli probe [--account A] [--kind rw|ro | --token NAME] [--json]

Finds out which API categories the token may call: one cheap GET per
category (Account, Advertisers, Reports, Jobs, Compliance; at most 8 requests,
never a resource's data) and prints each as allowed or denied, then the
requests used and left this hour. --json: "answer", "rows" (category, scope,
method, path, reach, status), "requestsUsed", "budget".
Exit status 0 when the probe ran, 1 when the platform refused the token,
5 when its request limit is used up (it says when to try again), 4 when a
category could not be asked (network; its row says why).
)"_s},
    {u"add"_s, uR"(Usage: agency-tokens-cli add --account A --kind rw|ro --sid SID [--api URL] [--no-verify]
       agency-tokens-cli add --account A --kind scoped --name NAME --sid SID [--api URL] [--no-verify]

Reads the Auth Token from standard input (without echo on a terminal),
checks it against the platform and keeps it in the keychain. Creates the
tokens-only account A when there is none of that name, at --api
(default https://api.impact.com).
  agency-tokens-cli add --account Acme --kind rw --sid IR... < token.txt
--kind scoped adds a scoped access token under its name in the web app, with
its own Account SID. A token the platform refuses (401) is not kept; one it
finds genuine but not allowed to read company information (403) is kept, and
that is said. When the request limit is used up, nothing is kept and the
tool says when to try again (exit 5).
--no-verify keeps it without asking the platform.
)"_s},
    {u"clean"_s, uR"(Usage: agency-tokens-cli clean

Removes the keychain entries that no listed account owns: those of an
account another program removed while this one wrote for it, or of a new
account whose program was stopped before it listed it. Says what it removed.
Entries of an account being added right now are left alone, and so are those
of accounts this install never had: another install of the app that uses the
same keychain (a Flatpak beside a package, another home folder) owns them.
)"_s},
    {u"remove"_s, uR"(Usage: agency-tokens-cli remove --account A [--token NAME]

Removes every keychain entry of account A, then the account. --account is
required here. With --token, only the scoped token NAME leaves this device
(its keychain entry too), for a tokens-only account; the platform keeps it
until it is deleted in the web app.
)"_s},
    {u"rename"_s, uR"(Usage: agency-tokens-cli rename --account A --name NAME

Gives account A the name NAME, as the app's Rename does. Refused when another
account already has that name (names pick accounts in --account).
)"_s},
};
} // namespace

QString CliArguments::help(const QString &command)
{
    return Commands.value(command, Overview);
}

} // namespace AgencyTokens::Cli
