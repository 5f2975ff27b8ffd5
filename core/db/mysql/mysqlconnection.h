#pragma once

#include "db/connection.h"
#include "mysqlrow.h"
#include "mysqlserverversion.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

struct st_mysql;

namespace strata {

/// A connection to a MySQL or MariaDB server through the MySQL client library (MariaDB
/// Connector/C). Use it on one thread at a time.
class MysqlConnection final : public Connection
{
public:
    /// Connects to mysql://, maria:// or mariadb:// URLs. With a database in the URL the
    /// connection is bound to that schema; without one it sees the whole server (a realm).
    /// `selectDatabase` false connects to the server only (dev databases use a scratch schema).
    /// Errors name the masked URL and say what to check; they never contain the password.
    static Expected<std::unique_ptr<MysqlConnection>> open(const DatabaseUrl &url,
                                                           bool selectDatabase = true);
    ~MysqlConnection() override;

    MysqlConnection(const MysqlConnection &) = delete;
    MysqlConnection &operator=(const MysqlConnection &) = delete;

    const DatabaseUrl &url() const override;
    /// The server's @@version, e.g. "10.11.6-MariaDB-0+deb12u1".
    QString serverVersion() const override;
    /// "mariadb" or "mysql", from the server itself (not from the URL scheme).
    QString dialectName() const override;
    Status execute(const QString &sql) override;
    /// The URL's schema, or every schema but mysql, information_schema, performance_schema and
    /// sys; seven information_schema queries whatever the number of tables.
    Expected<Realm> inspect(const TaskControl &control) override;

    /// Inspects the named schemas in the same constant number of queries.
    Expected<Realm> inspectSchemas(const QStringList &schemas, const TaskControl &control);
    const MysqlServerVersion &version() const { return m_version; }
    /// The database named in the URL; empty for a server-wide URL.
    QString databaseName() const { return m_database; }

    /// Runs a query and hands each row to `onRow` as it arrives (rows are not buffered). The
    /// Error names `what` ("the columns of ...") and the server's message.
    Status query(const QString &sql, const std::function<void(const MysqlRow &)> &onRow);
    /// How many statements and queries ran on this connection; lets tests prove that inspection
    /// does not issue one query per table.
    int statementCount() const { return m_statementCount; }

private:
    explicit MysqlConnection(const DatabaseUrl &url);
    Status connect(bool selectDatabase);
    QString serverError() const;

    DatabaseUrl m_url;
    st_mysql *m_mysql = nullptr;
    MysqlServerVersion m_version;
    QString m_database;
    int m_statementCount = 0;
};

} // namespace strata
