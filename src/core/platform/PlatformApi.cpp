// SPDX-License-Identifier: MIT
#include "PlatformApi.h"

#include "JsonReader.h"
#include "PlatformDecoding.h"
#include "ScopeProbe.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AgencyTokens {

namespace {

/// Runs a decoder over a successful answer; a decoding problem becomes BadResponse.
template<typename T, typename Decoder>
RestClient::Done decodeWith(Decoder decoder, PlatformApi::Done<T> done)
{
    return [decoder, done](const RestClient::Response &response) {
        T value{};
        if (!response.error.ok()) {
            done(response.error, value);
            return;
        }
        QString problem;
        if (!decoder(response.body, value, problem)) {
            done(HttpError::make(HttpError::Kind::BadResponse, problem), T{});
            return;
        }
        done({}, value);
    };
}

QString kindPath(TokenKind kind)
{
    return u"/api/v1/legacy-tokens/"_s + tokenKindToWire(kind);
}

QString accessTokenPath(const AccountSid &id)
{
    return u"/api/v1/access-tokens/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id.toString()));
}

const TokenInfo &infoOf(const TokenInfo &token) { return token; }
const TokenInfo &infoOf(const IssuedAccessToken &token) { return token.info; }

/// `decoder`, and the answer must be about the scoped token asked for.
template<typename T>
auto aboutToken(const AccountSid &id, bool (*decoder)(const QJsonObject &, T &, QString &))
{
    return [id, decoder](const QJsonObject &json, T &out, QString &problem) {
        if (!decoder(json, out, problem))
            return false;
        if (infoOf(out).accountSid == id)
            return true;
        problem = u"the platform answered about another access token than asked"_s;
        return false;
    };
}

/// The spec's body of Create Access Token; apiVersion left out for "the newest".
QJsonObject draftBody(const AccessTokenDraft &draft)
{
    QJsonObject body{{u"name"_s, draft.name},
                     {u"description"_s, draft.description},
                     {u"primaryContact"_s, draft.primaryContact},
                     {u"developerEmails"_s, QJsonArray::fromStringList(draft.developerEmails)},
                     {u"scopes"_s, QJsonArray::fromStringList(draft.scopes)}};
    if (draft.apiVersion > 0)
        body.insert(u"apiVersion"_s, draft.apiVersion);
    return body;
}

/// Only the fields the change sets.
QJsonObject changeBody(const AccessTokenChange &change)
{
    QJsonObject body;
    if (change.name)
        body.insert(u"name"_s, *change.name);
    if (change.description)
        body.insert(u"description"_s, *change.description);
    if (change.apiVersion)
        body.insert(u"apiVersion"_s, *change.apiVersion);
    if (change.primaryContact)
        body.insert(u"primaryContact"_s, *change.primaryContact);
    if (change.developerEmails)
        body.insert(u"developerEmails"_s, QJsonArray::fromStringList(*change.developerEmails));
    if (change.scopes)
        body.insert(u"scopes"_s, QJsonArray::fromStringList(*change.scopes));
    return body;
}

} // namespace

