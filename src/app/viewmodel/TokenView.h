// SPDX-License-Identifier: MIT
#pragma once

#include "ActionState.h"
#include "credentials/AuthToken.h"
#include "credentials/Credential.h"
#include "platform/PlatformTypes.h"
#include "service/Outcome.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace AgencyTokens {

class AccountService;
class AccountView;
class AppServices;
class UsageView;

/// One token of one account, with its own actions and their state, and the
/// rules of those actions: see, copy and verify are always offered; reset and
/// upgrade only where the management contract offers them (a signed-in
/// account); Replace only for a token the user pasted, and Add for such a
/// token not added yet. `change` says which of reset, replace and add the
/// token's menu offers. No clear secret sits in a property except `shownToken` while the user has
/// revealed it; the reveal ends by itself after `revealSeconds`, when the
/// token changes, and when hide() is called (a page left). Copies go from C++
/// straight to the secure clipboard.
class TokenView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AccountView")
    Q_MOC_INCLUDE("UsageView.h")
    Q_PROPERTY(AgencyTokens::TokenKinds::Kind kind READ kind CONSTANT)
    Q_PROPERTY(QString title READ title CONSTANT)
    Q_PROPERTY(bool present READ present NOTIFY changed)
    Q_PROPERTY(QString accountSid READ accountSid NOTIFY changed)
    /// 0 when not known (a pasted token: the version is chosen in the web app).
    Q_PROPERTY(int apiVersion READ apiVersion NOTIFY changed)
    Q_PROPERTY(bool apiVersionKnown READ apiVersionKnown NOTIFY changed)
    /// "Version 3", or what is known when the version is not.
    Q_PROPERTY(QString apiVersionText READ apiVersionText NOTIFY changed)
    /// What createdText is: "Created" on the platform, or, for a pasted token,
    /// "Added to this device" (the platform does not say when it was created).
    Q_PROPERTY(QString createdLabel READ createdLabel CONSTANT)
    Q_PROPERTY(QString createdText READ createdText NOTIFY changed)
    Q_PROPERTY(QString lastResetText READ lastResetText NOTIFY changed)
    Q_PROPERTY(bool hasSecret READ hasSecret NOTIFY changed)
    /// The masked token, or the clear one while revealed.
    Q_PROPERTY(QString shownToken READ shownToken NOTIFY changed)
    Q_PROPERTY(bool revealed READ revealed NOTIFY changed)
    Q_PROPERTY(bool unsaved READ unsaved NOTIFY changed)
    Q_PROPERTY(QVariantList upgradeVersions READ upgradeVersions NOTIFY changed)
    Q_PROPERTY(AgencyTokens::ActionState *resetState READ resetState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *verifyState READ verifyState CONSTANT)
    /// "Try version N first", separate from Verify so each shows its own answer.
    Q_PROPERTY(AgencyTokens::ActionState *tryVersionState READ tryVersionState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *upgradeState READ upgradeState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *replaceState READ replaceState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *copyState READ copyState CONSTANT)
    /// Tokens only: adding this token when the account does not hold it yet.
    Q_PROPERTY(AgencyTokens::ActionState *addState READ addState CONSTANT)
    /// How this token gets a new value here: Reset, Replace or Add.
    Q_PROPERTY(Change change READ change NOTIFY changed)
    /// The menu's words for `change` ("Reset (Read/Write)", "Replace token (Read-Only)…").
    Q_PROPERTY(QString changeText READ changeText NOTIFY changed)
    /// The state of `change`: resetState, replaceState or addState.
    Q_PROPERTY(AgencyTokens::ActionState *changeState READ changeState NOTIFY changed)
    /// Scoped access tokens: the platform's name for it (the title), its description and contacts.
    Q_PROPERTY(bool scoped READ isScoped CONSTANT)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QString primaryContact READ primaryContact NOTIFY changed)
    Q_PROPERTY(QStringList developerEmails READ developerEmails NOTIFY changed)
    /// The scope ids it has (signed in; a pasted token's scopes are not told: see probeRows).
    Q_PROPERTY(QStringList scopes READ scopes NOTIFY changed)
    /// The account's scope catalogue, each row {id, category, title, method, path, granted}.
    Q_PROPERTY(QVariantList scopeRows READ scopeRows NOTIFY changed)
    /// "Genuine, but may not read company information" after a 403 on the check; empty otherwise.
    Q_PROPERTY(QString checkNote READ checkNote NOTIFY changed)
    /// What it can reach, one row per API category {category, scope, reach ("allowed", "denied",
    /// "unknown"), detail}: from the last probe of this session, or what was kept of an earlier one.
    Q_PROPERTY(QVariantList probeRows READ probeRows NOTIFY changed)
    /// "Probed 03/12/2026 21:40 (CET)", or "" before any probe.
    Q_PROPERTY(QString probedText READ probedText NOTIFY changed)
    /// How much of the hour's request budget the platform said is left, when it said.
    Q_PROPERTY(QString budgetText READ budgetText NOTIFY changed)
    /// Why there is no value here for a listed scoped token (the platform shows it once); empty otherwise.
    Q_PROPERTY(QString valueNote READ valueNote NOTIFY changed)
    Q_PROPERTY(AgencyTokens::ActionState *probeState READ probeState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *editState READ editState CONSTANT)
    Q_PROPERTY(AgencyTokens::ActionState *deleteState READ deleteState CONSTANT)
    /// Where it is used, its checklist, rotation policy and activity (made when first read).
    Q_PROPERTY(AgencyTokens::UsageView *usage READ usage CONSTANT)
