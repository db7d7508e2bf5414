// SPDX-License-Identifier: MIT
#include "Secret.h"

#include <cstddef>

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

Secret &Secret::operator=(const Secret &other)
{
    if (this != &other && m_value.constData() != other.m_value.constData()) {
        wipe();
        m_value = other.m_value;
    }
    return *this;
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_value = std::move(other.m_value);
        other.m_value = QString();
    }
    return *this;
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

bool Secret::overwrite(QString &text) noexcept
{
    // Only a buffer this string alone owns: a shared one still belongs to
    // another owner (a Secret that wipes it in turn), and static or raw data
    // (isDetached() is false for them) is not ours to write.
    if (text.isNull() || !text.isDetached())
        return false;
    // data() does not reallocate a detached string. Capacity, not size: a
    // string that was shortened keeps the old characters past its end.
    auto *bytes = reinterpret_cast<volatile unsigned char *>(text.data());
    const std::size_t count = std::size_t(text.capacity()) * sizeof(QChar);
    for (std::size_t i = 0; i < count; ++i)
        bytes[i] = 0;
#if defined(Q_CC_GNU) || defined(Q_CC_CLANG)
    // The buffer is freed right after: keep the stores from being seen as dead.
    asm volatile("" : : "r"(bytes) : "memory");
#endif
    return true;
}

void Secret::wipe()
{
    overwrite(m_value);
    m_value = QString();
}

QDebug operator<<(QDebug debug, const Secret &secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(" << (secret.isEmpty() ? QStringLiteral("empty") : secret.masked()) << ')';
    return debug;
}

} // namespace AgencyTokens
