#include "sqldialects.h"

#include "db/registry.h"

namespace strata {

QList<SqlDialect> sqlDialects()
{
    QList<SqlDialect> dialects;
    for (const Database *database : registeredDatabases()) {
        for (const QString &flavour : database->flavours())
            dialects.append({flavour, database->displayName(flavour)});
    }
    return dialects;
}

QString defaultSqlDialect()
{
    return sqlDialects().constFirst().id;
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
