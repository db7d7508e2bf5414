// SPDX-License-Identifier: MIT
#pragma once

#include "ClipboardPolicy.h"
#include "ClipboardTimeout.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <chrono>

namespace AgencyTokens {

/// The one way the app puts a secret on the clipboard. It adds each system's
/// "this is a password" hints, counts down for the UI and clears the clipboard
/// after the chosen timeout and on quit, as ClipboardPolicy says for the
/// system (never when a phone app goes to the background: the user copies to
/// paste elsewhere; iOS expires the item itself); but only while the clipboard
/// still holds what it put there.
/// The app creates one and exposes it to QML.
class SecureClipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(QString label READ label NOTIFY labelChanged)
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY remainingSecondsChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(int clearAfterSeconds READ clearAfterSeconds WRITE setClearAfterSeconds NOTIFY clearAfterSecondsChanged)
    Q_PROPERTY(QVariantList timeoutChoices READ timeoutChoices CONSTANT)

public:
    /// clearAfterSeconds value that turns automatic clearing off.
    static constexpr int Never = ClipboardTimeout::Never;

    explicit SecureClipboard(QObject *parent = nullptr);
    /// Clears the clipboard if it still holds a secret that was due to be cleared.
    ~SecureClipboard() override;

    /// Puts text on the clipboard marked as a secret and starts the countdown.
    /// label names it for the user ("Auth Token"); text is never logged.
    Q_INVOKABLE void copySecret(const QString &label, const QString &text);
    /// Clears the clipboard now, if it still holds the last copied secret.
    Q_INVOKABLE void clearNow();

    /// True from a copy until it is cleared or the clipboard holds something else.
    [[nodiscard]] bool isActive() const { return m_active; }
    /// The label of the last copy.
    [[nodiscard]] QString label() const { return m_label; }
    /// Seconds until the clipboard is cleared; 0 when inactive or with Never.
    [[nodiscard]] int remainingSeconds() const { return m_remainingSeconds; }
    /// "Auth Token copied · clears in 27 s"; empty when inactive.
    [[nodiscard]] QString statusText() const { return m_statusText; }

    /// Timeout for the next copy in seconds, one of ClipboardTimeout::Choices; persisted.
    [[nodiscard]] int clearAfterSeconds() const { return m_clearAfterSeconds; }
    /// Takes effect from the next copy; values that are not a choice are ignored.
    void setClearAfterSeconds(int seconds);

    /// The Settings choices: a list of {seconds: int, label: string}.
    [[nodiscard]] QVariantList timeoutChoices() const;

    /// For tests: the length of one countdown second (1000 ms otherwise), so
    /// that the real countdown runs in milliseconds. Applies from the next copy.
    void setTickIntervalForTesting(std::chrono::milliseconds interval);
    /// For tests: another system's rules (ClipboardPolicy::rulesFor()).
    void setPolicyForTesting(const ClipboardPolicy::Rules &rules);

Q_SIGNALS:
    // The NOTIFY signals of the properties of the same names.
    void activeChanged();
    void labelChanged();
    void remainingSecondsChanged();
    void statusTextChanged();
    void clearAfterSecondsChanged();
    /// This object cleared the clipboard (timeout, clearNow, quit).
    void cleared();

private:
    // When the OS will not say whose data the clipboard holds (Android, app
    // without focus): assume ours only on the way to the background, where
    // nobody else can have copied since we last had focus (and for not
    // stopping the countdown); elsewhere it may be the user's own data
    // (split screen), which is never cleared.
    enum class Unreadable { AssumeForeign, AssumeOurs };

    void tick();
    void clearIfOurs(const char *reason, Unreadable unreadable = Unreadable::AssumeForeign);
    void deactivate();
    void onClipboardChanged();
    void onAboutToQuit();
    void onApplicationStateChanged(Qt::ApplicationState state);
    [[nodiscard]] bool holdsOurCopy(Unreadable unreadable) const;
    [[nodiscard]] QByteArray digest(const QString &text) const;
    void setActive(bool active);
    void setRemainingSeconds(int seconds);
    void updateStatusText();

    ClipboardPolicy::Rules m_rules = ClipboardPolicy::currentRules();
    QTimer m_tickTimer;
    QDeadlineTimer m_deadline;
    std::chrono::milliseconds m_tickInterval{1000};
    // What was copied is kept only as a keyed digest; the key is random per
    // instance so that the digest of a short secret cannot be looked up.
    QByteArray m_digestKey;
    QByteArray m_digest;
    QString m_label;
    QString m_statusText;
    int m_clearAfterSeconds = ClipboardTimeout::Default;
    int m_remainingSeconds = 0;
    bool m_active = false;
    bool m_autoClear = false; // the active copy is cleared automatically (not Never)
    bool m_writing = false;   // our own write is in progress: ignore its dataChanged
};

} // namespace AgencyTokens
