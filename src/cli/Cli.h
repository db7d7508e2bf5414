// SPDX-License-Identifier: MIT
#pragma once

#include "CliArguments.h"
#include "accounts/AccountList.h"
#include "keychain/KeychainStore.h"
#include "network/RestClient.h"
#include "service/AccountService.h"

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
    /// The credential of --kind, or the only one held; finishes on failure.
    [[nodiscard]] std::optional<Credential> pickCredential();
    [[nodiscard]] QList<TokenKind> heldKinds() const;

    void listAccounts();
    void listNext(QList<AccountInfo> remaining, std::shared_ptr<QJsonArray> out, std::shared_ptr<int> code);
    void printSid();
    void printToken();
    void runCommand();
    void runCurl();
    void verify();
    void verifyNext(QList<TokenKind> kinds, std::shared_ptr<QJsonArray> out, std::shared_ptr<int> code);
    void add();
    void addTo(const AccountInfo &info, bool created, const QString &authToken);
    void remove();
    void rename();
    void clean();

    Invocation m_inv;
    AccountList m_accounts;
    KeychainStore m_store;
    RestClient m_client;
    std::unique_ptr<AccountService> m_service;
    bool m_finished = false;
};

} // namespace AgencyTokens::Cli
