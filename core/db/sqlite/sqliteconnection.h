#pragma once

#include "db/connection.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace strata {

/// A connection to an SQLite database through Qt Sql (QSQLITE). Use it on the thread that opened
/// it: Qt Sql connections are bound to their thread.
class SqliteConnection : public Connection
{
public:
    /// Opens sqlite://path (relative paths resolve against the current directory) or
    /// sqlite://name?mode=memory. Read-write, but never creates a missing file unless
    /// createIfMissing, so a typo in a path is reported instead of yielding an empty database.
    static Expected<std::unique_ptr<SqliteConnection>> open(const DatabaseUrl &url,
                                                            bool createIfMissing = false);
    /// Removes its QSqlDatabase connection (unique connection name per instance).
    ~SqliteConnection() override;

    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    const DatabaseUrl &url() const override;
    /// "SQLite 3.40.1": the library the connection runs on.
    QString serverVersion() const override;
    QString dialectName() const override;
    Status execute(const QString &sql) override;
    /// One schema, "main".
    Expected<Realm> inspect(const TaskControl &control) override;
    QSqlDatabase database() const;

private:
    explicit SqliteConnection(const DatabaseUrl &url);
    Status connect(bool createIfMissing);
    Status verify();

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_version;
};

} // namespace strata
