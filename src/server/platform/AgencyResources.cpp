// SPDX-License-Identifier: MIT
#include "AgencyResources.h"

#include "PlatformReply.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

using Status = QHttpServerResponse::StatusCode;

constexpr int MaxPageSize = 1000;

struct DemoReport
{
    QString id;
    QString name;
    QString description;
    QStringList columns;
    QList<QStringList> rows;
};

const QList<DemoReport> &demoReports()
{
    static const QList<DemoReport> reports{
        {u"partner_performance_by_day"_s, u"Partner Performance by Day"_s,
         u"Actions, revenue and payout per partner and day."_s,
         {u"Date"_s, u"Partner"_s, u"Actions"_s, u"Revenue"_s},
         {{u"2026-11-27"_s, u"Example Publisher"_s, u"12"_s, u"340.50"_s},
          {u"2026-11-28"_s, u"Example Publisher"_s, u"9"_s, u"212.00"_s}}},
        {u"action_listing"_s, u"Action Listing"_s, u"Every tracked action with its status."_s,
         {u"ActionId"_s, u"EventDate"_s, u"State"_s, u"Amount"_s},
         {{u"1000.4411.7"_s, u"2026-11-27"_s, u"APPROVED"_s, u"45.00"_s}}},
    };
    return reports;
}

const DemoReport *findReport(const QString &id)
{
    for (const DemoReport &report : demoReports()) {
        if (report.id == id)
            return &report;
    }
    return nullptr;
}

QList<QJsonObject> demoAdvertisers(const QString &sid)
{
    // Names and figures only: the platform's RestAccountURL carries an
    // advertiser's own credentials, and has no place in demo data.
    const auto advertiser = [&sid](const QString &id, const QString &name, const QString &currency) {
        return QJsonObject{{u"Id"_s, id},
                           {u"Name"_s, name},
                           {u"State"_s, u"ACTIVE"_s},
                           {u"Currency"_s, currency},
                           {u"Uri"_s, u"/Agencies/%1/Advertisers/%2"_s.arg(sid, id)}};
    };
    return {advertiser(u"1001"_s, u"Northwind Outdoor"_s, u"USD"_s),
            advertiser(u"1002"_s, u"Contoso Travel"_s, u"EUR"_s)};
}

QHttpServerResponse notFound(bool json)
{
    return PlatformReply::error(Status::NotFound, u"The requested resource was not found"_s, json);
}

QHttpServerResponse queued(const QString &uri, bool json, Status status)
{
    return PlatformReply::document({{u"Status"_s, u"QUEUED"_s}, {u"QueuedUri"_s, uri}}, u"Result"_s, json, status);
}

QString base(const AgencyResources::Call &call)
{
    return u"/Agencies/"_s + call.accountSid;
}

} // namespace

QHttpServerResponse AgencyResources::answer(const QString &scopeId, const Call &call, const QHttpServerRequest &request)
{
    if (scopeId == u"advertisers.list"_s)
        return advertisers(call);
    if (scopeId == u"advertisers.read"_s)
        return advertiser(call);
    if (scopeId == u"reports.list"_s)
        return reports(call, request);
    if (scopeId == u"reports.metadata"_s)
        return reportMetaData(call);
    if (scopeId == u"reports.export"_s)
        return exportReport(call);
    if (scopeId == u"jobs.status"_s || scopeId == u"jobs.download"_s)
        return job(call, scopeId == u"jobs.download"_s);
    if (scopeId == u"compliance.submit"_s)
        return submitCompliance(call, request);
    if (scopeId == u"compliance.status"_s || scopeId == u"compliance.results"_s)
        return submission(call, scopeId == u"compliance.results"_s);
    return notFound(call.json);
}

QHttpServerResponse AgencyResources::advertisers(const Call &call)
{
    QJsonArray list;
    for (const QJsonObject &advertiser : demoAdvertisers(call.accountSid))
        list.append(advertiser);
    return PlatformReply::document({{u"Advertisers"_s, list}}, u"ImpactRadiusResponse"_s, call.json);
}

QHttpServerResponse AgencyResources::advertiser(const Call &call)
{
    for (const QJsonObject &advertiser : demoAdvertisers(call.accountSid)) {
        if (advertiser.value(u"Id"_s).toString() == call.id)
            return PlatformReply::document(advertiser, u"Advertiser"_s, call.json);
    }
    return notFound(call.json);
}

