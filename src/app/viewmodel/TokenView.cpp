// SPDX-License-Identifier: MIT
#include "TokenView.h"

#include "AccountView.h"
#include "CopyFormats.h"
#include "AppServices.h"
#include "UsageView.h"
#include "clipboard/SecureClipboard.h"
#include "screen/ScreenGuard.h"
#include "service/TokenService.h"
#include "service/TokensOnlyService.h"

#include <QLocale>
#include <QPointer>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
// Every revealed token of every account: the screen stays guarded while any is.
int g_revealedCount = 0;

} // namespace

QString TokenView::dateText(const QDateTime &date)
{
    const QDateTime local = date.toLocalTime();
    return tr("%1 (%2)").arg(QLocale().toString(local, QLocale::ShortFormat), local.timeZoneAbbreviation());
}

TokenView::TokenView(AccountView *account, AccountService *service, const TokenRef &ref, AppServices *services,
                     QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_service(service)
    , m_ref(ref)
    , m_services(services)
    , m_reset(new ActionState(this))
    , m_verify(new ActionState(this))
    , m_tryVersion(new ActionState(this))
    , m_upgrade(new ActionState(this))
    , m_replace(new ActionState(this))
    , m_copy(new ActionState(this))
    , m_add(new ActionState(this))
    , m_probe(new ActionState(this))
    , m_edit(new ActionState(this))
    , m_delete(new ActionState(this))
{
    m_revealTimer.setSingleShot(true);
    m_revealTimer.setInterval(DefaultRevealSeconds * 1000);
    connect(&m_revealTimer, &QTimer::timeout, this, &TokenView::hide);
    m_heldValue = heldValue();
    m_wasOnline = m_service->isOnline();
    connect(m_service, &AccountService::changed, this, [this] {
        // A new value (a reset, a replace) is never revealed in place of the old one.
        const auto credential = m_service->credential(m_ref);
        if (m_revealed && (!credential || !m_revealedValue || !(credential->authToken == *m_revealedValue)))
            hide();
        forgetStaleChecks();
    });
    // The account says when anything of it changed (this token included).
    connect(account, &AccountView::changed, this, &TokenView::changed);
    setRules();
}

TokenView::~TokenView()
{
    hide();
}

std::optional<AuthToken> TokenView::heldValue() const
{
    const auto credential = m_service->credential(m_ref);
    return credential ? std::optional<AuthToken>(credential->authToken) : std::nullopt;
}

void TokenView::forgetStaleChecks()
{
    // A check's answer speaks of the value it checked, as the platform answered
    // then: a new value (reset, replaced) or the platform back after an outage
    // makes it stale.
    const std::optional<AuthToken> value = heldValue();
    const bool newValue = value.has_value() != m_heldValue.has_value() || (value && !(*value == *m_heldValue));
    const bool backOnline = m_service->isOnline() && !m_wasOnline;
    m_heldValue = value;
    m_wasOnline = m_service->isOnline();
    if (newValue || backOnline) {
        m_verify->clear();
        m_tryVersion->clear();
        m_probe->clear();
        m_probeRows.clear();
        m_budgetText.clear();
    }
}

QString TokenView::title() const
{
    switch (m_ref.kind) {
    case TokenKind::ReadWrite:
        return tr("Read/Write");
    case TokenKind::ReadOnly:
        return tr("Read-Only");
    case TokenKind::Scoped:
        break;
    }
    const QString n = name();
    return n.isEmpty() ? m_ref.sid.toString() : n;
}

QString TokenView::name() const
{
    const auto info = m_service->tokenInfo(m_ref);
    return info ? info->name : QString();
}

QString TokenView::description() const
{
    const auto info = m_service->tokenInfo(m_ref);
    return info ? info->description : QString();
}

QString TokenView::primaryContact() const
{
    const auto info = m_service->tokenInfo(m_ref);
    return info ? info->primaryContact : QString();
}

QStringList TokenView::developerEmails() const
{
    const auto info = m_service->tokenInfo(m_ref);
    return info ? info->developerEmails : QStringList();
}

QStringList TokenView::scopes() const
{
    const auto info = m_service->tokenInfo(m_ref);
    return info ? info->scopes : QStringList();
}

QVariantList TokenView::scopeRows() const
{
    QVariantList rows;
    const QStringList granted = scopes();
    for (const ScopeInfo &scope : m_account->catalogue()) {
        rows.append(QVariantMap{{u"id"_s, scope.id},
                                {u"category"_s, scope.category},
                                {u"title"_s, scope.title},
                                {u"method"_s, QString::fromLatin1(scope.method)},
                                {u"path"_s, scope.path},
                                {u"granted"_s, granted.contains(scope.id)}});
    }
    return rows;
}

QString TokenView::checkNote() const
{
    const auto info = m_service->tokenInfo(m_ref);
    if (!info || info->lastCheck != CheckAnswer::NotPermitted)
        return {};
    return tr("Genuine, but not allowed to read company information: the platform knows this token, and its "
              "scopes leave that call out.");
}

QVariantList TokenView::probeRows() const
{
    QVariantList rows;
    if (!m_probeRows.isEmpty()) {
        for (const ProbeRow &row : m_probeRows) {
            rows.append(QVariantMap{{u"category"_s, row.category},
                                    {u"scope"_s, row.scopeTitle},
                                    {u"reach"_s, probeReachToWire(row.reach)},
                                    {u"detail"_s, row.detail}});
        }
        return rows;
    }
    const auto info = m_service->tokenInfo(m_ref);
    if (!info || !info->probedAt.isValid())
        return rows;
    for (const QString &category : info->reachable)
        rows.append(QVariantMap{{u"category"_s, category}, {u"scope"_s, QString()}, {u"reach"_s, u"allowed"_s}, {u"detail"_s, QString()}});
    for (const QString &category : info->unreachable)
        rows.append(QVariantMap{{u"category"_s, category}, {u"scope"_s, QString()}, {u"reach"_s, u"denied"_s}, {u"detail"_s, QString()}});
    return rows;
}

QString TokenView::probedText() const
{
    const auto info = m_service->tokenInfo(m_ref);
    if (!info || !info->probedAt.isValid())
        return {};
    return tr("Checked %1").arg(dateText(info->probedAt));
}

QString TokenView::valueNote() const
{
    if (!isScoped() || hasSecret() || !present() || m_account->isTokensOnly())
        return {};
    return tr("The platform shows a scoped token's Auth Token only when it is created or reset, and this device "
              "does not hold it. Paste it, or reset the token to get a new one.");
}

bool TokenView::present() const
{
    return m_service->tokenInfo(m_ref).has_value();
}

QString TokenView::accountSid() const
{
    const auto info = m_service->tokenInfo(m_ref);
    return info ? info->accountSid.toString() : QString();
}

int TokenView::apiVersion() const
{
    const auto info = m_service->tokenInfo(m_ref);
    return info ? info->apiVersion : 0;
}

QString TokenView::apiVersionText() const
{
    if (apiVersionKnown())
        return tr("Version %1").arg(apiVersion());
    if (!present())
        return tr("—");
    return tr("Not known (chosen in the web app)");
}

QString TokenView::createdLabel() const
{
    return m_account->isTokensOnly() ? tr("Added to this device") : tr("Created");
}

QString TokenView::createdText() const
{
    // A pasted token's createdAt is when it was added here (TokensOnlyService::keepChecked).
    const auto info = m_service->tokenInfo(m_ref);
    return info && info->createdAt.isValid() ? dateText(info->createdAt) : tr("—");
}

QString TokenView::lastResetText() const
{
    const auto info = m_service->tokenInfo(m_ref);
    if (!info)
        return tr("—");
    if (m_account->isTokensOnly()) {
        // Reset in the web app; the app only knows that a Replace here came after it.
        return info->lastResetAt.isValid()
                   ? tr("Not known: before %1, when it was replaced on this device").arg(dateText(info->lastResetAt))
                   : tr("Not known (reset in the web app)");
    }
    return info->lastResetAt.isValid() ? dateText(info->lastResetAt) : tr("Never");
}

bool TokenView::hasSecret() const
{
    return m_service->credential(m_ref).has_value();
}

QString TokenView::shownToken() const
{
    const auto credential = m_service->credential(m_ref);
    if (!credential)
        return tr("Not on this device");
    return m_revealed ? credential->authToken.revealClearValue() : credential->authToken.toString();
}

bool TokenView::unsaved() const
{
    return m_service->isUnsaved(m_ref);
}

QVariantList TokenView::upgradeVersions() const
{
    QVariantList out;
    const int current = apiVersion();
    if (!apiVersionKnown())
        return out; // nothing to offer "newer" than a version no one knows
    // Tokens only: no management contract to ask, so the versions the platform documents.
    const QList<int> offered = m_account->isTokensOnly() ? DocumentedAgencyApiVersions
                                                         : m_service->snapshot().state.apiVersions;
    for (int v : offered) {
        if (v >= current)
            out.append(v);
    }
    return out;
}

namespace {
QString firstOf(std::initializer_list<QString> reasons)
{
    for (const QString &reason : reasons) {
        if (!reason.isEmpty())
            return reason;
    }
    return {};
}
} // namespace

void TokenView::setRules()
{
    const auto managed = [this] { return !m_account->isTokensOnly(); };
    const auto pasted = [this] { return m_account->isTokensOnly(); };
    const auto scopedManaged = [this] { return !m_account->isTokensOnly() && isScoped(); };
    const auto server = [this] { return m_account->actionsBlockedReason(); };
    const auto noSecret = [this] {
        return hasSecret() ? QString() : tr("There is no saved token on this device yet.");
    };
    const auto inWebApp = [this] {
        return tr("This is done in the platform's web app for accounts of tokens you pasted.");
    };
    // Reset and upgrade: only where the management contract offers them.
    const auto managedRule = [=, this] {
        return managed() ? firstOf({m_account->permissionNote(), server()}) : inWebApp();
    };
    m_reset->setRules(this, &TokenView::changed, managed, managedRule);
    m_upgrade->setRules(this, &TokenView::changed, managed, managedRule);
    // See, copy and verify: always.
    m_verify->setRules(this, &TokenView::changed, {}, [=] { return firstOf({noSecret(), server()}); });
    m_tryVersion->setRules(this, &TokenView::changed, {}, [=] { return firstOf({noSecret(), server()}); });
    m_copy->setRules(this, &TokenView::changed, {}, noSecret);
    // Replace: a token the user pasted; Add: one the account does not hold yet.
    m_replace->setRules(this, &TokenView::changed, pasted, [=, this] {
        return pasted() ? firstOf({noSecret(), server()})
                        : tr("Signed-in accounts get new tokens from the platform.");
    });
    // Add: a pasted token not held yet, or the value of a listed scoped token this device does not hold.
    m_add->setRules(this, &TokenView::changed,
                    [=, this] { return (pasted() && !present()) || (scopedManaged() && present() && !hasSecret()); },
                    [=, this] {
        if (scopedManaged())
            return hasSecret() ? tr("This device already holds this token's value.") : server();
        if (!pasted())
            return tr("Signed-in accounts get their tokens from the platform.");
        return present() ? tr("The account already holds this token: use Replace token.") : QString();
    });
    m_probe->setRules(this, &TokenView::changed, {}, [=] { return firstOf({noSecret(), server()}); });
    m_edit->setRules(this, &TokenView::changed, scopedManaged, [=, this] {
        if (!isScoped())
            return tr("Only scoped access tokens have a name, contacts and scopes.");
        return managed() ? firstOf({m_account->permissionNote(), server()}) : inWebApp();
    });
    m_delete->setRules(this, &TokenView::changed, [this] { return isScoped(); }, [=, this] {
        if (!isScoped())
            return tr("The legacy tokens cannot be deleted.");
        return managed() ? firstOf({m_account->permissionNote(), server()}) : QString();
    });
}

TokenView::Change TokenView::change() const
{
    if (!m_account->isTokensOnly())
        return Change::Reset;
    return present() ? Change::Replace : Change::Add;
}

QString TokenView::changeText() const
{
    switch (change()) {
    case Change::Reset:
        return tr("Reset (%1)").arg(title());
    case Change::Replace:
        return tr("Replace token (%1)…").arg(title());
    case Change::Add:
        break;
    }
    return tr("Add the %1 token…").arg(title());
}

ActionState *TokenView::changeState() const
{
    switch (change()) {
    case Change::Reset:
        return m_reset;
    case Change::Replace:
        return m_replace;
    case Change::Add:
        break;
    }
    return m_add;
}

void TokenView::reset()
{
    auto *service = qobject_cast<TokenService *>(m_service);
    if (!service || !m_reset->allowed())
        return;
    m_reset->begin();
    service->reset(m_ref, [this](const Outcome &o) {
        if (o.ok && unsaved()) {
            m_reset->finish(true, tr("The %1 token was reset. The old one no longer works. The new one is not "
                                     "saved on this device yet: copy it now, then retry saving.").arg(title()));
            return;
        }
        m_reset->finish(o, tr("The %1 token was reset. The old one no longer works.").arg(title()));
    });
}

QString TokenView::budgetSentence(const RequestBudget &budget)
{
    if (budget.limit > 0)
        return tr("%1 of %2 requests left this hour.").arg(budget.remaining).arg(budget.limit);
    return tr("%1 requests left this hour.").arg(budget.remaining);
}

void TokenView::verify()
{
    if (!m_verify->allowed())
        return;
    m_verify->begin();
    m_service->verify(m_ref, std::nullopt, [this](const Outcome &o, const VerifyResult &r) {
        m_budgetText = r.budget.known() ? budgetSentence(r.budget) : QString();
        if (!o.ok)
            m_verify->finish(o);
        else if (r.answer == CheckAnswer::NotPermitted)
            m_verify->finish(true, tr("Genuine: the platform knows this token, but it may not read company "
                                      "information (403)."));
        else if (r.authorized)
            m_verify->finish(true, tr("Passes: the platform answered for “%1”.").arg(r.companyName));
        else
            m_verify->finish(false, tr("Does not pass: the platform refused this token (it is wrong, or it was reset)."));
        Q_EMIT changed();
    });
}

void TokenView::tryVersion(int version)
{
    if (!m_tryVersion->allowed())
        return;
    m_tryVersion->begin();
    m_service->verify(m_ref, version, [this, version](const Outcome &o, const VerifyResult &r) {
        if (!o.ok)
            m_tryVersion->finish(false, tr("Version %1 did not accept the call: %2").arg(version).arg(o.message));
        else if (r.authorized)
            m_tryVersion->finish(true, tr("Version %1 accepted the call for “%2”.").arg(version).arg(r.companyName));
        else
            m_tryVersion->finish(false, tr("Version %1: the platform refused this token.").arg(version));
    });
}

void TokenView::upgrade(int version)
{
    auto *service = qobject_cast<TokenService *>(m_service);
    if (!service || !m_upgrade->allowed())
        return;
    m_upgrade->begin();
    service->upgrade(m_ref, version, [this, version](const Outcome &o) {
        m_upgrade->finish(o, tr("The %1 token now uses API version %2.").arg(title()).arg(version));
    });
}

void TokenView::replace(const QString &authToken)
{
    auto *service = qobject_cast<TokensOnlyService *>(m_service);
    if (!service || !m_replace->allowed())
        return;
    m_replace->begin();
    service->replaceToken(m_ref, authToken, [this](const Outcome &o) {
        m_replace->finish(o, tr("Replaced: the new %1 token passes and the old one no longer does.").arg(title()));
    });
}

void TokenView::add(const QString &accountSid, const QString &authToken, bool withoutCheck)
{
    add(accountSid, authToken, withoutCheck, {});
}

void TokenView::add(const QString &accountSid, const QString &authToken, bool withoutCheck, OutcomeDone done)
{
    auto *service = qobject_cast<TokensOnlyService *>(m_service);
    if ((!service && !isScoped()) || !m_add->allowed()) {
        if (done)
            done(Outcome::input(m_add->blockedReason()));
        return;
    }
    m_account->markRestored(); // what it holds comes from this call, not the keychain
    m_add->begin();
    if (isScoped()) {
        // Signed in: the value of a listed scoped token (accountSid is its own).
        auto *managed = qobject_cast<TokenService *>(m_service);
        Q_ASSERT(managed);
        managed->addScopedValue(m_ref.sid, authToken, [this, done](const Outcome &o) {
            m_add->finish(o, tr("The token “%1” passes and is saved in the keychain.").arg(title()));
            if (done)
                done(o);
        });
        return;
    }
    service->addToken(m_ref.kind, accountSid, authToken, withoutCheck, [this, done](const Outcome &o) {
        m_add->finish(o, tr("The %1 token passes and is saved in the keychain.").arg(title()));
        if (done)
            done(o);
    });
}

void TokenView::probe()
{
    if (!m_probe->allowed())
        return;
    m_probe->begin();
    m_service->probe(m_ref, [this](const Outcome &o, const ProbeResult &r) {
        m_budgetText = r.budget.known() ? budgetSentence(r.budget) : QString();
        m_probeRows = r.rows;
        if (!o.ok) {
            m_probe->finish(o);
        } else if (r.answer == CheckAnswer::Refused) {
            m_probe->finish(false, tr("The platform refused this token (it is wrong, or it was reset), so what it "
                                      "may reach is not known."));
        } else if (r.answer == CheckAnswer::RateLimited) {
            m_probe->finish(false, tr("The platform's request limit for this hour is used up, so the check "
                                      "stopped. Try again later."));
        } else {
            int allowed = 0;
            for (const ProbeRow &row : r.rows)
                allowed += row.reach == ProbeRow::Reach::Allowed ? 1 : 0;
            // A probe that passed asked every category: always more than one request.
            m_probe->finish(true, tr("Checked in %1 requests: it may call %2 of %3 API categories.")
                                      .arg(r.requestsSent).arg(allowed).arg(r.rows.size()));
        }
        Q_EMIT changed();
    });
}

void TokenView::edit(const QString &name, const QString &description, const QString &primaryContact,
                     const QStringList &developerEmails, const QStringList &scopes)
{
    auto *service = qobject_cast<TokenService *>(m_service);
    if (!service || !m_edit->allowed())
        return;
    AccessTokenChange change;
    change.name = name.trimmed();
    change.description = description;
    change.primaryContact = primaryContact.trimmed();
    QStringList emails;
    for (const QString &each : developerEmails) {
        if (!each.trimmed().isEmpty())
            emails.append(each.trimmed());
    }
    change.developerEmails = emails;
    change.scopes = scopes;
    m_edit->begin();
    service->editAccessToken(m_ref.sid, change, [this](const Outcome &o) {
        m_edit->finish(o, tr("Saved on the platform."));
    });
}

void TokenView::updateScopes(const QStringList &scopes)
{
    auto *service = qobject_cast<TokenService *>(m_service);
    if (!service || !m_edit->allowed())
        return;
    if (scopes.isEmpty()) {
        m_edit->finish(false, tr("Choose at least one scope."));
        return;
    }
    AccessTokenChange change;
    change.scopes = scopes;
    m_edit->begin();
    service->editAccessToken(m_ref.sid, change, [this](const Outcome &o) {
        m_edit->finish(o, tr("The scopes of “%1” are updated. Calls outside them now get 403.").arg(title()));
    });
}

void TokenView::deleteToken()
{
    if (!m_delete->allowed())
        return;
    const QString was = title();
    m_delete->begin();
    // Once deleted, the account drops this view (deleteLater) before the keychain's answer
    // may come: then there is no state left to tell, and the pages see the token gone.
    auto finish = [self = QPointer<TokenView>(this), was](const Outcome &o) {
        if (self)
            self->m_delete->finish(o, tr("“%1” is deleted.").arg(was));
    };
    if (auto *managed = qobject_cast<TokenService *>(m_service)) {
        managed->deleteAccessToken(m_ref.sid, finish);
        return;
    }
    if (auto *pasted = qobject_cast<TokensOnlyService *>(m_service))
        pasted->forgetScoped(m_ref.sid, finish);
}

void TokenView::reveal()
{
    if (m_revealed || !hasSecret())
        return;
    m_revealed = true;
    m_revealedValue = m_service->credential(m_ref)->authToken;
    if (++g_revealedCount == 1 && m_services)
        m_services->screenGuard()->setTokenRevealed(true);
    m_revealTimer.start();
    m_service->record(m_ref, u"reveal"_s);
    Q_EMIT changed();
}

void TokenView::hide()
{
    if (!m_revealed)
        return;
    m_revealed = false;
    m_revealedValue.reset();
    m_revealTimer.stop();
    if (--g_revealedCount == 0 && m_services)
        m_services->screenGuard()->setTokenRevealed(false);
    Q_EMIT changed();
}

QString TokenView::copyLabel(const QString &what) const
{
    return m_account->labelForCopy(u"%1 %2"_s.arg(title(), what));
}

void TokenView::copyToken()
{
    copyTokenNoting(u"token"_s);
}

void TokenView::copyTokenNoting(const QString &detail)
{
    if (const auto credential = m_service->credential(m_ref)) {
        m_services->clipboard()->copySecret(copyLabel(tr("Auth Token")), credential->authToken.revealClearValue());
        m_service->record(m_ref, u"copy"_s, detail);
    }
}

UsageView *TokenView::usage()
{
    if (!m_usage)
        m_usage = new UsageView(this, m_service, m_ref, this);
    return m_usage;
}

void TokenView::copyAccountSid()
{
    if (const auto info = m_service->tokenInfo(m_ref))
        m_services->clipboard()->copySecret(copyLabel(tr("Account SID")), info->accountSid.toString());
}

void TokenView::copyAsCurl()
{
    if (const auto credential = m_service->credential(m_ref)) {
        m_services->clipboard()->copySecret(copyLabel(tr("curl command")),
                                CopyFormats::curlCommand(m_service->api().apiBase(), *credential));
        m_service->record(m_ref, u"copy"_s, u"curl"_s);
    }
}

void TokenView::copyAsEnvironment()
{
    if (const auto credential = m_service->credential(m_ref)) {
        m_services->clipboard()->copySecret(copyLabel(tr("environment variables")), CopyFormats::environment(*credential));
        m_service->record(m_ref, u"copy"_s, u"environment"_s);
    }
}

} // namespace AgencyTokens
