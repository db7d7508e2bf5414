// SPDX-License-Identifier: MIT
#include "CompanyInformation.h"

#include "storage/Database.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

constexpr qsizetype MaxFieldLength = 200;

const QStringList &scalarFields()
{
    static const QStringList fields{
        u"CompanyName"_s, u"Website"_s, u"PrimaryPhoneNumber"_s, u"PrimaryPhoneNumberCountry"_s,
        u"SecondaryPhoneNumber"_s, u"SecondaryPhoneNumberCountry"_s, u"MinimumContactRating"_s, u"Timezone"_s,
        u"Currency"_s, u"RegisteredForIndirectTax"_s, u"IndirectTaxNumber"_s, u"OrganizationType"_s,
        u"EinSsnForeignTaxId"_s};
    return fields;
}

const QStringList &addressFields()
{
    static const QStringList fields{u"AddressLine1"_s, u"AddressLine2"_s, u"City"_s,
                                    u"State"_s,        u"PostalCode"_s,   u"Country"_s};
    return fields;
}

const QStringList &contactFields()
{
    static const QStringList fields{u"UserId"_s,          u"Name"_s,
                                    u"Email"_s,           u"WorkPhoneNumber"_s,
                                    u"WorkPhoneNumberCountry"_s, u"CellPhoneNumber"_s,
                                    u"CellPhoneNumberCountry"_s};
    return fields;
}

const QStringList &addresses()
{
    static const QStringList names{u"CorporateAddress"_s, u"BillingAddress"_s};
    return names;
}

const QStringList &contacts()
{
    static const QStringList names{u"FinancialContact"_s, u"TechnicalContact"_s, u"SecurityContact"_s,
                                   u"CommercialContact"_s};
    return names;
}

QJsonObject emptyObject(const QStringList &fields)
{
    QJsonObject object;
    for (const QString &field : fields)
        object.insert(field, QString());
    return object;
}

QJsonObject defaults(const QString &companyName)
{
    QJsonObject document = emptyObject(scalarFields());
    document[u"CompanyName"_s] = companyName;
    document[u"MinimumContactRating"_s] = u"1"_s;
    document[u"Timezone"_s] = u"(GMT +00:00) UTC"_s;
    document[u"Currency"_s] = u"USD"_s;
    document[u"RegisteredForIndirectTax"_s] = u"false"_s;
    document[u"OrganizationType"_s] = u"CORP"_s;
    for (const QString &name : addresses())
        document.insert(name, emptyObject(addressFields()));
    for (const QString &name : contacts())
        document.insert(name, emptyObject(contactFields()));
    return document;
}

/// The sentence for a value the platform would refuse; empty when it is fine.
QString checkScalar(const QString &field, const QJsonValue &value)
{
    if (!value.isString())
        return u"Must be a string."_s;
    const QString text = value.toString();
    if (text.size() > MaxFieldLength)
        return u"Must be at most %1 characters."_s.arg(MaxFieldLength);
    if (field == u"CompanyName"_s && text.trimmed().isEmpty())
        return u"Must not be empty."_s;
    if (field == u"OrganizationType"_s && !QStringList{u"CORP"_s, u"NONP_GOV"_s, u"OTHER"_s}.contains(text))
        return u"Must be one of CORP, NONP_GOV, OTHER."_s;
    if (field == u"RegisteredForIndirectTax"_s && text != u"true"_s && text != u"false"_s)
        return u"Must be \"true\" or \"false\"."_s;
    if (field == u"MinimumContactRating"_s && !QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}.contains(text))
        return u"Must be a rating from \"1\" to \"5\"."_s;
    static const QRegularExpression currency(u"^[A-Z]{3}$"_s);
    if (field == u"Currency"_s && !currency.match(text).hasMatch())
        return u"Must be an ISO 4217 currency code such as USD."_s;
    static const QRegularExpression digits(u"^[0-9]*$"_s);
    if (field.endsWith(u"PhoneNumber"_s) && !digits.match(text).hasMatch())
        return u"Digits only."_s;
    return {};
}

void mergeNested(QJsonObject &document, const QString &name, const QJsonValue &value, const QStringList &fields,
                 QList<FieldError> &errors)
{
    if (!value.isObject()) {
        errors.append({name, u"Must be an object."_s});
        return;
    }
    QJsonObject nested = document.value(name).toObject();
    const QJsonObject changes = value.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString path = name + u'.' + it.key();
        if (!fields.contains(it.key()))
            errors.append({path, u"This field does not exist."_s});
        else if (const QString problem = checkScalar(it.key(), it.value()); !problem.isEmpty())
            errors.append({path, problem});
        else
            nested.insert(it.key(), it.value());
    }
    document.insert(name, nested);
}

} // namespace

CompanyInformation::CompanyInformation(Database &database)
    : m_database(database)
{
}

QJsonObject CompanyInformation::stored(qint64 agencyId) const
{
    QSqlQuery query = m_database.prepare(u"SELECT document FROM company_information WHERE agency_id = ?"_s);
    query.addBindValue(agencyId);
    if (Database::exec(query) && query.next())
        return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    QSqlQuery agency = m_database.prepare(u"SELECT name FROM agencies WHERE id = ?"_s);
    agency.addBindValue(agencyId);
    return defaults(Database::exec(agency) && agency.next() ? agency.value(0).toString() : QString());
}

QJsonObject CompanyInformation::read(qint64 agencyId) const
{
    QJsonObject document = stored(agencyId);
    // The platform shows only the last four characters of the tax ID.
    const QString taxId = document.value(u"EinSsnForeignTaxId"_s).toString();
    if (taxId.size() > 4)
        document[u"EinSsnForeignTaxId"_s] = QString(taxId.size() - 4, u'X') + taxId.right(4);
    return document;
}

QList<FieldError> CompanyInformation::update(qint64 agencyId, const QJsonObject &changes, bool *saved)
{
    *saved = false;
    QJsonObject document = stored(agencyId);
    QList<FieldError> errors;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &field = it.key();
        if (scalarFields().contains(field)) {
            if (const QString problem = checkScalar(field, it.value()); !problem.isEmpty())
                errors.append({field, problem});
            else
                document.insert(field, it.value());
        } else if (addresses().contains(field)) {
            mergeNested(document, field, it.value(), addressFields(), errors);
        } else if (contacts().contains(field)) {
            mergeNested(document, field, it.value(), contactFields(), errors);
        } else {
            errors.append({field, field == u"Uri"_s ? u"Cannot be changed."_s : u"This field does not exist."_s});
        }
    }
    if (!errors.isEmpty())
        return errors;
    *saved = m_database.transaction([&] {
        QSqlQuery upsert = m_database.prepare(
            u"INSERT INTO company_information (agency_id, document) VALUES (?, ?)"
            " ON CONFLICT(agency_id) DO UPDATE SET document = excluded.document"_s);
        upsert.addBindValue(agencyId);
        upsert.addBindValue(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
        // The management API shows the same name.
        QSqlQuery rename = m_database.prepare(u"UPDATE agencies SET name = ? WHERE id = ?"_s);
        rename.addBindValue(document.value(u"CompanyName"_s).toString());
        rename.addBindValue(agencyId);
        return Database::exec(upsert) && Database::exec(rename);
    });
    return errors;
}

} // namespace AgencyTokens::Server
