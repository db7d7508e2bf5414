// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QQmlEngine;
class QJSEngine;

namespace AgencyTokens {

struct Outcome;

/// The state of one action of one object (a token's reset, an account's
/// enable, …), for QML to bind to: whether the app offers it here at all,
/// whether it runs, how it ended, and whether it may be started now and why
/// not. The owner gives the rules (setRules()); they are worked out when
/// read, and re-read whenever the owner says it changed. No page repeats them.
class ActionState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by a view model")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    /// Does the app offer this action for this object at all (a reset only
    /// where the management contract offers it, Replace only for a pasted
    /// token…)? When not, blockedReason says why.
    Q_PROPERTY(bool offered READ offered NOTIFY changed)
    /// May the action be started now? False while it runs, when blocked, or when not offered.
    Q_PROPERTY(bool allowed READ allowed NOTIFY changed)
    /// Why it may not be started (offline, another action running, no token,
    /// not offered here…); empty when it may (or while it runs).
    Q_PROPERTY(QString blockedReason READ blockedReason NOTIFY changed)
    /// How the last run ended: its error, or what it achieved. Cleared by the next run.
    Q_PROPERTY(bool failed READ failed NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    /// The last run failed because the platform could not be reached.
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    /// A run has ended and no other runs now: `failed` and `message` tell how it went.
    Q_PROPERTY(bool ended READ ended NOTIFY changed)
    /// Bumped at the end of each run, so that a repeated identical result is still seen as new.
    Q_PROPERTY(int runs READ runs NOTIFY changed)
public:
    using QObject::QObject;

    using OfferRule = std::function<bool()>;
    using ReasonRule = std::function<QString()>;

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool offered() const { return !m_offerRule || m_offerRule(); }
    [[nodiscard]] bool allowed() const { return !m_busy && offered() && blockedReason().isEmpty(); }
    [[nodiscard]] QString blockedReason() const { return m_reasonRule ? m_reasonRule() : QString(); }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] bool ended() const { return !m_busy && m_runs > 0; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] int runs() const { return m_runs; }
    [[nodiscard]] bool offline() const { return m_offline; }

    /// The rules of this action: `offer` (absent: always offered) and
    /// `reason` (why not now; absent: never blocked), re-read each time
    /// `watched` emits `changedSignal`.
    template <typename Watched, typename Signal>
    void setRules(const Watched *watched, Signal changedSignal, OfferRule offer, ReasonRule reason)
    {
        m_offerRule = std::move(offer);
        m_reasonRule = std::move(reason);
        connect(watched, changedSignal, this, &ActionState::changed);
        Q_EMIT changed();
    }
    /// Starts a run: busy, last result cleared.
    void begin();
    /// Ends a run with the outcome's message, or `success` when it went well.
    void finish(const Outcome &outcome, const QString &success = {});
    void finish(bool ok, const QString &message);
    /// Ends a run the way `other`'s last run ended.
    void finishAs(const ActionState *other);
    /// Forgets the last result (a page was left, the condition ended).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();
    /// The run ended; ok tells how.
    void finished(bool ok);

private:
    bool m_busy = false;
    bool m_failed = false;
    bool m_offline = false;
    int m_runs = 0;
    QString m_message;
    OfferRule m_offerRule;
    ReasonRule m_reasonRule;
};

/// Every action's end, in one place: the window's message bar listens here
/// with one connection instead of one per action it reports, so nothing is
/// made for it before the first frame but this object.
class ActionEvents : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    /// The one instance (the app's and every engine's).
    static ActionEvents *instance();
    /// For QML: the same instance, kept by C++.
    static ActionEvents *create(QQmlEngine *, QJSEngine *);

Q_SIGNALS:
    /// `state`'s run ended; ok tells how (after the state's own finished()).
    void finished(AgencyTokens::ActionState *state, bool ok);

private:
    // Not default-constructible from outside, so that QML takes create()
    // (it prefers a public default constructor) and shares the one instance.
    ActionEvents() = default;
};

} // namespace AgencyTokens
