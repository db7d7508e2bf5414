// SPDX-License-Identifier: MIT
#include "ScopeCatalogue.h"

#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {

struct Entry
{
    const char *id;
    const char *category; ///< a source text of the "ScopeCatalogue" context
    const char *title;    ///< likewise
    const char *method;
    const char *path;
};

// The platform's Agency API v3 reference (docs/api.md, the scope catalogue).
constexpr std::array Catalogue{
    Entry{"account.companyInformation.read", QT_TRANSLATE_NOOP("ScopeCatalogue", "Account"),
          QT_TRANSLATE_NOOP("ScopeCatalogue", "Retrieve company information"), "GET",
          "/Agencies/{AccountSID}/CompanyInformation"},
    Entry{"account.companyInformation.update", QT_TRANSLATE_NOOP("ScopeCatalogue", "Account"),
          QT_TRANSLATE_NOOP("ScopeCatalogue", "Update company information"), "PUT",
          "/Agencies/{AccountSID}/CompanyInformation"},
    Entry{"advertisers.list", QT_TRANSLATE_NOOP("ScopeCatalogue", "Advertisers"),
          QT_TRANSLATE_NOOP("ScopeCatalogue", "List advertisers"), "GET", "/Agencies/{AccountSID}/Advertisers"},
    Entry{"advertisers.read", QT_TRANSLATE_NOOP("ScopeCatalogue", "Advertisers"),
          QT_TRANSLATE_NOOP("ScopeCatalogue", "Retrieve an advertiser"), "GET",
          "/Agencies/{AccountSID}/Advertisers/{Id}"},
    Entry{"reports.list", QT_TRANSLATE_NOOP("ScopeCatalogue", "Reports"),
          QT_TRANSLATE_NOOP("ScopeCatalogue", "List reports"), "GET", "/Agencies/{AccountSID}/Reports"},
    Entry{"reports.metadata", QT_TRANSLATE_NOOP("ScopeCatalogue", "Reports"),
          QT_TRANSLATE_NOOP("ScopeCatalogue", "Retrieve report metadata"), "GET",
          "/Agencies/{AccountSID}/Reports/{Id}/MetaData"},
    Entry{"reports.export", QT_TRANSLATE_NOOP("ScopeCatalogue", "Reports"),
          QT_TRANSLATE_NOOP("ScopeCatalogue", "Export a report"), "GET", "/Agencies/{AccountSID}/ReportExport/{Id}"},
    Entry{"jobs.status", QT_TRANSLATE_NOOP("ScopeCatalogue", "Jobs"),
          QT_TRANSLATE_NOOP("ScopeCatalogue", "Retrieve a job's status"), "GET", "/Agencies/{AccountSID}/Jobs/{Id}"},
    Entry{"jobs.download", QT_TRANSLATE_NOOP("ScopeCatalogue", "Jobs"),
          QT_TRANSLATE_NOOP("ScopeCatalogue", "Download a job's results"), "GET",
          "/Agencies/{AccountSID}/Jobs/{Id}/Download"},
    Entry{"compliance.submit", QT_TRANSLATE_NOOP("ScopeCatalogue", "Compliance"),
          QT_TRANSLATE_NOOP("ScopeCatalogue", "Submit compliance content"), "POST",
          "/Agencies/{AccountSID}/Compliance/Content"},
    Entry{"compliance.status", QT_TRANSLATE_NOOP("ScopeCatalogue", "Compliance"),
          QT_TRANSLATE_NOOP("ScopeCatalogue", "Retrieve a compliance submission's status"), "GET",
          "/Agencies/{AccountSID}/Compliance/Content/ComplianceAPISubmissions/{Id}"},
    Entry{"compliance.results", QT_TRANSLATE_NOOP("ScopeCatalogue", "Compliance"),
          QT_TRANSLATE_NOOP("ScopeCatalogue", "Retrieve a compliance submission's results"), "GET",
          "/Agencies/{AccountSID}/Compliance/Content/ComplianceAPISubmissions/Response/{Id}"},
};

struct Probe
{
    const char *scopeId;
    const char *path; ///< {Id} already chosen: "0", which no resource has
    const char *query;
};

// One cheap GET per category. Where the call needs an id, it is one that cannot
// exist: the platform checks scopes before it looks a resource up (so the
// answer is 403 or 404), and no advertiser's data, which on the real platform
// carries that advertiser's own credentials (RestAccountURL), reaches the probe.
constexpr std::array Probes{
    Probe{"account.companyInformation.read", "/Agencies/{AccountSID}/CompanyInformation", ""},
    Probe{"advertisers.read", "/Agencies/{AccountSID}/Advertisers/0", ""},
    Probe{"reports.list", "/Agencies/{AccountSID}/Reports", "PageSize=1"},
    Probe{"jobs.status", "/Agencies/{AccountSID}/Jobs/0", ""},
    Probe{"compliance.status", "/Agencies/{AccountSID}/Compliance/Content/ComplianceAPISubmissions/0", ""},
};

QString translated(const char *source)
{
    return QCoreApplication::translate("ScopeCatalogue", source);
}

const Entry *entryFor(const char *id)
{
    for (const Entry &entry : Catalogue) {
        if (qstrcmp(entry.id, id) == 0)
            return &entry;
    }
    return nullptr;
}

} // namespace

QString ScopeCatalogue::ProbeCall::pathFor(const AccountSid &sid) const
{
    QString path = pathTemplate;
    return path.replace(u"{AccountSID}"_s, QString::fromLatin1(QUrl::toPercentEncoding(sid.toString())));
}

QList<ScopeInfo> ScopeCatalogue::known()
{
    QList<ScopeInfo> scopes;
    scopes.reserve(qsizetype(Catalogue.size()));
    for (const Entry &entry : Catalogue) {
        scopes.append({QString::fromLatin1(entry.id), translated(entry.category), translated(entry.title),
                       QByteArray(entry.method), QString::fromLatin1(entry.path)});
    }
    return scopes;
}

QStringList ScopeCatalogue::categoryKeys()
{
    QStringList keys;
    for (const Entry &entry : Catalogue) {
        const QString key = QString::fromLatin1(entry.category);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QStringList ScopeCatalogue::categories()
{
    QStringList names;
    for (const Entry &entry : Catalogue) {
        const QString name = translated(entry.category);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QList<ScopeCatalogue::ProbeCall> ScopeCatalogue::probeCalls()
{
    QList<ProbeCall> calls;
    calls.reserve(qsizetype(Probes.size()));
    for (const Probe &probe : Probes) {
        const Entry *entry = entryFor(probe.scopeId);
        Q_ASSERT(entry);
        if (!entry)
            continue;
        calls.append({QString::fromLatin1(probe.scopeId), translated(entry->category), translated(entry->title),
                      QString::fromLatin1(probe.path), QString::fromLatin1(probe.query)});
    }
    return calls;
}

} // namespace AgencyTokens
