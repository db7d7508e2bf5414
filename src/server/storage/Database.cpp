// SPDX-License-Identifier: MIT
#include "Database.h"

#include "ServerLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AgencyTokens::Server {

namespace {

// 2: access_tokens (scoped access tokens). Every statement below is
// idempotent, so a file of an older version is brought up to date in place.
constexpr int SchemaVersion = 2;

const char *const SchemaStatements[] = {
    "CREATE TABLE IF NOT EXISTS agencies ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " legacy_tokens_enabled INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS users ("
    " id INTEGER PRIMARY KEY,"
    " agency_id INTEGER NOT NULL REFERENCES agencies(id),"
    " username TEXT NOT NULL UNIQUE,"
    " display_name TEXT NOT NULL,"
    " role TEXT NOT NULL,"
    " password_hash TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sessions ("
    " token_hash TEXT PRIMARY KEY,"
    " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
    " created_at INTEGER NOT NULL,"
    " expires_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS legacy_tokens ("
    " agency_id INTEGER NOT NULL REFERENCES agencies(id),"
    " kind TEXT NOT NULL,"
    " account_sid TEXT NOT NULL UNIQUE,"
    " auth_token TEXT NOT NULL,"
    " api_version INTEGER NOT NULL,"
    " created_at TEXT NOT NULL,"
    " last_reset_at TEXT,"
    " PRIMARY KEY (agency_id, kind))",
    // Scoped access tokens: id gives the creation order; the lists are JSON arrays.
    "CREATE TABLE IF NOT EXISTS access_tokens ("
    " id INTEGER PRIMARY KEY,"
    " agency_id INTEGER NOT NULL REFERENCES agencies(id),"
    " account_sid TEXT NOT NULL UNIQUE,"
    " name TEXT NOT NULL,"
    " description TEXT NOT NULL,"
    " api_version INTEGER NOT NULL,"
    " primary_contact TEXT NOT NULL,"
    " developer_emails TEXT NOT NULL,"
    " scopes TEXT NOT NULL,"
    " auth_token TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " last_reset_at TEXT,"
    " UNIQUE (agency_id, name))",
    // The platform's CompanyInformation document of an agency, as JSON.
    "CREATE TABLE IF NOT EXISTS company_information ("
    " agency_id INTEGER PRIMARY KEY REFERENCES agencies(id),"
    " document TEXT NOT NULL)",
};

} // namespace

Database::Database()
    : m_connectionName(u"agencytokens-server-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::ensureDirectory(const QString &dataDir, QString *error)
{
    const QFileInfo dirInfo(dataDir);
    if (dirInfo.exists() && !dirInfo.isDir()) {
        *error = u"The data directory %1 is a file, not a directory."_s.arg(dataDir);
        return false;
    }
    if (!dirInfo.exists()) {
        if (!QDir().mkpath(dataDir)) {
            *error = u"Cannot create the data directory %1."_s.arg(dataDir);
            return false;
        }
        // The database holds secrets: a directory we create is ours alone.
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return true;
}

bool Database::open(const QString &dataDir, QString *error)
{
    if (!ensureDirectory(dataDir, error))
        return false;

    m_filePath = QDir(dataDir).absoluteFilePath(QString::fromLatin1(FileName));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_filePath);
    if (!db.open()) {
        *error = u"Cannot open the database %1: %2"_s.arg(m_filePath, db.lastError().text());
        return false;
    }
    QFile::setPermissions(m_filePath, QFile::ReadOwner | QFile::WriteOwner);
    return createSchema(error);
}

bool Database::createSchema(QString *error)
{
    QSqlQuery pragma(connection());
    // SQLite leaves foreign keys off unless asked, per connection.
    pragma.exec(u"PRAGMA foreign_keys = ON"_s);
    // Overwrite deleted and replaced content, so a reset or migrated token
    // does not linger in a free page of the file.
    pragma.exec(u"PRAGMA secure_delete = ON"_s);
    const bool created = transaction([this] {
        for (const char *statement : SchemaStatements) {
            QSqlQuery query(connection());
            if (!query.exec(QString::fromLatin1(statement))) {
                qCWarning(lcServerStore) << "Schema statement failed:" << query.lastError().text();
                return false;
            }
        }
        QSqlQuery version(connection());
        return version.exec(u"PRAGMA user_version = %1"_s.arg(SchemaVersion));
    });
    if (!created) {
        *error = u"Cannot create the schema in %1 (is the directory writable?)."_s.arg(m_filePath);
        return false;
    }
    return true;
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        qCWarning(lcServerStore) << "Cannot prepare a statement:" << query.lastError().text();
    return query;
}

bool Database::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    // The SQL text has placeholders only; bound values (secrets among them) are never logged.
    qCWarning(lcServerStore) << "Statement failed:" << query.lastQuery() << query.lastError().text();
    return false;
}

bool Database::transaction(const std::function<bool()> &work)
{
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        qCWarning(lcServerStore) << "Cannot begin a transaction:" << db.lastError().text();
        return false;
    }
    if (!work()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        qCWarning(lcServerStore) << "Cannot commit:" << db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Database::isEmpty() const
{
    QSqlQuery query = prepare(u"SELECT COUNT(*) FROM agencies"_s);
    return exec(query) && query.next() && query.value(0).toLongLong() == 0;
}

} // namespace AgencyTokens::Server
