// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)

#include <QUtiMimeConverter>

namespace AgencyTokens {

/// Publishes SecretMimeData's "application/x-nspasteboard-concealed-type"
/// under the pasteboard type "org.nspasteboard.ConcealedType", the one
/// macOS clipboard managers (Maccy, Alfred, Raycast, Paste...) skip. Without
/// it Qt publishes every unknown mime type under its private
/// "com.trolltech.anymime.*" type, which none of them know.
/// Heap-allocate one after QGuiApplication exists; Qt owns it then.
class ConcealedTypeConverter : public QUtiMimeConverter
{
public:
    /// Our data for the concealed type, as pasteboard bytes.
    QList<QByteArray> convertFromMime(const QString &mime, const QVariant &data, const QString &uti) const override;
    /// "org.nspasteboard.ConcealedType" for the concealed mime type; empty otherwise.
    QString utiForMime(const QString &mime) const override;
    /// The concealed mime type for "org.nspasteboard.ConcealedType"; empty otherwise.
    QString mimeForUti(const QString &uti) const override;
    /// Another app's concealed marker back as mime data.
    QVariant convertToMime(const QString &mime, const QList<QByteArray> &data, const QString &uti) const override;
};

} // namespace AgencyTokens

#endif
