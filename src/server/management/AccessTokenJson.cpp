// SPDX-License-Identifier: MIT
#include "AccessTokenJson.h"

#include "storage/Timestamp.h"
#include "tokens/ScopeCatalogue.h"

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server::AccessTokenJson {

QJsonObject token(const AccessToken &token)
{
    const AccessTokenFields &fields = token.fields;
    // The platform knows a scoped token by its Account SID: id and accountSid agree.
    return {{u"id"_s, token.accountSid},
            {u"accountSid"_s, token.accountSid},
            {u"name"_s, fields.name},
            {u"description"_s, fields.description},
            {u"apiVersion"_s, fields.apiVersion},
            {u"primaryContact"_s, fields.primaryContact},
            {u"developerEmails"_s, QJsonArray::fromStringList(fields.developerEmails)},
            {u"scopes"_s, QJsonArray::fromStringList(fields.scopes)},
            {u"createdAt"_s, Timestamp::toJson(token.createdAt)},
            {u"lastResetAt"_s, Timestamp::toJson(token.lastResetAt)},
            {u"fingerprint"_s, token.fingerprint}};
}

QJsonArray list(const QList<AccessToken> &tokens)
{
    QJsonArray array;
    for (const AccessToken &item : tokens)
        array.append(token(item));
    return array;
}

QJsonObject issued(const AccessToken &accessToken)
{
    QJsonObject object = token(accessToken);
    object.insert(u"authToken"_s, accessToken.authToken);
    return object;
}

QJsonObject catalogue()
{
    QJsonArray scopes;
    for (const Scope &scope : ScopeCatalogue::all())
        scopes.append(QJsonObject{{u"id"_s, scope.id},
                                  {u"category"_s, scope.category},
                                  {u"title"_s, scope.title},
                                  {u"method"_s, QString::fromLatin1(scope.method)},
                                  {u"path"_s, scope.path}});
    return {{u"scopes"_s, scopes}};
}

} // namespace AgencyTokens::Server::AccessTokenJson