public:
    /// Reset: the platform makes a new value (signed in). Replace: the user
    /// pastes the value reset in the web app. Add: the user pastes a token
    /// the account does not hold yet.
    enum class Change { Reset, Replace, Add };
    Q_ENUM(Change)

    TokenView(AccountView *account, AccountService *service, const TokenRef &ref, AppServices *services,
              QObject *parent = nullptr);
    ~TokenView() override;

    [[nodiscard]] TokenKind kind() const { return m_ref.kind; }
    [[nodiscard]] const TokenRef &ref() const { return m_ref; }
    [[nodiscard]] bool isScoped() const { return m_ref.isScoped(); }
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString description() const;
    [[nodiscard]] QString primaryContact() const;
    [[nodiscard]] QStringList developerEmails() const;
    [[nodiscard]] QStringList scopes() const;
    [[nodiscard]] QVariantList scopeRows() const;
    [[nodiscard]] QString checkNote() const;
    [[nodiscard]] QVariantList probeRows() const;
    [[nodiscard]] QString probedText() const;
    [[nodiscard]] QString budgetText() const { return m_budgetText; }
    [[nodiscard]] QString valueNote() const;
    [[nodiscard]] ActionState *probeState() const { return m_probe; }
    [[nodiscard]] ActionState *editState() const { return m_edit; }
    [[nodiscard]] ActionState *deleteState() const { return m_delete; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] bool present() const;
    [[nodiscard]] QString accountSid() const;
    [[nodiscard]] int apiVersion() const;
    [[nodiscard]] bool apiVersionKnown() const { return apiVersion() > 0; }
    [[nodiscard]] QString apiVersionText() const;
    [[nodiscard]] QString createdLabel() const;
    /// "28 Nov 2026, 21:40 (local time)", or "—".
    [[nodiscard]] QString createdText() const;
    /// As createdText, or "Never" before the first reset. A pasted token's
    /// reset happens in the web app: not known, said as such.
    [[nodiscard]] QString lastResetText() const;
    /// Whether the Auth Token is at hand (keychain or a fresh answer).
    [[nodiscard]] bool hasSecret() const;
    [[nodiscard]] QString shownToken() const;
    [[nodiscard]] bool revealed() const { return m_revealed; }
    [[nodiscard]] bool unsaved() const;
    /// The current API version and the newer ones: an upgrade only goes forward.
    /// None while the current one is not known.
    [[nodiscard]] QVariantList upgradeVersions() const;
    [[nodiscard]] ActionState *resetState() const { return m_reset; }
    [[nodiscard]] ActionState *verifyState() const { return m_verify; }
    [[nodiscard]] ActionState *tryVersionState() const { return m_tryVersion; }
    [[nodiscard]] ActionState *upgradeState() const { return m_upgrade; }
    [[nodiscard]] ActionState *replaceState() const { return m_replace; }
    [[nodiscard]] ActionState *copyState() const { return m_copy; }
    [[nodiscard]] ActionState *addState() const { return m_add; }
    [[nodiscard]] Change change() const;
    [[nodiscard]] QString changeText() const;
    [[nodiscard]] ActionState *changeState() const;

    static constexpr int DefaultRevealSeconds = 20;
    /// "12 of 1000 requests left this hour."
    [[nodiscard]] static QString budgetSentence(const RequestBudget &budget);
    /// "28/11/2026 21:40 (CET)": local time, with its zone said.
    [[nodiscard]] static QString dateText(const QDateTime &date);
    void setRevealSeconds(int seconds) { m_revealTimer.setInterval(seconds * 1000); }

    Q_INVOKABLE void reset();
    Q_INVOKABLE void verify();
    Q_INVOKABLE void tryVersion(int version);
    Q_INVOKABLE void upgrade(int version);
    /// Tokens only: the new Auth Token after a reset in the web app.
    Q_INVOKABLE void replace(const QString &authToken);
    /// Tokens only: the pasted credential of this kind, kept once it passes
    /// (`withoutCheck`: kept unchecked, honoured only while offline).
    Q_INVOKABLE void add(const QString &accountSid, const QString &authToken, bool withoutCheck = false);
    /// As add(), and `done` hears how it ended.
    void add(const QString &accountSid, const QString &authToken, bool withoutCheck, OutcomeDone done);
    /// What the token may reach: one request per API category (AccountService::probe()).
    Q_INVOKABLE void probe();
    /// Scoped, signed in: a new name, description, contacts and scopes (developerEmails and scopes as lists).
    Q_INVOKABLE void edit(const QString &name, const QString &description, const QString &primaryContact,
                          const QStringList &developerEmails, const QStringList &scopes);
    /// Scoped, signed in: only the scopes (API Scopes › Update).
    Q_INVOKABLE void updateScopes(const QStringList &scopes);
    /// Scoped: signed in, deletes it on the platform; tokens only, takes it off this device.
    Q_INVOKABLE void deleteToken();
    Q_INVOKABLE void reveal();
    Q_INVOKABLE void hide();
    Q_INVOKABLE void copyToken();
    Q_INVOKABLE void copyAccountSid();
    Q_INVOKABLE void copyAsCurl();
    Q_INVOKABLE void copyAsEnvironment();
    /// copyToken(), logged with `detail` (e.g. which integration it is for).
    void copyTokenNoting(const QString &detail);
    [[nodiscard]] UsageView *usage();

