// SPDX-License-Identifier: MIT
#include "LegacyTokenStore.h"

#include "ApiVersions.h"
#include "ServerLogging.h"
#include "TokenCipher.h"
#include "TokenGenerator.h"
#include "storage/Database.h"
#include "storage/Timestamp.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

LegacyTokenStore::LegacyTokenStore(Database &database, const TokenCipher &cipher, int initialApiVersion)
    : m_database(database)
    , m_cipher(cipher)
    , m_initialApiVersion(initialApiVersion)
{
    Q_ASSERT(ApiVersions::isKnown(initialApiVersion));
}

bool LegacyTokenStore::isEnabled(qint64 agencyId) const
{
    QSqlQuery query = m_database.prepare(u"SELECT legacy_tokens_enabled FROM agencies WHERE id = ?"_s);
    query.addBindValue(agencyId);
    return Database::exec(query) && query.next() && query.value(0).toInt() != 0;
}

bool LegacyTokenStore::enable(qint64 agencyId)
{
    return m_database.transaction([&] {
        QSqlQuery flag = m_database.prepare(u"UPDATE agencies SET legacy_tokens_enabled = 1 WHERE id = ?"_s);
        flag.addBindValue(agencyId);
        if (!Database::exec(flag) || flag.numRowsAffected() != 1)
            return false;
        const QString now = Timestamp::toIso(Timestamp::now());
        for (const TokenKind kind : LegacyTokenKinds) {
            const QString accountSid = TokenGenerator::accountSid();
            const QString sealed = m_cipher.encrypt(TokenGenerator::authToken(), accountSid);
            if (sealed.isEmpty())
                return false;
            QSqlQuery insert = m_database.prepare(
                u"INSERT INTO legacy_tokens (agency_id, kind, account_sid, auth_token, api_version, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)"_s);
            insert.addBindValue(agencyId);
            insert.addBindValue(tokenKindToWire(kind));
            insert.addBindValue(accountSid);
            insert.addBindValue(sealed);
            insert.addBindValue(m_initialApiVersion);
            insert.addBindValue(now);
            if (!Database::exec(insert))
                return false;
        }
        return true;
    });
}

QList<LegacyToken> LegacyTokenStore::select(const QString &where, const QVariantList &values) const
{
    // where is a literal from this file; values are bound, never spliced.
    QSqlQuery query = m_database.prepare(
        u"SELECT agency_id, kind, account_sid, auth_token, api_version, created_at, last_reset_at"
        " FROM legacy_tokens WHERE %1 ORDER BY kind = 'readOnly'"_s.arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<LegacyToken> tokens;
    if (!Database::exec(query))
        return tokens;
    while (query.next()) {
        // Scoped tokens live in their own table; this store never hands one out.
        const auto kind = tokenKindFromWire(query.value(1).toString());
        if (!kind || !isLegacy(*kind))
            continue;
        LegacyToken token;
        token.agencyId = query.value(0).toLongLong();
        token.kind = *kind;
        token.accountSid = query.value(2).toString();
        const auto authToken = m_cipher.decrypt(query.value(3).toString(), token.accountSid);
        if (!authToken) {
            // A row we cannot open is as good as missing; the SID is no secret.
            qCWarning(lcServerStore) << "Cannot decrypt the Auth Token of" << token.accountSid;
            continue;
        }
        token.authToken = *authToken;
        token.fingerprint = m_cipher.fingerprint(token.authToken, token.accountSid);
        token.apiVersion = query.value(4).toInt();
        token.createdAt = Timestamp::fromIso(query.value(5).toString());
        token.lastResetAt = Timestamp::fromIso(query.value(6).toString());
        tokens.append(token);
    }
    return tokens;
}

QList<LegacyToken> LegacyTokenStore::tokens(qint64 agencyId) const
{
    return select(u"agency_id = ?"_s, {agencyId});
}

std::optional<LegacyToken> LegacyTokenStore::token(qint64 agencyId, TokenKind kind) const
{
    if (!isLegacy(kind))
        return std::nullopt;
    const QList<LegacyToken> found = select(u"agency_id = ? AND kind = ?"_s, {agencyId, tokenKindToWire(kind)});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

std::optional<LegacyToken> LegacyTokenStore::findByAccountSid(const QString &accountSid) const
{
    const QList<LegacyToken> found = select(u"account_sid = ?"_s, {accountSid});
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

std::optional<LegacyToken> LegacyTokenStore::reset(qint64 agencyId, TokenKind kind)
{
    if (!isLegacy(kind))
        return std::nullopt;
    const std::optional<LegacyToken> current = token(agencyId, kind);
    if (!current)
        return std::nullopt;
    const QString sealed = m_cipher.encrypt(TokenGenerator::authToken(), current->accountSid);
    if (sealed.isEmpty())
        return std::nullopt;
    QSqlQuery query = m_database.prepare(
        u"UPDATE legacy_tokens SET auth_token = ?, last_reset_at = ? WHERE agency_id = ? AND kind = ?"_s);
    query.addBindValue(sealed);
    query.addBindValue(Timestamp::toIso(Timestamp::now()));
    query.addBindValue(agencyId);
    query.addBindValue(tokenKindToWire(kind));
    if (!Database::exec(query) || query.numRowsAffected() != 1)
        return std::nullopt;
    return token(agencyId, kind);
}

bool LegacyTokenStore::hasEncryptedTokens() const
{
    QSqlQuery query = m_database.prepare(u"SELECT auth_token FROM legacy_tokens"_s);
    if (!Database::exec(query))
        return false;
    while (query.next()) {
        if (TokenCipher::isEncrypted(query.value(0).toString()))
            return true;
    }
    return false;
}

bool LegacyTokenStore::encryptClearTokens()
{
    QSqlQuery rows = m_database.prepare(u"SELECT account_sid, auth_token FROM legacy_tokens"_s);
    if (!Database::exec(rows))
        return false;
    QList<std::pair<QString, QString>> clear;
    while (rows.next()) {
        if (!TokenCipher::isEncrypted(rows.value(1).toString()))
            clear.append({rows.value(0).toString(), rows.value(1).toString()});
    }
    rows.finish();
    if (clear.isEmpty())
        return true;
    const bool migrated = m_database.transaction([&] {
        for (const auto &[accountSid, authToken] : std::as_const(clear)) {
            const QString sealed = m_cipher.encrypt(authToken, accountSid);
            QSqlQuery update = m_database.prepare(u"UPDATE legacy_tokens SET auth_token = ? WHERE account_sid = ?"_s);
            update.addBindValue(sealed);
            update.addBindValue(accountSid);
            if (sealed.isEmpty() || !Database::exec(update))
                return false;
        }
        return true;
    });
    if (migrated)
        qCInfo(lcServerStore) << "Encrypted" << clear.size() << "Auth Tokens stored in clear by an older server";
    return migrated;
}

bool LegacyTokenStore::setApiVersion(qint64 agencyId, TokenKind kind, int apiVersion)
{
    if (!isLegacy(kind))
        return false;
    QSqlQuery query = m_database.prepare(u"UPDATE legacy_tokens SET api_version = ? WHERE agency_id = ? AND kind = ?"_s);
    query.addBindValue(apiVersion);
    query.addBindValue(agencyId);
    query.addBindValue(tokenKindToWire(kind));
    return Database::exec(query) && query.numRowsAffected() == 1;
}

} // namespace AgencyTokens::Server