PlatformApi::PlatformApi(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

RequestBudget PlatformApi::budgetOf(const RestClient::RateLimit &limit)
{
    return {limit.limit, limit.remaining, limit.resetSeconds};
}

QString PlatformApi::companyInformationPath(const AccountSid &sid)
{
    return u"/Agencies/"_s + QString::fromLatin1(QUrl::toPercentEncoding(sid.toString())) + u"/CompanyInformation"_s;
}

void PlatformApi::call(const QByteArray &method, const QString &path, std::optional<QJsonObject> body,
                       QObject *context, RestClient::Done done)
{
    RestClient::Request request;
    request.method = method;
    request.path = path;
    request.body = std::move(body);
    if (!m_session.isEmpty())
        request.authorization = "Bearer " + m_session.revealClearValue().toUtf8();
    m_client->send(m_server, request, context, std::move(done));
}

void PlatformApi::signIn(const QString &username, const QString &password, QObject *context, Done<SessionInfo> done)
{
    RestClient::Request request;
    request.method = "POST";
    request.path = u"/api/v1/session"_s;
    request.body = QJsonObject{{u"username"_s, username}, {u"password"_s, password}};
    m_client->send(m_server, request, context, decodeWith<SessionInfo>(PlatformDecoding::session, done));
}

void PlatformApi::signOut(QObject *context, Done<bool> done)
{
    call("DELETE", u"/api/v1/session"_s, std::nullopt, context, [done](const RestClient::Response &response) {
        done(response.error, response.error.ok());
    });
}

void PlatformApi::loadState(QObject *context, Done<ServicesState> done)
{
    call("GET", u"/api/v1/platform-rest-web-services"_s, std::nullopt, context,
         decodeWith<ServicesState>(PlatformDecoding::servicesState, done));
}

void PlatformApi::enable(QObject *context, Done<ServicesState> done)
{
    call("POST", u"/api/v1/legacy-tokens/enable"_s, QJsonObject{}, context,
         decodeWith<ServicesState>(PlatformDecoding::servicesState, done));
}

void PlatformApi::fetchCredentials(QObject *context, Done<QList<Credential>> done)
{
    call("GET", u"/api/v1/legacy-tokens/credentials"_s, std::nullopt, context,
         decodeWith<QList<Credential>>(PlatformDecoding::credentials, done));
}

void PlatformApi::reset(TokenKind kind, QObject *context, Done<ResetResult> done)
{
    const auto decoder = [kind](const QJsonObject &json, ResetResult &out, QString &problem) {
        if (!PlatformDecoding::credential(json, out.credential, problem))
            return false;
        JsonReader reader(json);
        out.lastResetAt = reader.dateTime(u"lastResetAt"_s);
        out.fingerprint = json.value(u"fingerprint"_s).toString();
        if (reader.ok() && out.credential.kind != kind)
            reader.fail(u"the platform reset another token than asked"_s);
        problem = reader.problem();
        return reader.ok();
    };
    call("POST", kindPath(kind) + u"/reset"_s, QJsonObject{}, context,
         decodeWith<ResetResult>(decoder, done));
}

void PlatformApi::setApiVersion(TokenKind kind, int version, QObject *context, Done<TokenInfo> done)
{
    call("PUT", kindPath(kind) + u"/api-version"_s, QJsonObject{{u"apiVersion"_s, version}}, context,
         decodeWith<TokenInfo>(PlatformDecoding::tokenInfo, done));
}

void PlatformApi::verify(const Credential &credential, std::optional<int> version, QObject *context,
                         Done<VerifyResult> done)
{
    RestClient::Request request;
    request.path = companyInformationPath(credential.accountSid);
    request.authorization = credential.basicAuthorizationHeader();
    if (version)
        request.headers.append({"IR-Version", QByteArray::number(*version)});
    m_client->send(apiBase(), request, context, [done, version](const RestClient::Response &response) {
        VerifyResult result;
        result.versionTried = version;
        result.budget = budgetOf(response.rateLimit);
        HttpError error = response.error;
        // 401 and 403 answer "does this token pass?": they are not failures to ask.
        // A 403 web page (a proxy's, a firewall's) is not the platform's word on
        // the credentials: it stays an error.
        if (response.status == 401 && error.kind == HttpError::Kind::Server) {
            error = {};
            result.answer = CheckAnswer::Refused;
        } else if (response.status == 403 && error.kind == HttpError::Kind::Server && !response.webPage) {
            error = {};
            result.answer = CheckAnswer::NotPermitted;
            result.authorized = true;
        } else if (response.status == 429) {
            result.answer = CheckAnswer::RateLimited; // and the error says how long to wait
        } else if (error.ok()) {
            QString problem;
            if (!PlatformDecoding::verifyResult(response.body, result, problem)) {
                error = HttpError::make(HttpError::Kind::BadResponse, problem);
                result = {};
                result.versionTried = version;
                result.budget = budgetOf(response.rateLimit);
            }
        }
        done(error, result);
    });
}

void PlatformApi::probe(const Credential &credential, QObject *context, Done<ProbeResult> done)
{
    ScopeProbe::start(m_client, apiBase(), credential, context, std::move(done));
}

void PlatformApi::scopeCatalogue(QObject *context, Done<QList<ScopeInfo>> done)
{
    call("GET", u"/api/v1/access-tokens/scopes"_s, std::nullopt, context,
         decodeWith<QList<ScopeInfo>>(PlatformDecoding::scopeCatalogue, done));
}

void PlatformApi::accessTokens(QObject *context, Done<QList<TokenInfo>> done)
{
    call("GET", u"/api/v1/access-tokens"_s, std::nullopt, context,
         decodeWith<QList<TokenInfo>>(PlatformDecoding::accessTokens, done));
}

void PlatformApi::createAccessToken(const AccessTokenDraft &draft, QObject *context, Done<IssuedAccessToken> done)
{
    call("POST", u"/api/v1/access-tokens"_s, draftBody(draft), context,
         decodeWith<IssuedAccessToken>(PlatformDecoding::issuedAccessToken, done));
}

void PlatformApi::updateAccessToken(const AccountSid &id, const AccessTokenChange &change, QObject *context,
                                    Done<TokenInfo> done)
{
    call("PATCH", accessTokenPath(id), changeBody(change), context,
         decodeWith<TokenInfo>(aboutToken(id, PlatformDecoding::accessToken), done));
}

void PlatformApi::resetAccessToken(const AccountSid &id, QObject *context, Done<IssuedAccessToken> done)
{
    call("POST", accessTokenPath(id) + u"/reset"_s, QJsonObject{}, context,
         decodeWith<IssuedAccessToken>(aboutToken(id, PlatformDecoding::issuedAccessToken), done));
}

void PlatformApi::deleteAccessToken(const AccountSid &id, QObject *context, Done<bool> done)
{
    call("DELETE", accessTokenPath(id), std::nullopt, context, [done](const RestClient::Response &response) {
        done(response.error, response.error.ok());
    });
}

} // namespace AgencyTokens
