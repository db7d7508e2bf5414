// SPDX-License-Identifier: MIT
#include "SecureClipboard.h"

#include "ClipboardLogging.h"
#include "ClipboardPolicy.h"
#include "SystemClipboard.h"
#include "SecretMimeData.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace AgencyTokens {

SecureClipboard::SecureClipboard(QObject *parent)
    : QObject(parent)
    , m_digestKey(32, Qt::Uninitialized)
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_digestKey.data()),
                                          m_digestKey.size() / qsizetype(sizeof(quint32)));

    m_clearAfterSeconds = ClipboardTimeout::load();

    // Single shot, rescheduled by tick(): it runs only while a countdown does.
    m_tickTimer.setSingleShot(true);
    m_tickTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_tickTimer, &QTimer::timeout, this, &SecureClipboard::tick);

    if (!qGuiApp) {
        qCWarning(lcClipboard) << "No QGuiApplication: the clipboard cannot be used";
        return;
    }
    SystemClipboard::prepare();
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &SecureClipboard::onClipboardChanged);
    // Both handlers follow m_rules: no system clears on the way to the
    // background (phones hand the expiry to the OS or to our timer).
    connect(qGuiApp, &QCoreApplication::aboutToQuit, this, &SecureClipboard::onAboutToQuit);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, &SecureClipboard::onApplicationStateChanged);
}

SecureClipboard::~SecureClipboard()
{
    // Without signals: they would reach a half-destroyed object's users.
    if (m_active && m_autoClear && qGuiApp && m_rules.clearOnQuit && holdsOurCopy(Unreadable::AssumeForeign)) {
        m_active = false; // our dataChanged handler ignores the clear below
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        qCInfo(lcClipboard, "Cleared the copied %s from the clipboard (exit)", qUtf8Printable(m_label));
    }
}

void SecureClipboard::copySecret(const QString &label, const QString &text)
{
    const QString name = label.trimmed().isEmpty() ? tr("Secret") : label.trimmed();
    if (text.isEmpty()) {
        qCWarning(lcClipboard) << "Nothing to copy for" << name;
        return;
    }
    if (!qGuiApp) {
        qCWarning(lcClipboard) << "No QGuiApplication: cannot copy" << name;
        return;
    }
    {
        const QScopedValueRollback<bool> writing(m_writing, true);
        if (!SystemClipboard::writeSecret(name, text, m_clearAfterSeconds))
            QGuiApplication::clipboard()->setMimeData(SecretMimeData::create(text), QClipboard::Clipboard);
        // Deliberately not QClipboard::Selection: X11's primary selection
        // pastes on a middle click, a token there leaks into any window.
    }
    m_digest = digest(text);
    m_autoClear = m_clearAfterSeconds != Never;
    if (m_label != name) {
        m_label = name;
        Q_EMIT labelChanged();
    }
    setActive(true);
    if (m_autoClear) {
        m_deadline = QDeadlineTimer(m_tickInterval * m_clearAfterSeconds, Qt::PreciseTimer);
        tick();
    } else {
        m_tickTimer.stop();
        setRemainingSeconds(0);
        updateStatusText();
    }
    if (m_autoClear)
        qCInfo(lcClipboard, "Copied %s; clears in %d s", qUtf8Printable(m_label), m_clearAfterSeconds);
    else
        qCInfo(lcClipboard, "Copied %s; not cleared automatically", qUtf8Printable(m_label));
}

void SecureClipboard::clearNow()
{
    clearIfOurs("on request");
}

void SecureClipboard::setClearAfterSeconds(int seconds)
{
    if (!ClipboardTimeout::isChoice(seconds)) {
        qCWarning(lcClipboard) << "Ignoring clipboard timeout" << seconds << "s: not one of the choices";
        return;
    }
    if (seconds == m_clearAfterSeconds)
        return;
    m_clearAfterSeconds = seconds;
    // Still used for this session when the settings file cannot be written.
    ClipboardTimeout::save(seconds);
    Q_EMIT clearAfterSecondsChanged();
}

QVariantList SecureClipboard::timeoutChoices() const
{
    return ClipboardTimeout::choicesForUi();
}

void SecureClipboard::setTickIntervalForTesting(std::chrono::milliseconds interval)
{
    m_tickInterval = std::max(interval, 1ms);
}

