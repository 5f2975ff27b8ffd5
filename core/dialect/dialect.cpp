#include "dialect.h"

#include "sqltext.h"

namespace strata {

QString Dialect::quoteString(const QString &value) const
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QList<HclAttribute> Dialect::hclColumnTypeAttributes(const Column &) const
{
    return {};
}

QList<HclAttribute> Dialect::hclColumnAttributes(const Column &, const Table &) const
{
    return {};
}

QList<HclAttribute> Dialect::hclTableAttributes(const Table &, const Schema &) const
{
    return {};
}

QList<HclAttribute> Dialect::hclTableOptions(const Table &) const
{
    return {};
}

QList<HclAttribute> Dialect::hclIndexAttributes(const Index &index) const
{
    if (index.where.isEmpty())
        return {};
    return {{QStringLiteral("where"), hclString(index.where)}};
}

QList<HclAttribute> Dialect::hclSchemaAttributes(const Schema &) const
{
    return {};
}

QString Dialect::hclPrimaryKeyName(const Table &) const
{
    return {};
}

QString Dialect::columnTypeSql(const Column &column) const
{
    return column.type.normalized.isEmpty() ? column.type.raw : column.type.normalized;
}

QString Dialect::formatType(const Column &column) const
{
    return columnTypeSql(column);
}

QString Dialect::defaultValueSql(const ColumnDefault &value) const
{
    return value.sql.trimmed();
}

bool Dialect::inlinesPrimaryKey(const Table &) const
{
    return false;
}

QStringList Dialect::keyClausesSql(const Table &table) const
{
    QStringList clauses;
    if (table.primaryKey && !inlinesPrimaryKey(table))
        clauses.append(primaryKeySql(*table.primaryKey));
    for (const Index &index : table.indexes) {
        const QString clause = inlineIndexSql(index, table);
        if (!clause.isEmpty())
            clauses.append(clause);
    }
    return clauses;
}

QString Dialect::inlineIndexSql(const Index &, const Table &) const
{
    return {};
}

QList<ForeignKey> Dialect::foreignKeysInDeclarationOrder(const Table &table) const
{
    return table.foreignKeys;
}

QList<Check> Dialect::declaredChecks(const Table &table) const
{
    return table.checks;
}

bool Dialect::keepsForeignKeyName(const QString &name) const
{
    return !name.isEmpty();
}

QString Dialect::referencedTableSql(const ForeignKey &foreignKey, const Schema &schema) const
{
    if (foreignKey.refSchema.isEmpty() || foreignKey.refSchema == schema.name)
        return quoteIdentifier(foreignKey.refTable);
    return quoteIdentifier(foreignKey.refSchema) + QLatin1Char('.') +
           quoteIdentifier(foreignKey.refTable);
}

QString Dialect::tableOptionsSql(const Table &, const Schema &) const
{
    return {};
}

QString Dialect::tableNameSql(const Schema &schema, const Table &table, bool qualify) const
{
    if (!qualify)
        return quoteIdentifier(table.name);
    return quoteIdentifier(schema.name) + QLatin1Char('.') + quoteIdentifier(table.name);
}

QString Dialect::createIndexSql(const Index &index, const Table &table, const Schema &schema,
                                bool qualify) const
{
    QString sql =
        index.unique ? QStringLiteral("CREATE UNIQUE INDEX ") : QStringLiteral("CREATE INDEX ");
    sql += quoteIdentifier(index.name) + QLatin1String(" ON ") +
           tableNameSql(schema, table, qualify) + QLatin1Char(' ') + indexPartsSql(index.parts);
    if (!index.where.isEmpty())
        sql += QLatin1String(" WHERE ") + index.where;
    return sql;
}

QList<SqlStatement> Dialect::commentStatementsSql(const Table &, const Schema &, bool) const
{
    return {};
}

QString Dialect::createEnumSql(const EnumType &type, const Schema &schema, bool qualify) const
{
    QStringList values;
    for (const QString &value : type.values)
        values.append(quoteString(value));
    const QString name =
        qualify ? quoteIdentifier(schema.name) + QLatin1Char('.') + quoteIdentifier(type.name)
                : quoteIdentifier(type.name);
    return QLatin1String("CREATE TYPE ") + name + QLatin1String(" AS ENUM (") +
           values.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString Dialect::primaryKeySql(const Index &primaryKey) const
{
    return QLatin1String("PRIMARY KEY ") + indexPartsSql(primaryKey.parts);
}

QString Dialect::foreignKeySql(const ForeignKey &foreignKey, const Schema &schema) const
{
    QString sql;
    if (keepsForeignKeyName(foreignKey.name))
        sql = QLatin1String("CONSTRAINT ") + quoteIdentifier(foreignKey.name) + QLatin1Char(' ');
    sql += QLatin1String("FOREIGN KEY ") + identifierListSql(foreignKey.columns) +
           QLatin1String(" REFERENCES ") + referencedTableSql(foreignKey, schema) +
           QLatin1Char(' ') + identifierListSql(foreignKey.refColumns) +
           QLatin1String(" ON UPDATE ") + referenceActionSql(foreignKey.onUpdate) +
           QLatin1String(" ON DELETE ") + referenceActionSql(foreignKey.onDelete);
    return sql;
}

QString Dialect::checkSql(const Check &check) const
{
    QString sql;
    if (!check.name.isEmpty())
        sql = QLatin1String("CONSTRAINT ") + quoteIdentifier(check.name) + QLatin1Char(' ');
    return sql + QLatin1String("CHECK ") + parenthesized(check.expression);
}

QString Dialect::indexPartsSql(const QList<IndexPart> &parts) const
{
    QStringList items;
    for (const IndexPart &part : parts) {
        QString item = part.isExpression() ? part.expression : quoteIdentifier(part.column);
        if (part.descending)
            item += QLatin1String(" DESC");
        items.append(item);
    }
    return QLatin1Char('(') + items.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString Dialect::identifierListSql(const QStringList &identifiers) const
{
    QStringList quoted;
    for (const QString &identifier : identifiers)
        quoted.append(quoteIdentifier(identifier));
    return QLatin1Char('(') + quoted.join(QLatin1String(", ")) + QLatin1Char(')');
}

Table Dialect::comparableTable(const Table &table, const Schema &schema) const
{
    Q_UNUSED(schema);
    return table;
}

} // namespace strata
