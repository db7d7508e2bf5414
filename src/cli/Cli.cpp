// SPDX-License-Identifier: MIT
#include "Cli.h"

#include "ExitCode.h"
#include "Terminal.h"
#include "accounts/PreAccountUpgrade.h"
#include "service/TokenService.h"
#include "service/TokensOnlyService.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Cli {

Cli::Cli(QObject *parent)
    : QObject(parent)
{
}

Cli::~Cli() = default;

void Cli::start(const QStringList &arguments)
{
    const ParseResult parsed = CliArguments::parse(arguments);
    if (parsed.exitCode) {
        if (!parsed.output.isEmpty())
            Terminal::printOut(parsed.output);
        finish(*parsed.exitCode, parsed.error);
        return;
    }
    m_inv = parsed.invocation;
    if (m_inv.verbose)
        QLoggingCategory::setFilterRules(u"agencytokens.*=true"_s);
    followKeychainWaits();
    const QString &c = m_inv.command;
    if (c == u"token" && Terminal::stdoutIsTerminal() && !m_inv.reveal) {
        // Before the keychain is even asked.
        finish(Refused, u"Refusing to show the Auth Token on the terminal. Pipe it into a program "
                        "(agency-tokens-cli token ... | program), use `run`, or add --reveal."_s);
        return;
    }
    // Keychain entries from before accounts: into accounts once, before any command reads them.
    PreAccountUpgrade::runThen(&m_store, this, [this] { dispatch(); });
}

void Cli::followKeychainWaits()
{
    // One deadline for the whole command: once the keychain or the lock has
    // not answered within --wait, nothing else waits again.
    m_store.setTimeout(m_inv.waitSeconds * 1000);
    m_store.setGiveUpWhenStuck(true);
    m_store.setWaitingNotice(WaitingNoticeMs);
    connect(&m_store, &KeychainStore::waitingChanged, this, [this](bool waiting) {
        if (!waiting || m_finished)
            return;
        const QString until = u"Giving up after %1 s; --wait SECONDS waits longer, Ctrl+C stops now."_s
                                  .arg(m_inv.waitSeconds);
        if (m_store.waitingFor() == KeychainStore::WaitingFor::OtherProcess) {
            const QString holder = m_store.lockHolder();
            Terminal::printError(u"agency-tokens-cli: waiting for %1, which is using the keychain. "_s
                                     .arg(holder.isEmpty() ? u"another Agency Tokens process"_s : holder)
                                 + until);
        } else {
            Terminal::printError(u"agency-tokens-cli: the keychain has not answered for %1 s: an unlock "
                                 "prompt may be open, or the keyring is not responding. "_s
                                     .arg(WaitingNoticeMs / 1000)
                                 + until);
        }
    });
}

void Cli::dispatch()
{
    const QString &c = m_inv.command;
    if (c == u"accounts")
        listAccounts();
    else if (c == u"add")
        add();
    else if (c == u"remove")
        remove();
    else if (c == u"rename")
        rename();
    else if (c == u"clean")
        clean();
    else
        openAccount([this, c] {
            if (c == u"sid")
                printSid();
            else if (c == u"token")
                printToken();
            else if (c == u"run")
                runCommand();
            else if (c == u"curl")
                runCurl();
            else
                verify();
        });
}

void Cli::finish(int exitCode, const QString &error)
{
    if (std::exchange(m_finished, true))
        return;
    if (!error.isEmpty())
        Terminal::printError(u"agency-tokens-cli: "_s + error);
    Q_EMIT finished(exitCode);
}

void Cli::finish(const Outcome &outcome)
{
    finish(exitCodeFor(outcome), outcome.message);
}

std::optional<AccountInfo> Cli::resolveAccount()
{
    const QList<AccountInfo> all = m_accounts.accounts();
    QStringList names;
    for (const AccountInfo &info : all)
        names << info.name;
    if (!m_inv.account.isEmpty()) {
        if (auto found = m_accounts.lookup(m_inv.account))
            return found;
        finish(Usage, all.isEmpty() ? u"There is no account \"%1\", nor any other yet."_s.arg(m_inv.account)
                                    : u"There is no account \"%1\". The accounts are: %2."_s.arg(m_inv.account, names.join(u", "_s)));
        return std::nullopt;
    }
    if (all.size() == 1)
        return all.constFirst();
    if (all.isEmpty())
        finish(Refused, u"There is no account yet. Add a token first: agency-tokens-cli add --account NAME "
                        "--kind rw --sid SID < token-file"_s);
    else
        finish(Usage, u"There are several accounts; choose one with --account (%1)."_s.arg(names.join(u", "_s)));
    return std::nullopt;
}

std::unique_ptr<AccountService> Cli::makeService(const AccountInfo &info)
{
    std::unique_ptr<AccountService> service;
    if (info.kind == AccountKind::SignedIn)
        service = std::make_unique<TokenService>(info, &m_store, &m_client);
    else
        service = std::make_unique<TokensOnlyService>(info, &m_store, &m_client);
    service->setOwnedByList(true); // writes only while listed; remove unlists under the keychain's lock
    return service;
}

void Cli::openAccount(std::function<void()> next)
{
    const auto info = resolveAccount();
    if (!info)
        return;
    m_service = makeService(*info);
    m_service->loadStored([this, next](const Outcome &loaded) {
        if (!loaded.ok) {
            finish(loaded);
            return;
        }
        next();
    });
}

QList<TokenKind> Cli::heldKinds() const
{
    QList<TokenKind> held;
    for (TokenKind kind : LegacyTokenKinds) {
        if (m_service->credential(kind))
            held << kind;
    }
    return held;
}

std::optional<Credential> Cli::pickCredential()
{
    const QString name = m_service->info().name;
    if (m_inv.kind) {
        if (auto c = m_service->credential(*m_inv.kind))
            return c;
        finish(Refused, u"The keychain holds no %1 token for \"%2\"."_s.arg(tokenKindDisplayName(*m_inv.kind), name));
        return std::nullopt;
    }
    const QList<TokenKind> held = heldKinds();
    if (held.size() == 1)
        return m_service->credential(held.constFirst());
    if (held.isEmpty())
        finish(Refused, u"The keychain holds no token for \"%1\"."_s.arg(name));
    else
        finish(Usage, u"\"%1\" holds both tokens; choose one with --kind rw or --kind ro."_s.arg(name));
    return std::nullopt;
}

} // namespace AgencyTokens::Cli
