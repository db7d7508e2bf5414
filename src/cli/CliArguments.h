// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/TokenKind.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace AgencyTokens::Cli {

/// One call of the tool, as parsed from its arguments. Never holds a secret:
/// the Auth Token only ever comes from standard input or the keychain.
struct Invocation
{
    /// Below D-Bus's own 25 s, so that a keyring that does not answer ends in
    /// one deadline, not one per call; an unlock prompt may need --wait.
    static constexpr int DefaultWaitSeconds = 20;

    QString command; ///< accounts, sid, token, run, curl, verify, probe, add, remove, rename, clean, integrations, policy, log, replace
    QString account; ///< id or name; empty: the only account
    std::optional<TokenKind> kind; ///< --kind: rw or ro; scoped for add only
    /// --token: a scoped token by its name in the account; add: its --name.
    QString tokenName;
    bool all = false; ///< verify --all: every token of every account
    bool json = false;
    bool reveal = false;
    bool noVerify = false;
    bool verbose = false; ///< --verbose: the core's log lines on stderr too
    QString sid;
    QString newName; ///< rename: --name
    QUrl api;
    std::optional<int> apiVersion;
    /// --wait: how long the keychain (or another process holding its lock) may take, in seconds.
    int waitSeconds = DefaultWaitSeconds;
    QString sidVariable = QStringLiteral("AGENCY_ACCOUNT_SID");
    QString tokenVariable = QStringLiteral("AGENCY_AUTH_TOKEN");
    /// integrations: list, add, edit, remove, updated, export, import.
    QString action;
    /// integrations add/edit: --owner, --note, --uses (unset: unchanged by edit).
    std::optional<QString> owner;
    std::optional<QString> note;
    std::optional<QStringList> uses;
    /// policy: --rotate-every DAYS, 0 for off.
    int rotateEveryDays = -1;
    QStringList rest; ///< run: the command and its arguments; curl: the path, then curl's options
};

/// What parsing decided: go on with `invocation`, or stop with `exitCode`
/// after printing `output` (stdout: help, version) or `error` (stderr).
struct ParseResult
{
    Invocation invocation;
    std::optional<int> exitCode;
    QString output;
    QString error;
};

/// The subcommands, their options and their --help.
class CliArguments
{
public:
    [[nodiscard]] static ParseResult parse(const QStringList &arguments);
    [[nodiscard]] static QString help(const QString &command = {});
    /// rw, ro (and their long spellings), scoped.
    [[nodiscard]] static std::optional<TokenKind> kindFromText(const QString &text);
    /// "rw", "ro" or "scoped": what --kind takes and what --json prints.
    [[nodiscard]] static QString kindToText(TokenKind kind);
    [[nodiscard]] static bool isVariableName(const QString &name);
};

} // namespace AgencyTokens::Cli