void SecureClipboard::tick()
{
    const std::chrono::nanoseconds left = m_deadline.remainingTimeAsDuration();
    if (left <= 0ns) {
        clearIfOurs("timeout", m_rules.clearUnreadableAtTimeout ? Unreadable::AssumeOurs : Unreadable::AssumeForeign);
        return;
    }
    // Rounded up: the UI shows "1 s" until the very end, never "0 s" while
    // the secret is still there.
    const std::chrono::nanoseconds second = m_tickInterval;
    const auto seconds = int((left + second - 1ns) / second);
    setRemainingSeconds(seconds);
    updateStatusText();
    // Wake up when the shown number changes next; the deadline, not the
    // count of ticks, decides, so late ticks do not add up.
    m_tickTimer.start(std::chrono::ceil<std::chrono::milliseconds>(left - (seconds - 1) * second));
}

void SecureClipboard::clearIfOurs(const char *reason, Unreadable unreadable)
{
    if (!m_active)
        return;
    const bool ours = holdsOurCopy(unreadable);
    deactivate(); // before clearing, so that our dataChanged handler ignores it
    if (!ours) {
        qCInfo(lcClipboard, "The clipboard holds something else now; left as it is (%s)", reason);
        return;
    }
    QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    qCInfo(lcClipboard, "Cleared the copied %s from the clipboard (%s)", qUtf8Printable(m_label), reason);
    Q_EMIT cleared();
}

void SecureClipboard::deactivate()
{
    m_tickTimer.stop();
    m_deadline = QDeadlineTimer();
    m_digest.fill('\0');
    m_digest.clear();
    m_autoClear = false;
    setActive(false);
    setRemainingSeconds(0);
    updateStatusText();
}

void SecureClipboard::onClipboardChanged()
{
    // No proof that anything else was copied while the OS will not tell.
    if (!m_active || m_writing || holdsOurCopy(Unreadable::AssumeOurs))
        return;
    // The user copied something else: nothing left to clear or count down.
    qCInfo(lcClipboard) << "Something else was copied; countdown stopped";
    deactivate();
}

void SecureClipboard::setPolicyForTesting(const ClipboardPolicy::Rules &rules)
{
    m_rules = rules;
}

void SecureClipboard::onAboutToQuit()
{
    if (m_autoClear && m_rules.clearOnQuit)
        clearIfOurs("quit");
}

void SecureClipboard::onApplicationStateChanged(Qt::ApplicationState state)
{
    if (m_autoClear && m_rules.clearOnBackground && (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended))
        clearIfOurs("app in background", Unreadable::AssumeOurs);
}

bool SecureClipboard::holdsOurCopy(Unreadable unreadable) const
{
    if (m_digest.isEmpty() || !qGuiApp)
        return false;
    switch (SystemClipboard::ownership()) {
    case SystemClipboard::Ownership::Ours:
        return true;
    case SystemClipboard::Ownership::Foreign:
        return false;
    case SystemClipboard::Ownership::Unreadable:
        return unreadable == Unreadable::AssumeOurs;
    case SystemClipboard::Ownership::CompareText:
        break;
    }
    return digest(QGuiApplication::clipboard()->text(QClipboard::Clipboard)) == m_digest;
}

QByteArray SecureClipboard::digest(const QString &text) const
{
    QByteArray utf8 = text.toUtf8();
    const QByteArray mac = QMessageAuthenticationCode::hash(utf8, m_digestKey, QCryptographicHash::Sha256);
    utf8.fill('\0'); // one copy of the secret fewer left in freed memory
    return mac;
}

void SecureClipboard::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void SecureClipboard::setRemainingSeconds(int seconds)
{
    if (m_remainingSeconds == seconds)
        return;
    m_remainingSeconds = seconds;
    Q_EMIT remainingSecondsChanged();
}

void SecureClipboard::updateStatusText()
{
    QString text;
    if (m_active && m_autoClear)
        text = tr("%1 copied · clears in %2 s").arg(m_label, QString::number(m_remainingSeconds));
    else if (m_active)
        text = tr("%1 copied · not cleared automatically").arg(m_label);
    if (m_statusText == text)
        return;
    m_statusText = text;
    Q_EMIT statusTextChanged();
}

} // namespace AgencyTokens