QHttpServerResponse AgencyResources::reports(const Call &call, const QHttpServerRequest &request)
{
    qsizetype pageSize = MaxPageSize;
    const QUrlQuery query = request.query();
    if (query.hasQueryItem(u"PageSize"_s)) {
        bool ok = false;
        pageSize = query.queryItemValue(u"PageSize"_s).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > MaxPageSize)
            return PlatformReply::error(Status::BadRequest, u"Invalid request parameters."_s, call.json,
                                        {{u"PageSize"_s, u"Must be a whole number from 1 to %1."_s.arg(MaxPageSize)}});
    }
    QJsonArray list;
    for (const DemoReport &report : demoReports()) {
        if (list.size() >= pageSize)
            break;
        const QString uri = u"%1/Reports/%2"_s.arg(base(call), report.id);
        list.append(QJsonObject{{u"Id"_s, report.id},
                                {u"Name"_s, report.name},
                                {u"Description"_s, report.description},
                                {u"ApiAccessible"_s, u"true"_s},
                                {u"Uri"_s, uri},
                                {u"MetaDataUri"_s, uri + u"/MetaData"_s}});
    }
    return PlatformReply::document({{u"Reports"_s, list}}, u"ImpactRadiusResponse"_s, call.json);
}

QHttpServerResponse AgencyResources::reportMetaData(const Call &call)
{
    const DemoReport *report = findReport(call.id);
    if (!report)
        return notFound(call.json);
    QJsonArray columns;
    for (const QString &column : report->columns)
        columns.append(QJsonObject{{u"Name"_s, column}});
    const QJsonArray filters{QJsonObject{{u"Name"_s, u"START_DATE"_s}, {u"Type"_s, u"DATE"_s}},
                             QJsonObject{{u"Name"_s, u"END_DATE"_s}, {u"Type"_s, u"DATE"_s}}};
    return PlatformReply::document(
        {{u"Id"_s, report->id}, {u"Name"_s, report->name}, {u"Filters"_s, filters}, {u"Columns"_s, columns}},
        u"MetaData"_s, call.json);
}

QHttpServerResponse AgencyResources::exportReport(const Call &call)
{
    if (!findReport(call.id))
        return notFound(call.json);
    const QString jobId = m_jobs.add(call.agencyId, call.id);
    return queued(u"%1/Jobs/%2"_s.arg(base(call), jobId), call.json, Status::Ok);
}

QHttpServerResponse AgencyResources::job(const Call &call, bool download) const
{
    const auto reportId = m_jobs.find(call.agencyId, call.id);
    const DemoReport *report = reportId ? findReport(*reportId) : nullptr;
    if (!report)
        return notFound(call.json);
    if (!download) {
        const QString uri = u"%1/Jobs/%2"_s.arg(base(call), call.id);
        return PlatformReply::document({{u"Id"_s, call.id},
                                        {u"Status"_s, u"COMPLETED"_s},
                                        {u"QueuedUri"_s, uri},
                                        {u"ResultUri"_s, uri + u"/Download"_s}},
                                       u"Job"_s, call.json);
    }
    // The results themselves, as the platform sends them: a CSV file.
    QString csv = report->columns.join(u',') + u'\n';
    for (const QStringList &row : report->rows)
        csv += row.join(u',') + u'\n';
    return QHttpServerResponse("text/csv"_ba, csv.toUtf8());
}

QHttpServerResponse AgencyResources::submitCompliance(const Call &call, const QHttpServerRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject())
        return PlatformReply::error(Status::BadRequest, u"Invalid request body: send a JSON object."_s, call.json);
    const QString id = m_submissions.add(call.agencyId, {});
    return queued(u"%1/Compliance/Content/ComplianceAPISubmissions/%2"_s.arg(base(call), id), call.json,
                  Status::Accepted);
}

QHttpServerResponse AgencyResources::submission(const Call &call, bool results) const
{
    if (!m_submissions.find(call.agencyId, call.id))
        return notFound(call.json);
    const QString uri = u"%1/Compliance/Content/ComplianceAPISubmissions/"_s.arg(base(call));
    if (!results)
        return PlatformReply::document({{u"Id"_s, call.id},
                                        {u"Status"_s, u"COMPLETED"_s},
                                        {u"ResponseUri"_s, uri + u"Response/"_s + call.id}},
                                       u"ComplianceAPISubmission"_s, call.json);
    const QJsonArray checks{QJsonObject{{u"Check"_s, u"Disclosure"_s}, {u"Outcome"_s, u"PASS"_s}},
                            QJsonObject{{u"Check"_s, u"Prohibited terms"_s}, {u"Outcome"_s, u"PASS"_s}}};
    return PlatformReply::document({{u"Id"_s, call.id}, {u"Results"_s, checks}}, u"ComplianceAPIResponse"_s,
                                   call.json);
}

} // namespace AgencyTokens::Server
