// SPDX-License-Identifier: MIT
#include "CliArguments.h"

#include "ExitCode.h"
#include "credentials/AccountSid.h"

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Cli {

namespace {
const QStringList Commands{u"accounts"_s, u"sid"_s, u"token"_s, u"run"_s, u"curl"_s, u"verify"_s, u"probe"_s,
                           u"add"_s, u"remove"_s, u"rename"_s, u"clean"_s, u"integrations"_s, u"policy"_s, u"log"_s,
                           u"replace"_s};
// The commands that name one token: --kind rw|ro or --token NAME.
const QStringList TokenCommands{u"sid"_s,     u"token"_s,        u"run"_s,    u"curl"_s,   u"verify"_s,
                                u"probe"_s,   u"remove"_s,       u"policy"_s, u"replace"_s, u"integrations"_s};
const QStringList IntegrationActions{u"list"_s, u"add"_s,     u"edit"_s,  u"remove"_s,
                                     u"updated"_s, u"export"_s, u"import"_s};

ParseResult stop(int code, const QString &error)
{
    ParseResult r;
    r.exitCode = code;
    r.error = error;
    return r;
}

ParseResult usage(const QString &command, const QString &problem)
{
    return stop(Usage, problem + u"\nSee: agency-tokens-cli "_s + (command.isEmpty() ? QString() : command + u' ')
                           + u"--help"_s);
}
} // namespace

std::optional<TokenKind> CliArguments::kindFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"rw" || t == u"read-write" || t == u"readwrite")
        return TokenKind::ReadWrite;
    if (t == u"ro" || t == u"read-only" || t == u"readonly")
        return TokenKind::ReadOnly;
    if (t == u"scoped")
        return TokenKind::Scoped;
    return std::nullopt;
}

QString CliArguments::kindToText(TokenKind kind)
{
    switch (kind) {
    case TokenKind::ReadWrite:
        return u"rw"_s;
    case TokenKind::ReadOnly:
        return u"ro"_s;
    case TokenKind::Scoped:
        break;
    }
    return u"scoped"_s;
}

bool CliArguments::isVariableName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return re.match(name).hasMatch();
}

