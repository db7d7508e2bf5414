// SPDX-License-Identifier: MIT
#include "AccessTokenStore.h"

#include "ServerLogging.h"
#include "TokenCipher.h"
#include "TokenGenerator.h"
#include "storage/Database.h"
#include "storage/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

QString toJsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QString &text)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(value.toString());
    return list;
}

} // namespace

AccessTokenStore::AccessTokenStore(Database &database, const TokenCipher &cipher)
    : m_database(database)
    , m_cipher(cipher)
{
}

QList<AccessToken> AccessTokenStore::select(const QString &where, const QVariantList &values) const
{
    // where is a literal from this file; values are bound, never spliced.
    QSqlQuery query = m_database.prepare(
        u"SELECT agency_id, account_sid, name, description, api_version, primary_contact, developer_emails,"
        " scopes, auth_token, created_at, last_reset_at FROM access_tokens WHERE %1 ORDER BY id"_s.arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<AccessToken> tokens;
    if (!Database::exec(query))
        return tokens;
    while (query.next()) {
        AccessToken token;
        token.agencyId = query.value(0).toLongLong();
        token.accountSid = query.value(1).toString();
        const auto authToken = m_cipher.decrypt(query.value(8).toString(), token.accountSid);
        if (!authToken) {
            // A row we cannot open is as good as missing; the SID is no secret.
            qCWarning(lcServerStore) << "Cannot decrypt the Auth Token of" << token.accountSid;
            continue;
        }
        token.fields = {query.value(2).toString(),
                        query.value(3).toString(),
                        query.value(4).toInt(),
                        query.value(5).toString(),
                        fromJsonList(query.value(6).toString()),
                        fromJsonList(query.value(7).toString())};
        token.authToken = *authToken;
        token.fingerprint = m_cipher.fingerprint(token.authToken, token.accountSid);
        token.createdAt = Timestamp::fromIso(query.value(9).toString());
        token.lastResetAt = Timestamp::fromIso(query.value(10).toString());
        tokens.append(token);
    }
    return tokens;
}

QList<AccessToken> AccessTokenStore::tokens(qint64 agencyId) const
{
    return select(u"agency_id = ?"_s, {agencyId});
}

std::optional<AccessToken> AccessTokenStore::token(qint64 agencyId, const QString &accountSid) const
{
    const QList<AccessToken> found = select(u"agency_id = ? AND account_sid = ?"_s, {agencyId, accountSid});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

std::optional<AccessToken> AccessTokenStore::findByAccountSid(const QString &accountSid) const
{
    const QList<AccessToken> found = select(u"account_sid = ?"_s, {accountSid});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

int AccessTokenStore::count(qint64 agencyId) const
{
    QSqlQuery query = m_database.prepare(u"SELECT COUNT(*) FROM access_tokens WHERE agency_id = ?"_s);
    query.addBindValue(agencyId);
    return Database::exec(query) && query.next() ? query.value(0).toInt() : 0;
}

bool AccessTokenStore::nameTaken(qint64 agencyId, const QString &name, const QString &exceptSid) const
{
    QSqlQuery query = m_database.prepare(
        u"SELECT 1 FROM access_tokens WHERE agency_id = ? AND name = ? AND account_sid IS NOT ?"_s);
    query.addBindValue(agencyId);
    query.addBindValue(name);
    query.addBindValue(exceptSid);
    return Database::exec(query) && query.next();
}

std::optional<AccessToken> AccessTokenStore::create(qint64 agencyId, const AccessTokenFields &fields)
{
    // An empty description may come as a null QString, which binds as NULL: COALESCE below.
    const QString accountSid = TokenGenerator::accountSid();
    const QString sealed = m_cipher.encrypt(TokenGenerator::authToken(), accountSid);
    if (sealed.isEmpty())
        return std::nullopt;
    QSqlQuery insert = m_database.prepare(
        u"INSERT INTO access_tokens (agency_id, account_sid, name, description, api_version, primary_contact,"
        " developer_emails, scopes, auth_token, created_at) VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(agencyId);
    insert.addBindValue(accountSid);
    insert.addBindValue(fields.name);
    insert.addBindValue(fields.description);
    insert.addBindValue(fields.apiVersion);
    insert.addBindValue(fields.primaryContact);
    insert.addBindValue(toJsonList(fields.developerEmails));
    insert.addBindValue(toJsonList(fields.scopes));
    insert.addBindValue(sealed);
    insert.addBindValue(Timestamp::toIso(Timestamp::now()));
    if (!Database::exec(insert))
        return std::nullopt;
    return token(agencyId, accountSid);
}

bool AccessTokenStore::update(const AccessToken &token)
{
    QSqlQuery query = m_database.prepare(
        u"UPDATE access_tokens SET name = ?, description = COALESCE(?, ''), api_version = ?, primary_contact = ?,"
        " developer_emails = ?, scopes = ? WHERE agency_id = ? AND account_sid = ?"_s);
    query.addBindValue(token.fields.name);
    query.addBindValue(token.fields.description);
    query.addBindValue(token.fields.apiVersion);
    query.addBindValue(token.fields.primaryContact);
    query.addBindValue(toJsonList(token.fields.developerEmails));
    query.addBindValue(toJsonList(token.fields.scopes));
    query.addBindValue(token.agencyId);
    query.addBindValue(token.accountSid);
    return Database::exec(query) && query.numRowsAffected() == 1;
}

std::optional<AccessToken> AccessTokenStore::reset(qint64 agencyId, const QString &accountSid)
{
    const QString sealed = m_cipher.encrypt(TokenGenerator::authToken(), accountSid);
    if (sealed.isEmpty())
        return std::nullopt;
    QSqlQuery query = m_database.prepare(
        u"UPDATE access_tokens SET auth_token = ?, last_reset_at = ? WHERE agency_id = ? AND account_sid = ?"_s);
    query.addBindValue(sealed);
    query.addBindValue(Timestamp::toIso(Timestamp::now()));
    query.addBindValue(agencyId);
    query.addBindValue(accountSid);
    if (!Database::exec(query) || query.numRowsAffected() != 1)
        return std::nullopt;
    return token(agencyId, accountSid);
}

bool AccessTokenStore::remove(qint64 agencyId, const QString &accountSid)
{
    QSqlQuery query = m_database.prepare(u"DELETE FROM access_tokens WHERE agency_id = ? AND account_sid = ?"_s);
    query.addBindValue(agencyId);
    query.addBindValue(accountSid);
    return Database::exec(query) && query.numRowsAffected() == 1;
}

bool AccessTokenStore::hasTokens() const
{
    QSqlQuery query = m_database.prepare(u"SELECT 1 FROM access_tokens LIMIT 1"_s);
    return Database::exec(query) && query.next();
}

} // namespace AgencyTokens::Server
