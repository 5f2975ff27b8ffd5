#include "connection.h"

#include "mysql/mysqlconnection.h"
#include "postgres/postgresconnection.h"
#include "sqlite/sqliteconnection.h"

#include <QCoreApplication>

namespace strata {

Expected<std::unique_ptr<Connection>> openConnection(const DatabaseUrl &url)
{
    switch (url.scheme()) {
    case DatabaseUrl::Scheme::Sqlite: {
        auto connection = SqliteConnection::open(url);
        if (!connection)
            return connection.error();
        return std::unique_ptr<Connection>(std::move(connection.value()));
    }
    case DatabaseUrl::Scheme::Postgres: {
        auto connection = PostgresConnection::open(url);
        if (!connection)
            return connection.error();
        return std::unique_ptr<Connection>(std::move(connection.value()));
    }
    case DatabaseUrl::Scheme::MySql:
    case DatabaseUrl::Scheme::MariaDb: {
        auto connection = MysqlConnection::open(url);
        if (!connection)
            return connection.error();
        return std::unique_ptr<Connection>(std::move(connection.value()));
    }
    case DatabaseUrl::Scheme::File:
    case DatabaseUrl::Scheme::Env:
    case DatabaseUrl::Scheme::Docker:
        break;
    }
    return Error{QCoreApplication::translate("strata::Connection",
                                             "\"%1\" is not a database URL: use sqlite://, "
                                             "mysql:// or postgres://.")
                     .arg(url.toString())};
}

} // namespace strata
