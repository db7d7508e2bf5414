// SPDX-License-Identifier: MIT
#include "PlatformApi.h"

#include "JsonReader.h"
#include "PlatformDecoding.h"

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

} // namespace

PlatformApi::PlatformApi(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
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
    auto decode = decodeWith<VerifyResult>(PlatformDecoding::verifyResult,
                                           Done<VerifyResult>([done, version](const HttpError &e, VerifyResult r) {
                                               r.versionTried = version;
                                               done(e, r);
                                           }));
    m_client->send(apiBase(), request, context, [decode, done, version](const RestClient::Response &response) {
        // A 401 is the answer to "does this token pass?", not a failure to ask.
        if (response.error.kind == HttpError::Kind::Server && response.status == 401) {
            VerifyResult refused;
            refused.versionTried = version;
            done({}, refused);
            return;
        }
        decode(response);
    });
}

} // namespace AgencyTokens
