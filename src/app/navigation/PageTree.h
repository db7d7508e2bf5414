// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace AgencyTokens {

/// The app's pages and which lies under which: the one definition the page
/// stack (its Back and breadcrumbs), the desktop sidebar and the phone drawer
/// all read.
///   home › checkall
///   settings › rest › details
///   settings › rest › scoped
///   settings › rest › create
///   settings › tips
/// A navigation entry is "current" on its own page and on the pages under it
/// that no nearer entry claims (nearestOf()).
class PageTree : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// Every page, parents before their children.
    Q_PROPERTY(QStringList pages READ pages CONSTANT)
public:
    using QObject::QObject;

    [[nodiscard]] static QStringList pages();
    /// The page one level up; "" for a top-level page or an unknown name.
    Q_INVOKABLE static QString parentOf(const QString &page);
    /// From the top-level page down to `page`, both included; empty for an unknown name.
    Q_INVOKABLE static QStringList pathTo(const QString &page);
    /// Whether `page` is `entry` or lies under it.
    Q_INVOKABLE static bool isWithin(const QString &page, const QString &entry);
    /// Of the navigation `entries` (the pages a sidebar or drawer lists), the
    /// nearest one that `page` is or lies under; "" when none.
    Q_INVOKABLE static QString nearestOf(const QString &page, const QStringList &entries);
};

} // namespace AgencyTokens
