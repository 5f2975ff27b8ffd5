#include "mysqlparseoptions.h"

namespace strata {

MysqlParseOptions MysqlParseOptions::mariaDb()
{
    MysqlParseOptions options;
    options.flavour = Flavour::MariaDb;
    options.defaultCharset = QStringLiteral("utf8mb4");
    options.defaultCollation = QStringLiteral("utf8mb4_general_ci");
    return options;
}

MysqlParseOptions MysqlParseOptions::mySql8()
{
    MysqlParseOptions options;
    options.flavour = Flavour::MySql;
    options.defaultCharset = QStringLiteral("utf8mb4");
    options.defaultCollation = QStringLiteral("utf8mb4_0900_ai_ci");
    return options;
}

MysqlParseOptions MysqlParseOptions::forDialect(const QString &dialect)
{
    // The registry's alias table has already turned "maria" and the like into a flavour name.
    return mysqlFlavourNamed(dialect) == MysqlFlavour::MariaDb ? mariaDb() : mySql8();
}

} // namespace strata
