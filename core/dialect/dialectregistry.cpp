#include "dialect.h"
#include "mysqldialect.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"

namespace strata {

const Dialect *dialectByName(const QString &name)
{
    static const SqliteDialect sqlite;
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("sqlite") || key == QLatin1String("sqlite3"))
        return &sqlite;
    static const MysqlDialect mysql(MysqlDialect::Flavour::MySql);
    static const MysqlDialect mariadb(MysqlDialect::Flavour::MariaDb);
    if (key == QLatin1String("mysql"))
        return &mysql;
    if (key == QLatin1String("mariadb") || key == QLatin1String("maria"))
        return &mariadb;
    static const PostgresDialect postgres;
    if (key == QLatin1String("postgres") || key == QLatin1String("postgresql"))
        return &postgres;
    return nullptr;
}

} // namespace strata