Q_SIGNALS:
    void changed();

private:
    void setRules();
    /// The Auth Token held now, if any.
    [[nodiscard]] std::optional<AuthToken> heldValue() const;
    /// Clears Verify's and Try version's answers once they speak of a value no
    /// longer held, or of the platform before it came back.
    void forgetStaleChecks();
    [[nodiscard]] QString copyLabel(const QString &what) const;

    AccountView *m_account;
    AccountService *m_service;
    TokenRef m_ref;
    AppServices *m_services; ///< the clipboard and the screen guard, made when first used
    QTimer m_revealTimer;
    bool m_revealed = false;
    std::optional<AuthToken> m_revealedValue; // to tell a new value from the revealed one
    std::optional<AuthToken> m_heldValue;     // the value the last check spoke of
    bool m_wasOnline = true;
    ActionState *m_reset;
    ActionState *m_verify;
    ActionState *m_tryVersion;
    ActionState *m_upgrade;
    ActionState *m_replace;
    ActionState *m_copy;
    ActionState *m_add;
    ActionState *m_probe;
    ActionState *m_edit;
    ActionState *m_delete;
    QList<ProbeRow> m_probeRows; // the last probe of this session (the stored one says less)
    QString m_budgetText;
    UsageView *m_usage = nullptr;
};

} // namespace AgencyTokens
