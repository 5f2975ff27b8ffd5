#pragma once

#include "util/expected.h"

#include <QString>

#include <memory>

namespace strata {

class PostgresConnection;

/// A database with a random name (strata_dev_<hex>) on the dev database's server, for running
/// a user's script where nothing it does, schema-qualified names included, can reach the dev
/// database itself. Created and dropped through the dev connection; dropped when the object
/// goes out of scope if drop() was not called.
class PostgresScratchDatabase
{
public:
    /// Creates the database and connects to it with the dev URL's credentials and options.
    /// Leaves nothing behind when it fails: the dev user lacks CREATEDB, the server refuses
    /// the connection to the new database (pg_hba.conf), and so on.
    static Expected<std::unique_ptr<PostgresScratchDatabase>> create(PostgresConnection &dev);
    ~PostgresScratchDatabase();

    PostgresScratchDatabase(const PostgresScratchDatabase &) = delete;
    PostgresScratchDatabase &operator=(const PostgresScratchDatabase &) = delete;

    /// A fresh random name that starts with postgresScratchSchemaPrefix(), for a scratch
    /// database or schema.
    static QString randomName();

    QString name() const { return m_name; }
    /// The session on the scratch database; valid until drop().
    PostgresConnection &connection() { return *m_connection; }

    /// Closes the session and drops the database (WITH (FORCE) from PostgreSQL 13 on). When
    /// the server refuses, the Error names the database left behind and how to drop it.
    /// Later calls do nothing.
    Status drop();

private:
    PostgresScratchDatabase(PostgresConnection &dev, QString name);

    PostgresConnection &m_dev;
    QString m_name;
    std::unique_ptr<PostgresConnection> m_connection;
    bool m_dropped = false;
};

} // namespace strata
