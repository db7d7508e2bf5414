// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace AgencyTokens::Server {

class Database;

/// One entry of the platform's error envelope: {"Field":…,"Message":…}.
struct FieldError
{
    QString field;
    QString message;
};

/// The platform's CompanyInformation resource of an agency, with the field
/// set the platform documents (CompanyName, Website, Timezone, Currency,
/// phone numbers, tax details, two addresses, four contacts). Stored as one
/// JSON document per agency; absent until the first update.
class CompanyInformation
{
public:
    explicit CompanyInformation(Database &database);

    /// The document as GET answers it (tax ID masked), Uri not included.
    [[nodiscard]] QJsonObject read(qint64 agencyId) const;
    /// A partial update, as the platform's PUT: given fields change, nested
    /// objects too, the rest keeps its value. Refuses unknown or malformed
    /// fields with one FieldError each and changes nothing then.
    [[nodiscard]] QList<FieldError> update(qint64 agencyId, const QJsonObject &changes, bool *stored);

private:
    [[nodiscard]] QJsonObject stored(qint64 agencyId) const;

    Database &m_database;
};

} // namespace AgencyTokens::Server
