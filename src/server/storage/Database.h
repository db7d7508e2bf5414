// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace AgencyTokens::Server {

/// The server's SQLite file (Qt SQL, QSQLITE): opens it and creates the schema
/// on first start. Auth Tokens in it are encrypted (TokenCipher) with a key
/// kept outside it; the file is made readable by its owner only.
class Database
{
public:
    static constexpr auto FileName = "agency-tokens-server.sqlite";

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Creates \a dataDir (mode 0700) if missing; false, with a sentence in
    /// \a error, when it is a file or cannot be created.
    [[nodiscard]] static bool ensureDirectory(const QString &dataDir, QString *error);
    /// Creates \a dataDir if needed, opens the database and the schema.
    /// On failure \a error gets a sentence for the operator.
    [[nodiscard]] bool open(const QString &dataDir, QString *error);
    [[nodiscard]] QString filePath() const { return m_filePath; }

    /// A query prepared on this connection; logs and returns false-y on bad SQL.
    [[nodiscard]] QSqlQuery prepare(const QString &sql) const;
    /// Runs a prepared query; failures are logged without bound values.
    [[nodiscard]] static bool exec(QSqlQuery &query);
    /// Runs \a work in a transaction, committed only when it returns true.
    [[nodiscard]] bool transaction(const std::function<bool()> &work);
    /// True when no agency exists yet (a fresh file).
    [[nodiscard]] bool isEmpty() const;

private:
    [[nodiscard]] bool createSchema(QString *error);
    [[nodiscard]] QSqlDatabase connection() const;

    QString m_connectionName;
    QString m_filePath;
};

} // namespace AgencyTokens::Server