ParseResult CliArguments::parse(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty())
        return usage({}, u"Name a command: "_s + Commands.join(u", "_s) + u'.');
    if (first == u"--help" || first == u"-h" || first == u"help") {
        ParseResult r;
        r.exitCode = Ok;
        r.output = help(arguments.value(2));
        return r;
    }
    if (first == u"--version" || first == u"-V") {
        ParseResult r;
        r.exitCode = Ok;
        r.output = u"agency-tokens-cli " AGENCYTOKENS_VERSION "\n"_s;
        return r;
    }
    if (!Commands.contains(first))
        return usage({}, u"Unknown command \"%1\". The commands are: %2."_s.arg(first, Commands.join(u", "_s)));

    const QString &command = first;
    QCommandLineParser parser;
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption account(u"account"_s, {}, u"A"_s);
    const QCommandLineOption kind(u"kind"_s, {}, u"rw|ro"_s);
    const QCommandLineOption token(u"token"_s, {}, u"NAME"_s);
    const QCommandLineOption all(u"all"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption reveal(u"reveal"_s);
    const QCommandLineOption noVerify(u"no-verify"_s);
    const QCommandLineOption sid(u"sid"_s, {}, u"SID"_s);
    const QCommandLineOption api(u"api"_s, {}, u"URL"_s);
    const QCommandLineOption apiVersion(u"api-version"_s, {}, u"N"_s);
    const QCommandLineOption sidVar(u"sid-var"_s, {}, u"NAME"_s);
    const QCommandLineOption tokenVar(u"token-var"_s, {}, u"NAME"_s);
    const QCommandLineOption newName(u"name"_s, {}, u"NAME"_s);
    const QCommandLineOption wait(u"wait"_s, {}, u"SECONDS"_s);
    const QCommandLineOption verbose(u"verbose"_s);
    const QCommandLineOption owner(u"owner"_s, {}, u"O"_s);
    const QCommandLineOption note(u"note"_s, {}, u"T"_s);
    const QCommandLineOption uses(u"uses"_s, {}, u"CATEGORY,..."_s);
    const QCommandLineOption rotateEvery(u"rotate-every"_s, {}, u"DAYS|off"_s);
    parser.addOptions({helpOption, wait, verbose});
    if (command != u"accounts" && command != u"clean")
        parser.addOption(account);
    if (command == u"integrations")
        parser.addOptions({newName, owner, note, uses, json});
    if (command == u"log")
        parser.addOption(json);
    if (command == u"policy")
        parser.addOption(rotateEvery);
    if (command != u"accounts" && command != u"remove" && command != u"rename" && command != u"clean"
        && command != u"log")
        parser.addOption(kind);
    if (TokenCommands.contains(command))
        parser.addOption(token);
    if (command == u"rename" || command == u"add")
        parser.addOption(newName);
    if (command == u"accounts" || command == u"verify" || command == u"probe")
        parser.addOption(json);
    if (command == u"verify")
        parser.addOption(all);
    if (command == u"token")
        parser.addOption(reveal);
    if (command == u"add")
        parser.addOptions({noVerify, sid, api});
    if (command == u"verify")
        parser.addOption(apiVersion);
    if (command == u"run")
        parser.addOptions({sidVar, tokenVar});
    if (command == u"run" || command == u"curl")
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    QStringList args = arguments;
    args.removeAt(1);
    if (!parser.parse(args))
        return usage(command, parser.errorText() + u'.');
    if (parser.isSet(helpOption)) {
        ParseResult r;
        r.exitCode = Ok;
        r.output = help(command);
        return r;
    }

    ParseResult r;
    Invocation &inv = r.invocation;
    inv.command = command;
    inv.rest = parser.positionalArguments();
    if (command == u"integrations") {
        inv.action = inv.rest.isEmpty() ? u"list"_s : inv.rest.takeFirst();
        if (!IntegrationActions.contains(inv.action))
            return usage(command, u"Unknown action \"%1\". The actions are: %2."_s.arg(inv.action, IntegrationActions.join(u", "_s)));
    }
    if (!inv.rest.isEmpty() && command != u"run" && command != u"curl")
        return usage(command, u"Unexpected argument \"%1\"."_s.arg(inv.rest.constFirst()));
    // Only options this command defines may be asked about.
    const QStringList given = parser.optionNames();
    if (given.contains(u"account"_s))
        inv.account = parser.value(account).trimmed();
    if (given.contains(u"kind"_s)) {
        inv.kind = kindFromText(parser.value(kind));
        if (!inv.kind || (*inv.kind == TokenKind::Scoped && command != u"add")) {
            return usage(command, inv.kind ? u"--kind scoped names no one token: name it with --token NAME."_s
                                           : u"--kind is rw (Read/Write) or ro (Read-Only)%1, not \"%2\"."_s.arg(
                                                 command == u"add" ? u" or scoped"_s : QString(), parser.value(kind)));
        }
    }
    if (given.contains(u"token"_s)) {
        inv.tokenName = parser.value(token).trimmed();
        if (inv.tokenName.isEmpty())
            return usage(command, u"--token takes the scoped token's name, as agency-tokens-cli accounts lists it."_s);
        if (inv.kind)
            return usage(command, u"Name the token once: --kind rw|ro or --token NAME, not both."_s);
    }
    inv.all = given.contains(u"all"_s);
    if (inv.all && (!inv.account.isEmpty() || inv.kind || !inv.tokenName.isEmpty()))
        return usage(command, u"--all checks every token of every account: leave out --account, --kind and --token."_s);
    inv.json = given.contains(u"json"_s);
    inv.reveal = given.contains(u"reveal"_s);
    inv.noVerify = given.contains(u"no-verify"_s);
    inv.verbose = given.contains(u"verbose"_s);
    if (given.contains(u"wait"_s)) {
        bool ok = false;
        inv.waitSeconds = parser.value(wait).toInt(&ok);
        if (!ok || inv.waitSeconds < 1 || inv.waitSeconds > 3600)
            return usage(command, u"--wait is a number of seconds from 1 to 3600."_s);
    }

    if (command == u"add") {
        if (!inv.kind)
            return usage(command, u"Say which token this is: --kind rw, --kind ro or --kind scoped."_s);
        if (*inv.kind == TokenKind::Scoped) {
            inv.tokenName = parser.value(newName).trimmed();
            if (inv.tokenName.isEmpty())
                return usage(command, u"Give the scoped token's name, as the web app shows it: --name NAME."_s);
        } else if (given.contains(u"name"_s)) {
            return usage(command, u"--name is the name of a scoped token (--kind scoped); the legacy tokens have none."_s);
        }
        inv.sid = parser.value(sid).trimmed();
        if (const Validation v = AccountSid::validate(inv.sid); !v.ok())
            return usage(command, u"--sid: "_s + v.message);
        if (parser.isSet(api)) {
            inv.api = QUrl(parser.value(api).trimmed(), QUrl::StrictMode);
            if (!inv.api.isValid() || inv.api.host().isEmpty())
                return usage(command, u"--api is the platform's API address, e.g. https://api.impact.com."_s);
        }
    }
    if (command == u"integrations") {
        const bool named = inv.action == u"add" || inv.action == u"edit" || inv.action == u"remove" || inv.action == u"updated";
        if (given.contains(u"name"_s))
            inv.newName = parser.value(newName).trimmed();
        if (named && inv.newName.isEmpty())
            return usage(command, u"Name the integration: --name N."_s);
        const bool fields = inv.action == u"add" || inv.action == u"edit";
        if (!fields && (given.contains(u"owner"_s) || given.contains(u"note"_s) || given.contains(u"uses"_s)))
            return usage(command, u"--owner, --note and --uses are for integrations add and edit."_s);
        if (!named && inv.action != u"list" && given.contains(u"name"_s))
            return usage(command, u"--name is not for integrations %1."_s.arg(inv.action));
        if (given.contains(u"owner"_s))
            inv.owner = parser.value(owner).trimmed();
        if (given.contains(u"note"_s))
            inv.note = parser.value(note).trimmed();
        if (given.contains(u"uses"_s)) {
            QStringList categories;
            for (const QString &c : parser.value(uses).split(u',')) {
                if (!c.trimmed().isEmpty() && !categories.contains(c.trimmed()))
                    categories << c.trimmed();
            }
            inv.uses = categories;
        }
        if ((inv.action == u"export" || inv.action == u"import") && (inv.kind || !inv.tokenName.isEmpty()))
            return usage(command, u"integrations %1 takes every token of the account: leave out --kind and --token."_s.arg(inv.action));
    }
    if (command == u"policy") {
        const QString value = parser.value(rotateEvery).trimmed().toLower();
        bool ok = false;
        inv.rotateEveryDays = value == u"off" ? 0 : value.toInt(&ok);
        if (value.isEmpty() || (value != u"off" && (!ok || inv.rotateEveryDays < 1 || inv.rotateEveryDays > 3650)))
            return usage(command, u"--rotate-every is a number of days from 1 to 3650, or off."_s);
    }
    if (command == u"remove" && inv.account.isEmpty())
        return usage(command, u"Name the account to remove: --account A."_s);
    if (command == u"rename") {
        if (inv.account.isEmpty())
            return usage(command, u"Name the account to rename: --account A."_s);
        inv.newName = parser.value(newName).trimmed();
        if (inv.newName.isEmpty())
            return usage(command, u"Give the new name: --name NAME."_s);
    }
    if (command == u"verify" && parser.isSet(apiVersion)) {
        bool ok = false;
        const int version = parser.value(apiVersion).toInt(&ok);
        if (!ok || version < 1 || version > 99)
            return usage(command, u"--api-version is a version number, such as 2 or 3."_s);
        inv.apiVersion = version;
    }
    if (command == u"run") {
        if (parser.isSet(sidVar))
            inv.sidVariable = parser.value(sidVar);
        if (parser.isSet(tokenVar))
            inv.tokenVariable = parser.value(tokenVar);
        for (const QString &name : {inv.sidVariable, inv.tokenVariable}) {
            if (!isVariableName(name))
                return usage(command, u"\"%1\" is not a usable environment variable name."_s.arg(name));
        }
        if (inv.sidVariable == inv.tokenVariable)
            return usage(command, u"--sid-var and --token-var must differ."_s);
        if (inv.rest.isEmpty())
            return usage(command, u"Name the command to run after --."_s);
    }
    if (command == u"curl" && inv.rest.isEmpty())
        return usage(command, u"Name the API path, e.g. /Agencies/{AccountSid}/CompanyInformation."_s);
    return r;
}

} // namespace AgencyTokens::Cli
