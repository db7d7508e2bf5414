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
    else if (c == u"verify" && m_inv.all)
        verifyAll(m_accounts.accounts(), std::make_shared<QJsonArray>(), std::make_shared<int>(Ok));
    else if (c == u"remove" && !m_inv.tokenName.isEmpty())
        openAccount([this] { removeToken(); });
    else if (c == u"remove")
        remove();
    else if (c == u"rename")
        rename();
    else if (c == u"clean")
        clean();
    else if (c == u"log")
        showLog();
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
            else if (c == u"probe")
                probe();
            else if (c == u"integrations")
                integrations();
            else if (c == u"policy")
                policy();
            else if (c == u"replace")
                replace();
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

QList<TokenRef> Cli::accountTokens() const
{
    QList<TokenRef> refs;
    for (TokenKind kind : LegacyTokenKinds) {
        if (m_service->tokenInfo(kind) || m_service->credential(kind))
            refs << TokenRef(kind);
    }
    for (const TokenInfo &info : m_service->scopedTokens())
        refs << TokenRef::scoped(info.accountSid);
    return refs;
}

QList<TokenRef> Cli::heldTokens() const
{
    QList<TokenRef> held = accountTokens();
    held.removeIf([this](const TokenRef &ref) { return !m_service->credential(ref); });
    return held;
}

QString Cli::tokenLabel(const TokenRef &ref) const
{
    if (!ref.isScoped())
        return tokenKindDisplayName(ref.kind);
    const auto info = m_service->tokenInfo(ref);
    return u"%1 \"%2\""_s.arg(tokenKindDisplayName(TokenKind::Scoped), info ? info->name : ref.sid.toString());
}

QJsonObject Cli::tokenJson(const TokenRef &ref) const
{
    const auto held = m_service->credential(ref);
    const auto info = m_service->tokenInfo(ref);
    QJsonObject token{{u"kind"_s, CliArguments::kindToText(ref.kind)},
                      {u"accountSid"_s, held ? held->accountSid.toString() : info ? info->accountSid.toString() : QString()}};
    if (ref.isScoped() && info)
        token.insert(u"name"_s, info->name);
    return token;
}

std::optional<TokenRef> Cli::pickToken(bool mustBeHeld)
{
    const QString account = m_service->info().name;
    std::optional<TokenRef> named;
    if (!m_inv.tokenName.isEmpty()) {
        auto info = m_service->scopedToken(m_inv.tokenName);
        if (!info) {
            // Names are compared exactly on the platform; here a different case is fine when it picks one token.
            QList<TokenInfo> alike = m_service->scopedTokens();
            alike.removeIf([this](const TokenInfo &t) { return t.name.compare(m_inv.tokenName, Qt::CaseInsensitive) != 0; });
            if (alike.size() == 1)
                info = alike.constFirst();
        }
        if (!info) {
            QStringList names;
            for (const TokenInfo &t : m_service->scopedTokens())
                names << u'"' + t.name + u'"';
            finish(Usage, names.isEmpty()
                              ? u"\"%1\" holds no scoped token, so none called \"%2\"."_s.arg(account, m_inv.tokenName)
                              : u"\"%1\" has no scoped token called \"%2\". Its scoped tokens are: %3."_s.arg(
                                    account, m_inv.tokenName, names.join(u", "_s)));
            return std::nullopt;
        }
        named = TokenRef::scoped(info->accountSid);
    } else if (m_inv.kind) {
        named = TokenRef(*m_inv.kind);
    }
    if (named) {
        if (!mustBeHeld || m_service->credential(*named))
            return named;
        finish(Refused, named->isScoped()
                            ? u"The keychain holds no Auth Token for the scoped token \"%1\" of \"%2\": it is listed, "
                              "but its value is not on this device."_s.arg(m_service->tokenInfo(*named)->name, account)
                            : u"The keychain holds no %1 token for \"%2\"."_s.arg(tokenLabel(*named), account));
        return std::nullopt;
    }
    const QList<TokenRef> held = heldTokens();
    if (held.size() == 1)
        return held.constFirst();
    if (held.isEmpty())
        finish(Refused, u"The keychain holds no token for \"%1\"."_s.arg(account));
    else
        finish(Usage, u"\"%1\" holds several tokens; choose one with --kind rw, --kind ro or --token NAME."_s.arg(account));
    return std::nullopt;
}

std::optional<Credential> Cli::pickCredential()
{
    const auto ref = pickToken();
    return ref ? m_service->credential(*ref) : std::nullopt;
}

} // namespace AgencyTokens::Cli
