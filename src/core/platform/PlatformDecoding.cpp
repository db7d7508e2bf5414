// SPDX-License-Identifier: MIT
#include "PlatformDecoding.h"

#include "JsonReader.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::PlatformDecoding {

namespace {
bool done(const JsonReader &reader, QString &problem)
{
    problem = reader.problem();
    return reader.ok();
}

TokenKind readKind(JsonReader &reader)
{
    const auto kind = tokenKindFromWire(reader.string(u"kind"_s));
    if (!kind)
        reader.fail(u"unknown token kind"_s);
    return kind.value_or(TokenKind::ReadWrite);
}

AccountSid readSid(JsonReader &reader)
{
    const auto sid = AccountSid::parse(reader.string(u"accountSid"_s));
    if (!sid)
        reader.fail(u"the Account SID is not in the expected format"_s);
    return sid.value_or(AccountSid());
}

/// A list of strings, each made fit to show on one line.
QStringList readLines(JsonReader &reader, const QString &name)
{
    QStringList lines;
    for (const QJsonValue &v : reader.array(name)) {
        if (!v.isString()) {
            reader.fail(u"%1 holds something that is not a text"_s.arg(name));
            return {};
        }
        lines.append(JsonReader::plainLine(v.toString()));
    }
    return lines;
}

/// Each entry of the array `name` through `decode`, strictly: the first bad one fails the whole.
template<typename T, typename Decoder>
QList<T> readEach(JsonReader &reader, const QString &name, Decoder decode)
{
    QList<T> out;
    for (const QJsonValue &v : reader.array(name)) {
        T item{};
        QString problem;
        if (!v.isObject() || !decode(v.toObject(), item, problem)) {
            reader.fail(problem.isEmpty() ? u"%1 holds something that is not an object"_s.arg(name) : problem);
            return {};
        }
        out.append(item);
    }
    return out;
}

bool scopeInfo(const QJsonObject &json, ScopeInfo &out, QString &problem)
{
    static const QList<QByteArray> methods{"GET", "POST", "PUT", "PATCH", "DELETE"};
    JsonReader reader(json, u"scope"_s);
    out.id = reader.string(u"id"_s);
    out.category = JsonReader::plainLine(reader.string(u"category"_s));
    out.title = JsonReader::plainLine(reader.string(u"title"_s));
    out.method = reader.string(u"method"_s).toLatin1();
    out.path = reader.string(u"path"_s);
    if (reader.ok() && (out.id.isEmpty() || out.id != JsonReader::plainLine(out.id)))
        reader.fail(u"the id is empty or not plain text"_s);
    if (reader.ok() && (out.category.isEmpty() || out.title.isEmpty()))
        reader.fail(u"the category or title is empty"_s);
    if (reader.ok() && !methods.contains(out.method))
        reader.fail(u"the method is not an HTTP method"_s);
    if (reader.ok() && (!out.path.startsWith(u'/') || out.path != JsonReader::plainLine(out.path)))
        reader.fail(u"the path is not a path"_s);
    return done(reader, problem);
}
} // namespace

bool session(const QJsonObject &json, SessionInfo &out, QString &problem)
{
    JsonReader reader(json, u"session"_s);
    out.token = Secret::fromClearValue(reader.string(u"token"_s));
    if (reader.ok() && out.token.isEmpty())
        reader.fail(u"empty session token"_s);
    out.expiresAt = reader.dateTime(u"expiresAt"_s);
    JsonReader user(reader.object(u"user"_s), u"user"_s);
    out.username = user.string(u"username"_s);
    out.displayName = user.string(u"displayName"_s);
    out.role = user.string(u"role"_s);
    JsonReader agency(reader.object(u"agency"_s), u"agency"_s);
    out.agencyName = agency.string(u"name"_s);
    if (reader.ok() && !user.ok())
        reader.fail(user.problem());
    if (reader.ok() && !agency.ok())
        reader.fail(agency.problem());
    return done(reader, problem);
}

bool tokenInfo(const QJsonObject &json, TokenInfo &out, QString &problem)
{
    JsonReader reader(json, u"token"_s);
    out.kind = readKind(reader);
    out.accountSid = readSid(reader);
    out.apiVersion = reader.integer(u"apiVersion"_s);
    out.createdAt = reader.dateTime(u"createdAt"_s);
    out.lastResetAt = reader.dateTime(u"lastResetAt"_s, true);
    // Optional: a server (or a saved state) without it only costs a fetch.
    out.fingerprint = json.value(u"fingerprint"_s).toString();
    return done(reader, problem);
}

