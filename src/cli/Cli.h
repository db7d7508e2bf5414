// SPDX-License-Identifier: MIT
#pragma once

#include "CliArguments.h"
#include "accounts/AccountList.h"
#include "keychain/KeychainStore.h"
#include "network/RestClient.h"
#include "service/AccountService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace AgencyTokens::Cli {

/// agency-tokens-cli: one command per run, on the app's core, keychain
/// entries and account list. Secrets go to a pipe, a child's environment or
/// curl's standard input only; stderr gets the core's own messages.
class Cli : public QObject
{
    Q_OBJECT
public:
    explicit Cli(QObject *parent = nullptr);
    ~Cli() override;

    /// Runs the command in `arguments` (argv[0] first). Call it from the
    /// running event loop; finished() follows exactly once.
    void start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    /// Within a few seconds, a keychain that does not answer (or another process
    /// holding its lock) is said on stderr, with the deadline and --wait.
    static constexpr int WaitingNoticeMs = 2000;

    /// --wait as the keychain's deadline, and a line on stderr while it waits.
    void followKeychainWaits();
    /// The command of m_inv.
    void dispatch();
    void finish(int exitCode, const QString &error = {});
    void finish(const Outcome &outcome);
    /// The account named by --account, or the only one; finishes on failure.
    [[nodiscard]] std::optional<AccountInfo> resolveAccount();
    [[nodiscard]] std::unique_ptr<AccountService> makeService(const AccountInfo &info);
    /// Resolves the account and reads what the keychain holds for it.
    void openAccount(std::function<void()> next);
    /// The token of --kind or --token, or else the only one held; finishes on
    /// failure (an unknown --token name is a usage error). With `mustBeHeld`
    /// false a listed token whose value the keychain lacks is picked too.
    [[nodiscard]] std::optional<TokenRef> pickToken(bool mustBeHeld = true);
    /// The credential of pickToken(); finishes on failure.
    [[nodiscard]] std::optional<Credential> pickCredential();
    /// Every token the account lists or holds: the legacy pair, then the scoped ones.
    [[nodiscard]] QList<TokenRef> accountTokens() const;
    [[nodiscard]] QList<TokenRef> heldTokens() const;
    /// "Read/Write", "Read-Only" or "Scoped \"NAME\"", for the tool's lines.
    [[nodiscard]] QString tokenLabel(const TokenRef &ref) const;
    /// kind ("rw", "ro", "scoped"), accountSid, and a scoped token's name: what names it in --json.
    [[nodiscard]] QJsonObject tokenJson(const TokenRef &ref) const;
    /// What the last check said of a token, for the tool's lines and --json; empty when nothing to note.
    [[nodiscard]] static QString checkNote(CheckAnswer answer);
    static void printJson(const QJsonObject &object);
    /// `next` from the event loop, once m_service has written what it found (a check's answer, a probe's reach).
    void whenIdle(std::function<void()> next);

    void listAccounts();
    void listNext(QList<AccountInfo> remaining, std::shared_ptr<QJsonArray> out, std::shared_ptr<int> code);
    void printSid();
    void printToken();
    void runCommand();
    void runCurl();
    void verify();
    /// Checks `refs` one after another (a line each, or JSON items into `out`), then `then`.
    void verifyTokens(QList<TokenRef> refs, const QString &indent, std::shared_ptr<QJsonArray> out,
                      std::shared_ptr<int> code, std::function<void()> then);
    void verifyAll(QList<AccountInfo> remaining, std::shared_ptr<QJsonArray> out, std::shared_ptr<int> code);
    void probe();
    void add();
    void addTo(const AccountInfo &info, bool created, const QString &authToken);
    void remove();
    /// remove --token: a scoped token off this device (tokens-only accounts).
    void removeToken();
    void rename();
    void clean();
    /// run, curl: one line on stderr when `ref` is due for rotation by its policy.
    void noteIfDue(const TokenRef &ref);
    /// "the Read/Write token of “A”", for the usage lines.
    [[nodiscard]] QString tokenPhrase(const TokenRef &ref) const;
    /// integrations list|add|edit|remove|updated on one token.
    void integrations();
    void integrationsExport();
    void integrationsImport();
    void policy();
    void showLog();
    void replace();

    Invocation m_inv;
    AccountList m_accounts;
    KeychainStore m_store;
    RestClient m_client;
    std::unique_ptr<AccountService> m_service;
    bool m_finished = false;
};

} // namespace AgencyTokens::Cli
