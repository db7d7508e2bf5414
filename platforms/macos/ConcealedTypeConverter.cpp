// SPDX-License-Identifier: MIT
#include "ConcealedTypeConverter.h"

#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)

#include "clipboard/SecretMimeData.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {
// nspasteboard.org: "the data is irrelevant, only the type's presence counts".
constexpr auto ConcealedUti = "org.nspasteboard.ConcealedType"_L1;
} // namespace

QList<QByteArray> ConcealedTypeConverter::convertFromMime(const QString &mime, const QVariant &data,
                                                          const QString &uti) const
{
    if (mime != SecretMimeData::MacConcealedType || uti != ConcealedUti)
        return {};
    return {data.toByteArray()};
}

QString ConcealedTypeConverter::utiForMime(const QString &mime) const
{
    return mime == SecretMimeData::MacConcealedType ? QString(ConcealedUti) : QString();
}

QString ConcealedTypeConverter::mimeForUti(const QString &uti) const
{
    return uti == ConcealedUti ? QString(SecretMimeData::MacConcealedType) : QString();
}

QVariant ConcealedTypeConverter::convertToMime(const QString &mime, const QList<QByteArray> &data,
                                               const QString &uti) const
{
    if (mime != SecretMimeData::MacConcealedType || uti != ConcealedUti || data.isEmpty())
        return {};
    return data.first();
}

} // namespace AgencyTokens

#endif
