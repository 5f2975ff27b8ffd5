#include "createtablesql.h"

#include "dialect/dialect.h"

#include <QStringList>

namespace strata {

QString createTableSql(const Table &table, const Schema &schema, const Dialect &dialect,
                       bool qualify, const QString &indent)
{
    QStringList items;
    for (const Column &column : table.columns)
        items.append(dialect.columnDefinitionSql(column, table));
    items.append(dialect.keyClausesSql(table));
    for (const ForeignKey &foreignKey : dialect.foreignKeysInDeclarationOrder(table))
        items.append(foreignKeyClauseSql(foreignKey, schema, dialect, qualify));
    for (const Check &check : dialect.declaredChecks(table))
        items.append(dialect.checkSql(check));

    QString sql = QLatin1String("CREATE TABLE ") + dialect.tableNameSql(schema, table, qualify);
    if (items.isEmpty())
        sql += QLatin1String(" ()");
    else if (indent.isEmpty())
        sql += QLatin1String(" (") + items.join(QLatin1String(", ")) + QLatin1Char(')');
    else
        sql += QLatin1String(" (\n") + indent + items.join(QLatin1String(",\n") + indent) +
               QLatin1String("\n)");
    const QString options = dialect.tableOptionsSql(table, schema);
    if (!options.isEmpty())
        sql += QLatin1Char(' ') + options;
    return sql;
}

QString foreignKeyClauseSql(const ForeignKey &foreignKey, const Schema &schema,
                            const Dialect &dialect, bool qualify)
{
    if (!qualify || !foreignKey.refSchema.isEmpty() || schema.name.isEmpty())
        return dialect.foreignKeySql(foreignKey, schema);
    // The dialect qualifies a reference into another schema; an unnamed "current" schema makes
    // the key's own schema count as another one.
    ForeignKey qualified = foreignKey;
    qualified.refSchema = schema.name;
    return dialect.foreignKeySql(qualified, Schema{});
}

} // namespace strata
