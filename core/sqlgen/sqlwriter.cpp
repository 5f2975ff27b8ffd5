#include "sqlwriter.h"

#include "dialect/dialect.h"
#include "hcl/gostring.h"
#include "tableorder.h"

#include <QStringList>

namespace strata {

namespace {

QString createTableSql(const Table &table, const Schema &schema, const Dialect &dialect,
                       bool qualify, const QString &indent)
{
    QStringList items;
    for (const Column &column : table.columns)
        items.append(dialect.columnDefinitionSql(column, table));
    items.append(dialect.keyClausesSql(table));
    for (const ForeignKey &foreignKey : dialect.foreignKeysInDeclarationOrder(table))
        items.append(dialect.foreignKeySql(foreignKey, schema));
    for (const Check &check : table.checks)
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

QString statement(const QString &comment, const QString &sql)
{
    return QLatin1String("-- ") + comment + QLatin1Char('\n') + sql + QLatin1String(";\n");
}

} // namespace

QString writeSchemaSql(const Realm &realm, const Dialect &dialect, const QString &indent)
{
    const bool qualify = realm.schemas.size() > 1;
    QString out;
    for (const Schema &schema : realm.schemas) {
        for (const EnumType &type : schema.enums) {
            out += statement(QLatin1String("Create enum type ") + goQuoted(type.name),
                             dialect.createEnumSql(type, schema, qualify));
        }
    }
    for (const SchemaTable &entry : tablesInCreationOrder(realm)) {
        const Table &table = *entry.table;
        out += statement(QLatin1String("Create ") + goQuoted(table.name) + QLatin1String(" table"),
                         createTableSql(table, *entry.schema, dialect, qualify, indent));
        for (const Index &index : table.indexes) {
            if (!dialect.inlineIndexSql(index, table).isEmpty())
                continue;
            out += statement(QLatin1String("Create index ") + goQuoted(index.name) +
                                 QLatin1String(" to table: ") + goQuoted(table.name),
                             dialect.createIndexSql(index, table, *entry.schema, qualify));
        }
        for (const SqlStatement &comment :
             dialect.commentStatementsSql(table, *entry.schema, qualify))
            out += statement(comment.comment, comment.sql);
    }
    return out;
}

} // namespace strata
