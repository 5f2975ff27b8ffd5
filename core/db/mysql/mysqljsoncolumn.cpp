#include "mysqljsoncolumn.h"

#include "mysqlquoting.h"

namespace strata {
namespace {

bool isJsonCheckOf(const Check &check, const Column &column)
{
    return check.name == column.name && check.expression == QLatin1String("json_valid(") +
                                                                mysqlQuotedIdentifier(column.name) +
                                                                QLatin1Char(')');
}

QString effective(const QString &own, const QString &inherited)
{
    return own.isEmpty() ? inherited : own;
}

} // namespace

bool isMariaDbJsonColumn(const Column &column, const Table &table)
{
    if (column.type.normalized != QLatin1String("longtext") || column.generated ||
        effective(column.charset, table.charset) != QLatin1String("utf8mb4") ||
        effective(column.collation, table.collation) != QLatin1String("utf8mb4_bin"))
        return false;
    for (const Check &check : table.checks) {
        if (isJsonCheckOf(check, column))
            return true;
    }
    return false;
}

const Column *mariaDbJsonCheckColumn(const Check &check, const Table &table)
{
    const Column *column = table.column(check.name);
    if (!column || !isJsonCheckOf(check, *column) || !isMariaDbJsonColumn(*column, table))
        return nullptr;
    return column;
}

} // namespace strata
