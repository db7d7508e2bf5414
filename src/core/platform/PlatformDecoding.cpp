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
    return done(reader, problem);
}

} // namespace AgencyTokens::PlatformDecoding
