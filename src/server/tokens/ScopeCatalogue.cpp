// SPDX-License-Identifier: MIT
#include "ScopeCatalogue.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

const QString SidPlaceholder = u"{AccountSID}"_s;
const QString IdPlaceholder = u"{Id}"_s;

/// One segment of a path against one of a pattern; fills \a match's sid and id.
bool segmentMatches(const QString &pattern, const QString &segment, ScopeCatalogue::Match &match)
{
    static const QRegularExpression idFormat(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (pattern == SidPlaceholder) {
        match.accountSid = segment;
        return !segment.isEmpty();
    }
    if (pattern == IdPlaceholder) {
        match.id = segment;
        return idFormat.match(segment).hasMatch();
    }
    return pattern == segment;
}

} // namespace

const QStringList &ScopeCatalogue::categories()
{
    static const QStringList names{u"Account"_s, u"Advertisers"_s, u"Reports"_s, u"Jobs"_s, u"Compliance"_s};
    return names;
}

const QList<Scope> &ScopeCatalogue::all()
{
    static const QList<Scope> scopes{
        {u"account.companyInformation.read"_s, u"Account"_s, u"Retrieve company information"_s, "GET"_ba,
         u"/Agencies/{AccountSID}/CompanyInformation"_s},
        {u"account.companyInformation.update"_s, u"Account"_s, u"Update company information"_s, "PUT"_ba,
         u"/Agencies/{AccountSID}/CompanyInformation"_s},
        {u"advertisers.list"_s, u"Advertisers"_s, u"List advertisers"_s, "GET"_ba,
         u"/Agencies/{AccountSID}/Advertisers"_s},
        {u"advertisers.read"_s, u"Advertisers"_s, u"Retrieve an advertiser"_s, "GET"_ba,
         u"/Agencies/{AccountSID}/Advertisers/{Id}"_s},
        {u"reports.list"_s, u"Reports"_s, u"List reports"_s, "GET"_ba, u"/Agencies/{AccountSID}/Reports"_s},
        {u"reports.metadata"_s, u"Reports"_s, u"Retrieve report metadata"_s, "GET"_ba,
         u"/Agencies/{AccountSID}/Reports/{Id}/MetaData"_s},
        {u"reports.export"_s, u"Reports"_s, u"Export a report"_s, "GET"_ba,
         u"/Agencies/{AccountSID}/ReportExport/{Id}"_s},
        {u"jobs.status"_s, u"Jobs"_s, u"Retrieve a job's status"_s, "GET"_ba, u"/Agencies/{AccountSID}/Jobs/{Id}"_s},
        {u"jobs.download"_s, u"Jobs"_s, u"Download a job's results"_s, "GET"_ba,
         u"/Agencies/{AccountSID}/Jobs/{Id}/Download"_s},
        {u"compliance.submit"_s, u"Compliance"_s, u"Submit compliance content"_s, "POST"_ba,
         u"/Agencies/{AccountSID}/Compliance/Content"_s},
        {u"compliance.status"_s, u"Compliance"_s, u"Retrieve a compliance submission's status"_s, "GET"_ba,
         u"/Agencies/{AccountSID}/Compliance/Content/ComplianceAPISubmissions/{Id}"_s},
        {u"compliance.results"_s, u"Compliance"_s, u"Retrieve a compliance submission's results"_s, "GET"_ba,
         u"/Agencies/{AccountSID}/Compliance/Content/ComplianceAPISubmissions/Response/{Id}"_s},
    };
    return scopes;
}

bool ScopeCatalogue::isKnown(const QString &id)
{
    return std::any_of(all().begin(), all().end(), [&id](const Scope &scope) { return scope.id == id; });
}

QStringList ScopeCatalogue::normalised(const QStringList &ids)
{
    QStringList result;
    for (const Scope &scope : all()) {
        if (ids.contains(scope.id))
            result.append(scope.id);
    }
    return result;
}

ScopeCatalogue::Match ScopeCatalogue::match(const QByteArray &method, const QString &path)
{
    const QByteArray effective = method == "HEAD" ? "GET"_ba : method;
    const QStringList segments = path.split(u'/');
    Match result;
    for (const Scope &scope : all()) {
        const QStringList pattern = scope.path.split(u'/');
        if (pattern.size() != segments.size())
            continue;
        Match candidate;
        bool matches = true;
        for (qsizetype i = 0; i < pattern.size() && matches; ++i)
            matches = segmentMatches(pattern.at(i), segments.at(i), candidate);
        if (!matches)
            continue;
        result.pathKnown = true;
        result.accountSid = candidate.accountSid;
        result.id = candidate.id;
        result.allowed.append(scope.method);
        if (scope.method == effective)
            result.scope = &scope;
    }
    return result;
}

QStringList ScopeCatalogue::routePatterns()
{
    QStringList patterns;
    for (const Scope &scope : all()) {
        QString pattern = scope.path;
        pattern.replace(SidPlaceholder, u"<arg>"_s).replace(IdPlaceholder, u"<arg>"_s);
        if (!patterns.contains(pattern))
            patterns.append(pattern);
    }
    return patterns;
}

} // namespace AgencyTokens::Server
