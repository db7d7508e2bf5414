// SPDX-License-Identifier: MIT
#include "ScopeProbe.h"

#include "PlatformApi.h"
#include "logging/Logging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

void ScopeProbe::start(RestClient *client, const QUrl &base, const Credential &credential, QObject *context,
                       Done done)
{
    auto probe = std::make_shared<ScopeProbe>(client, base, credential, context, std::move(done));
    if (probe->m_calls.isEmpty()) {
        if (context)
            QTimer::singleShot(0, context, [probe] { probe->finish(); });
        return;
    }
    probe->next();
}

ProbeRow::Reach ScopeProbe::reachOf(int status)
{
    // The platform checks a token's scopes before it looks the resource up, so
    // a 404 (the probe asks for ids that cannot exist) means the call was let in.
    if ((status >= 200 && status < 300) || status == 404)
        return ProbeRow::Reach::Allowed;
    if (status == 403)
        return ProbeRow::Reach::Denied;
    return ProbeRow::Reach::Unknown;
}

ScopeProbe::ScopeProbe(RestClient *client, const QUrl &base, const Credential &credential, QObject *context,
                       Done done)
    : m_client(client)
    , m_base(base)
    , m_sid(credential.accountSid)
    , m_authorization(credential.basicAuthorizationHeader())
    , m_context(context)
    , m_done(std::move(done))
    , m_calls(ScopeCatalogue::probeCalls())
{
    Q_ASSERT(m_calls.size() <= MaxRequests);
    if (m_calls.size() > MaxRequests)
        m_calls.resize(MaxRequests);
    for (const ScopeCatalogue::ProbeCall &call : std::as_const(m_calls)) {
        ProbeRow row;
        row.category = call.category;
        row.scopeTitle = call.scopeTitle;
        row.scopeId = call.scopeId;
        row.method = "GET";
        row.path = call.pathFor(m_sid) + (call.query.isEmpty() ? QString() : u'?' + call.query);
        m_result.rows.append(row);
    }
}

void ScopeProbe::next()
{
    const ScopeCatalogue::ProbeCall &call = m_calls.at(m_index);
    RestClient::Request request;
    request.path = call.pathFor(m_sid);
    request.query = call.query;
    request.authorization = m_authorization;
    // Said here as well as by RestClient: the platform answers XML without it.
    request.headers.append(std::pair<QByteArray, QByteArray>("Accept", "application/json"));
    request.statusOnly = true;
    request.followRedirects = false; // one row, one request
    ++m_result.requestsSent;
    m_client->send(m_base, request, m_context,
                   [self = shared_from_this()](const RestClient::Response &response) { self->read(response); });
}

void ScopeProbe::read(const RestClient::Response &response)
{
    using Kind = HttpError::Kind;
    ProbeRow &row = m_result.rows[m_index];
    const int status = response.status;
    row.status = status;
    if (status != 0)
        m_result.budget = PlatformApi::budgetOf(response.rateLimit);
    if (response.error.kind == Kind::InsecureAddress || response.error.kind == Kind::InvalidAddress) {
        // Refused before anything was sent: no row can be asked at this address.
        --m_result.requestsSent;
        skipFrom(m_index, response.error.message);
        finish(response.error);
        return;
    }
    if (status == 401 || status == 429) {
        m_result.answer = status == 401 ? CheckAnswer::Refused : CheckAnswer::RateLimited;
        row.detail = response.error.message; // says how long to wait, where the platform said
        skipFrom(m_index + 1, status == 401
                                  ? tr("Not asked: the platform refused this Account SID and Auth Token.")
                                  : tr("Not asked: the platform's request limit is used up."));
        finish();
        return;
    }
    // A web page's 403 or 404 is not the platform's word on the token (a
    // proxy's, a firewall's, a wrong address's): it says neither yes nor no.
    row.reach = response.webPage && (status == 403 || status == 404) ? ProbeRow::Reach::Unknown : reachOf(status);
    if (row.reach == ProbeRow::Reach::Unknown) {
        row.detail = response.error.ok() ? tr("The platform's answer (HTTP %1) says neither yes nor no.").arg(status)
                                         : response.error.message;
    }
    if (++m_index < m_calls.size())
        next();
    else
        finish();
}

void ScopeProbe::skipFrom(qsizetype from, const QString &why)
{
    for (qsizetype i = from; i < m_result.rows.size(); ++i) {
        m_result.rows[i].reach = ProbeRow::Reach::Unknown;
        m_result.rows[i].detail = why;
    }
}

void ScopeProbe::finish(const HttpError &error)
{
    qCDebug(lcNetwork) << "probe:" << m_result.requestsSent << "requests, answer" << int(m_result.answer);
    if (Done done = std::exchange(m_done, {}))
        done(error, m_result);
}

} // namespace AgencyTokens
