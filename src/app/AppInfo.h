// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace AgencyTokens {

/// Name and version for the About line and the window title.
class AppInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
public:
    using QObject::QObject;
    [[nodiscard]] static QString name();
    [[nodiscard]] static QString version();
};

} // namespace AgencyTokens
