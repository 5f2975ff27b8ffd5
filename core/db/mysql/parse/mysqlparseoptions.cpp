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
    options.flavour = Flavour::MySql8;
    options.defaultCharset = QStringLiteral("utf8mb4");
    options.defaultCollation = QStringLiteral("utf8mb4_0900_ai_ci");
    return options;
}

MysqlParseOptions MysqlParseOptions::forDialect(const QString &dialect)
{
    const QString key = dialect.trimmed().toLower();
    if (key == QLatin1String("mariadb") || key == QLatin1String("maria"))
        return mariaDb();
    return mySql8();
}

} // namespace strata
