// SPDX-License-Identifier: MIT
#pragma once

#include "QueuedWork.h"

#include <QHttpServerResponse>
#include <QJsonObject>

class QHttpServerRequest;

namespace AgencyTokens::Server {

/// The platform's Agency API resources beyond CompanyInformation, in its
/// shape and with a little demo content: advertisers, reports and their
/// exports, jobs, compliance submissions. Small on purpose: enough that a
/// scoped token's calls get real answers. No advertiser carries a
/// RestAccountURL or any other credential.
class AgencyResources
{
public:
    /// One authorized call: whose it is, and what its path named.
    struct Call
    {
        qint64 agencyId = 0;
        QString accountSid; ///< the caller's, for the Uris in answers
        QString id;         ///< the path's {Id}, if any
        bool json = false;
    };

    /// The answer to an allowed call of \a scopeId (any but the account.*
    /// scopes, which are CompanyInformation's); 404 in the platform's
    /// envelope for an {Id} that does not exist.
    [[nodiscard]] QHttpServerResponse answer(const QString &scopeId, const Call &call,
                                             const QHttpServerRequest &request);

private:
    [[nodiscard]] static QHttpServerResponse advertisers(const Call &call);
    [[nodiscard]] static QHttpServerResponse advertiser(const Call &call);
    [[nodiscard]] static QHttpServerResponse reports(const Call &call, const QHttpServerRequest &request);
    [[nodiscard]] static QHttpServerResponse reportMetaData(const Call &call);
    [[nodiscard]] QHttpServerResponse exportReport(const Call &call);
    [[nodiscard]] QHttpServerResponse job(const Call &call, bool download) const;
    [[nodiscard]] QHttpServerResponse submitCompliance(const Call &call, const QHttpServerRequest &request);
    [[nodiscard]] QHttpServerResponse submission(const Call &call, bool results) const;

    QueuedWork m_jobs;        ///< report exports: subject = report id
    QueuedWork m_submissions; ///< compliance submissions
};

} // namespace AgencyTokens::Server
