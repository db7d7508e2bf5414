// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

namespace AgencyTokens::Server {

/// One entry of the platform's scope catalogue: a method on a platform path
/// (with {AccountSID} and {Id} placeholders) that a scoped token may be allowed.
struct Scope
{
    QString id;
    QString category;
    QString title;
    QByteArray method;
    QString path;
};

/// The scopes of the platform's Agency API v3 (the shared wire spec of issue
/// 21), and which of them a request's method and path stand for.
class ScopeCatalogue
{
public:
    /// The categories in the platform's order: Account, Advertisers, Reports, Jobs, Compliance.
    [[nodiscard]] static const QStringList &categories();
    /// Every scope, grouped by category in that order.
    [[nodiscard]] static const QList<Scope> &all();
    [[nodiscard]] static bool isKnown(const QString &id);
    /// \a ids without duplicates, in the catalogue's order.
    [[nodiscard]] static QStringList normalised(const QStringList &ids);

    /// What a request path is, for the platform's API.
    struct Match
    {
        /// True when some scope's path has this shape.
        bool pathKnown = false;
        /// The methods that path accepts, for 405 and Allow.
        QByteArrayList allowed;
        /// The scope of this method on this path; null when the method is not allowed.
        const Scope *scope = nullptr;
        QString accountSid; ///< the {AccountSID} segment
        QString id;         ///< the {Id} segment, if the path has one
    };
    /// Matches \a method (HEAD counts as GET) and the encoded \a path; an {Id}
    /// segment must be 1..64 of [A-Za-z0-9_-].
    [[nodiscard]] static Match match(const QByteArray &method, const QString &path);
    /// The distinct paths, with each placeholder as Qt HttpServer's "<arg>".
    [[nodiscard]] static QStringList routePatterns();
};

} // namespace AgencyTokens::Server
