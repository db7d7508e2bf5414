// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace AgencyTokens::Server {

/// What a scoped access token is about, as set on creation and by edits.
struct AccessTokenFields
{
    QString name;
    QString description;
    int apiVersion = 0;
    QString primaryContact;
    QStringList developerEmails;
    /// Ids of ScopeCatalogue, in its order.
    QStringList scopes;

    friend bool operator==(const AccessTokenFields &, const AccessTokenFields &) = default;
};

/// One scoped access token of an agency, as stored. Its Account SID is also
/// its identifier on the management contract.
struct AccessToken
{
    qint64 agencyId = 0;
    QString accountSid;
    AccessTokenFields fields;
    /// The secret. Leaves the server only in the create and reset replies.
    QString authToken;
    /// As for legacy tokens (TokenCipher::fingerprint).
    QString fingerprint;
    QDateTime createdAt;
    /// Invalid until the first reset.
    QDateTime lastResetAt;
};

} // namespace AgencyTokens::Server
