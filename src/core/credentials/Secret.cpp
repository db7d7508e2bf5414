// SPDX-License-Identifier: MIT
#include "Secret.h"

namespace AgencyTokens {

namespace {
constexpr qsizetype VisibleTail = 4;
constexpr qsizetype MaskLength = 8;
// Short values would be half-revealed by their tail; show nothing of them.
constexpr qsizetype MinLengthForTail = 12;
} // namespace

Secret Secret::fromClearValue(const QString &value)
{
    return Secret(value);
}

Secret::~Secret()
{
    wipe();
}

QString Secret::masked() const
{
    if (m_value.isEmpty())
        return {};
    QString mask(MaskLength, QChar(0x2022));
    if (m_value.size() >= MinLengthForTail)
        mask += m_value.right(VisibleTail);
    return mask;
}

void Secret::wipe()
{
    // Only overwrite a buffer that this copy alone owns; a shared one still
    // belongs to another Secret that will wipe it in turn.
    if (!m_value.isDetached()) {
        m_value = QString();
        return;
    }
    m_value.fill(QChar(u'\0'));
    m_value.clear();
}

QDebug operator<<(QDebug debug, const Secret &secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(" << (secret.isEmpty() ? QStringLiteral("empty") : secret.masked()) << ')';
    return debug;
}

} // namespace AgencyTokens
