#pragma once

#include "db/connection.h"
#include "postgresresult.h"

#include <QString>
#include <QStringList>

#include <memory>

struct pg_conn;

namespace strata {

/// A connection to a PostgreSQL server through libpq. postgres://user:pass@host:port/db?...
/// Query parameters other than search_path go to libpq as connection keywords (sslmode,
/// sslrootcert, application_name...); connect_timeout defaults to 10 seconds. search_path
/// selects the one schema to inspect; without it the whole database (realm) is inspected.
/// Not thread-safe: use it on one thread at a time.
class PostgresConnection final : public Connection
{
public:
    static Expected<std::unique_ptr<PostgresConnection>> open(const DatabaseUrl &url);
    ~PostgresConnection() override;

    PostgresConnection(const PostgresConnection &) = delete;
    PostgresConnection &operator=(const PostgresConnection &) = delete;

    const DatabaseUrl &url() const override;
    /// "PostgreSQL 15.8".
    QString serverVersion() const override;
    QString dialectName() const override;
    /// Runs one or more statements (simple query protocol). The Error names the line and column
    /// the server points at, and its message.
    Status execute(const QString &sql) override;
    /// execute() that gives up when `control` is cancelled: the server is asked to cancel the
    /// running statement, and the Error is a cancellation.
    Status execute(const QString &sql, const TaskControl &control);
    /// Whether a transaction is open (or failed) on the connection, e.g. after a script's BEGIN.
    bool inTransaction() const;
    Expected<Realm> inspect(const TaskControl &control) override;

    /// Runs one query with text parameters $1, $2... and returns its rows.
    Expected<PostgresResult> query(const QString &sql, const QStringList &params = {}) const;
    /// The schema the URL's search_path names; empty for a database-wide URL.
    QString schemaScope() const;
    /// 150008 for 15.8.
    int serverVersionNumber() const;
    /// How many queries query() has sent: lets tests hold inspection to a constant count.
    int queryCount() const { return m_queryCount; }

private:
    explicit PostgresConnection(const DatabaseUrl &url);
    Status connect();
    /// Server text with anything password-like masked.
    QString safeServerText(const QString &text) const;
    /// The Error for a failed statement result: line, column and the server's message.
    Error statementError(const QString &sql, struct pg_result *result) const;

    DatabaseUrl m_url;
    pg_conn *m_conn = nullptr;
    QString m_schema;
    mutable int m_queryCount = 0;
};

} // namespace strata
