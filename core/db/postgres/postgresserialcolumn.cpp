#include "postgresserialcolumn.h"

#include "hcl/gostring.h"
#include "postgresplansteps.h"

#include <QCoreApplication>

namespace strata {

bool isPostgresSerial(const ColumnType &type)
{
    return type.normalized == QLatin1String("serial") ||
           type.normalized == QLatin1String("bigserial") ||
           type.normalized == QLatin1String("smallserial");
}

QString postgresIntegerTypeOf(const ColumnType &type)
{
    if (type.normalized == QLatin1String("serial"))
        return QStringLiteral("integer");
    if (type.normalized == QLatin1String("bigserial"))
        return QStringLiteral("bigint");
    if (type.normalized == QLatin1String("smallserial"))
        return QStringLiteral("smallint");
    return type.normalized;
}

QString postgresSerialSequence(const QString &table, const QString &column)
{
    return table + QLatin1Char('_') + column + QLatin1String("_seq");
}

Status checkSerialNotNull(const Column &column, const QString &table)
{
    if (!column.nullable || !isPostgresSerial(column.type))
        return Ok{};
    return planError(
        QCoreApplication::translate("strata::PostgresPlanner", "column %1 of table %2")
            .arg(goQuoted(column.name), goQuoted(table)),
        QCoreApplication::translate("strata::PostgresPlanner",
                                    "a %1 column must be NOT NULL. Make the column NOT NULL, or "
                                    "use an integer type with an identity instead.")
            .arg(column.type.normalized));
}

} // namespace strata
