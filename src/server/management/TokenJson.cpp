// SPDX-License-Identifier: MIT
#include "TokenJson.h"

#include "storage/Timestamp.h"
#include "tokens/ApiVersions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server::TokenJson {

QJsonObject token(const LegacyToken &token)
{
    return {{u"kind"_s, tokenKindToWire(token.kind)},
            {u"accountSid"_s, token.accountSid},
            {u"apiVersion"_s, token.apiVersion},
            {u"createdAt"_s, Timestamp::toJson(token.createdAt)},
            {u"lastResetAt"_s, Timestamp::toJson(token.lastResetAt)},
            {u"fingerprint"_s, token.fingerprint}};
}

QJsonObject state(bool enabled, bool canManage, const QList<LegacyToken> &tokens)
{
    QJsonArray versions;
    for (const int version : ApiVersions::Supported)
        versions.append(version);
    QJsonArray list;
    if (enabled) {
        for (const LegacyToken &item : tokens)
            list.append(token(item));
    }
    return {{u"legacyTokensEnabled"_s, enabled},
            {u"canManage"_s, canManage},
            {u"apiVersions"_s, versions},
            {u"tokens"_s, list}};
}

QJsonObject credential(const LegacyToken &token)
{
    return {{u"kind"_s, tokenKindToWire(token.kind)},
            {u"accountSid"_s, token.accountSid},
            {u"authToken"_s, token.authToken}};
}

QJsonObject resetResult(const LegacyToken &token)
{
    QJsonObject result = credential(token);
    result.insert(u"lastResetAt"_s, Timestamp::toJson(token.lastResetAt));
    result.insert(u"fingerprint"_s, token.fingerprint);
    return result;
}

} // namespace AgencyTokens::Server::TokenJson
