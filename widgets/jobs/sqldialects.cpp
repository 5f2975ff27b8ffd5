#include "sqldialects.h"

#include <QCoreApplication>

namespace strata {

QList<SqlDialect> sqlDialects()
{
    // "mysql" parses as MySQL 8 and "mariadb" as MariaDB 10.11 (JSON as longtext + json_valid).
    return {
        {QStringLiteral("sqlite"), QCoreApplication::translate("strata::SqlDialects", "SQLite")},
        {QStringLiteral("mysql"), QCoreApplication::translate("strata::SqlDialects", "MySQL 8")},
        {QStringLiteral("mariadb"), QCoreApplication::translate("strata::SqlDialects", "MariaDB")},
        {QStringLiteral("postgres"),
         QCoreApplication::translate("strata::SqlDialects", "PostgreSQL")},
    };
}

QString sqlDialectName(const QString &id)
{
    for (const SqlDialect &dialect : sqlDialects()) {
        if (dialect.id == id)
            return dialect.name;
    }
    return id;
}

} // namespace strata