bool servicesState(const QJsonObject &json, ServicesState &out, QString &problem)
{
    JsonReader reader(json);
    out = {};
    out.legacyTokensEnabled = reader.boolean(u"legacyTokensEnabled"_s);
    // Older servers may not say; then the role decides on the server side anyway.
    out.canManage = json.contains(u"canManage"_s) ? reader.boolean(u"canManage"_s) : true;
    for (const QJsonValue &v : reader.array(u"apiVersions"_s)) {
        if (!v.isDouble()) {
            reader.fail(u"apiVersions holds something that is not a number"_s);
            break;
        }
        out.apiVersions.append(v.toInt());
    }
    for (const QJsonValue &v : reader.array(u"tokens"_s)) {
        TokenInfo info;
        QString tokenProblem;
        if (!v.isObject() || !tokenInfo(v.toObject(), info, tokenProblem)) {
            reader.fail(tokenProblem.isEmpty() ? u"tokens holds something that is not a token"_s : tokenProblem);
            break;
        }
        out.tokens.append(info);
    }
    // A server that offers scoped tokens says so by sending the key, even empty.
    out.accessTokensOffered = json.contains(u"accessTokens"_s);
    if (out.accessTokensOffered)
        out.accessTokens = readEach<TokenInfo>(reader, u"accessTokens"_s, accessToken);
    return done(reader, problem);
}

bool credential(const QJsonObject &json, Credential &out, QString &problem)
{
    JsonReader reader(json, u"credential"_s);
    out.kind = readKind(reader);
    out.accountSid = readSid(reader);
    const auto token = AuthToken::parse(reader.string(u"authToken"_s));
    if (!token)
        reader.fail(u"the Auth Token is not in the expected format"_s);
    out.authToken = token.value_or(AuthToken());
    return done(reader, problem);
}

bool credentials(const QJsonObject &json, QList<Credential> &out, QString &problem)
{
    JsonReader reader(json);
    out.clear();
    for (const QJsonValue &v : reader.array(u"tokens"_s)) {
        Credential c;
        if (!v.isObject() || !credential(v.toObject(), c, problem)) {
            reader.fail(problem.isEmpty() ? u"tokens holds something that is not a credential"_s : problem);
            break;
        }
        out.append(c);
    }
    return done(reader, problem);
}

bool verifyResult(const QJsonObject &json, VerifyResult &out, QString &problem)
{
    // CompanyName is required; everything else is optional and unknown
    // fields are ignored, as the platform documents a large, growing set.
    JsonReader reader(json, u"CompanyInformation"_s);
    out.authorized = true;
    out.companyName = JsonReader::plainLine(reader.string(u"CompanyName"_s));
    if (reader.ok() && out.companyName.isEmpty())
        reader.fail(u"CompanyName is empty"_s);
    const auto optionalText = [&json](const QString &name) {
        const QJsonValue value = json.value(name);
        return value.isString() ? JsonReader::plainLine(value.toString()).left(200) : QString();
    };
    out.website = optionalText(u"Website"_s);
    out.timezone = optionalText(u"Timezone"_s);
    out.currency = optionalText(u"Currency"_s);
    out.answer = CheckAnswer::Passed;
    return done(reader, problem);
}

bool accessToken(const QJsonObject &json, TokenInfo &out, QString &problem)
{
    JsonReader reader(json, u"access token"_s);
    out = {};
    out.kind = TokenKind::Scoped;
    const QString id = reader.string(u"id"_s);
    out.accountSid = readSid(reader);
    if (reader.ok() && id != out.accountSid.toString())
        reader.fail(u"the id is not the token's Account SID"_s);
    out.name = JsonReader::plainLine(reader.string(u"name"_s));
    if (reader.ok() && out.name.isEmpty())
        reader.fail(u"the name is empty"_s);
    out.description = JsonReader::plainLine(reader.string(u"description"_s));
    out.apiVersion = reader.integer(u"apiVersion"_s);
    out.primaryContact = JsonReader::plainLine(reader.string(u"primaryContact"_s));
    out.developerEmails = readLines(reader, u"developerEmails"_s);
    out.scopes = readLines(reader, u"scopes"_s);
    out.createdAt = reader.dateTime(u"createdAt"_s);
    out.lastResetAt = reader.dateTime(u"lastResetAt"_s, true);
    out.fingerprint = json.value(u"fingerprint"_s).toString();
    return done(reader, problem);
}

bool accessTokens(const QJsonObject &json, QList<TokenInfo> &out, QString &problem)
{
    JsonReader reader(json);
    out = readEach<TokenInfo>(reader, u"accessTokens"_s, accessToken);
    return done(reader, problem);
}

bool issuedAccessToken(const QJsonObject &json, IssuedAccessToken &out, QString &problem)
{
    out = {};
    if (!accessToken(json, out.info, problem))
        return false;
    JsonReader reader(json, u"access token"_s);
    const auto token = AuthToken::parse(reader.string(u"authToken"_s));
    if (reader.ok() && !token)
        reader.fail(u"the Auth Token is not in the expected format"_s);
    out.credential.kind = TokenKind::Scoped;
    out.credential.accountSid = out.info.accountSid;
    out.credential.authToken = token.value_or(AuthToken());
    return done(reader, problem);
}

bool scopeCatalogue(const QJsonObject &json, QList<ScopeInfo> &out, QString &problem)
{
    JsonReader reader(json);
    out = readEach<ScopeInfo>(reader, u"scopes"_s, scopeInfo);
    return done(reader, problem);
}

} // namespace AgencyTokens::PlatformDecoding
