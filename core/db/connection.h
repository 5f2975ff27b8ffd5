#pragma once

#include "model/schema.h"
#include "url/databaseurl.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>

#include <memory>

namespace strata {

/// One open connection to a database, through that database's own client library. Each database
/// folder under core/db/ implements it; generic code opens one through db/registry.h.
class Connection
{
public:
    virtual ~Connection() = default;

    /// The URL this connection was opened with (show it with toString(), which masks the password).
    virtual const DatabaseUrl &url() const = 0;
    /// "SQLite 3.40.1", "10.11.6-MariaDB", "PostgreSQL 15.8" — for the About box and logs.
    virtual QString serverVersion() const = 0;
    /// The dialect that spells this connection's schemas ("sqlite", "mysql", "mariadb"...).
    virtual QString dialectName() const = 0;
    /// Runs one statement; the Error quotes the statement and the server's message.
    virtual Status execute(const QString &sql) = 0;
    /// Inspects what the URL points at (one schema, or every schema for a server-wide URL)
    /// in a constant number of catalog queries.
    virtual Expected<Realm> inspect(const TaskControl &control) = 0;
};

/// A driver's own connection type handed on as the generic one (each Database::open returns it).
template<typename Driver>
Expected<std::unique_ptr<Connection>> asConnection(Expected<std::unique_ptr<Driver>> opened)
{
    if (!opened)
        return opened.error();
    return std::unique_ptr<Connection>(std::move(opened.value()));
}

} // namespace strata
