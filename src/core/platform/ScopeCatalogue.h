// SPDX-License-Identifier: MIT
#pragma once

#include "PlatformTypes.h"

#include <QCoreApplication>

namespace AgencyTokens {

/// The platform's scope catalogue as its Agency API v3 reference documents
/// it, and the probe's requests: the one place in core that knows them.
/// Categories and titles are translated; ids, methods and paths are the
/// platform's.
class ScopeCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ScopeCatalogue)
public:
    /// One request of the probe: a cheap GET standing for one scope of its category.
    struct ProbeCall
    {
        QString scopeId;      ///< e.g. "reports.list"
        QString category;     ///< e.g. "Reports"
        QString scopeTitle;   ///< e.g. "List reports"
        QString pathTemplate; ///< with {AccountSID}
        QString query;        ///< percent-encoded, without '?'; empty: none

        /// The path for `sid`, percent-encoded.
        [[nodiscard]] QString pathFor(const AccountSid &sid) const;
    };

    /// The catalogue for accounts that have no management contract to ask,
    /// in the platform's order (Account, Advertisers, Reports, Jobs, Compliance).
    [[nodiscard]] static QList<ScopeInfo> known();
    /// The category names, in the platform's order.
    [[nodiscard]] static QStringList categories();
    /// The same categories untranslated, in the same order: the names the
    /// platform's catalogue and the usage store use ("Reports").
    [[nodiscard]] static QStringList categoryKeys();
    /// One GET per category, in the order of categories(): ids that cannot
    /// exist where an id is needed, so that no resource's data is ever read.
    [[nodiscard]] static QList<ProbeCall> probeCalls();
};

} // namespace AgencyTokens
