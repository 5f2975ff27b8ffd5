#include "postgresdialect.h"

#include "db/postgres/postgrestype.h"
#include "dialect/sqltext.h"
#include "hcl/gostring.h"

#include <QSet>

namespace strata {

QString PostgresDialect::name() const
{
    return QStringLiteral("postgres");
}

SplitRules PostgresDialect::statementSplitRules() const
{
    // sql/postgres/driver.go: MatchBegin, MatchBeginAtomic, MatchDollarQuote,
    // EscapedStringExt.
    SplitRules rules;
    rules.escapedStrings = true;
    rules.beginBlocks = true;
    return rules;
}

QString PostgresDialect::defaultSchemaName() const
{
    return QStringLiteral("public");
}

QString postgresQuotedIdentifier(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString PostgresDialect::quoteIdentifier(const QString &identifier) const
{
    return postgresQuotedIdentifier(identifier);
}

QString PostgresDialect::hclType(const Column &column) const
{
    return postgresHclType(column.type);
}

QList<HclAttribute> PostgresDialect::hclColumnAttributes(const Column &column, const Table &) const
{
    if (column.collation.isEmpty())
        return {};
    return {{QStringLiteral("collate"), hclString(column.collation)}};
}

QList<HclAttribute> PostgresDialect::hclIndexAttributes(const Index &index) const
{
    static const QSet<QString> methods = {QStringLiteral("BRIN"), QStringLiteral("HASH"),
                                          QStringLiteral("GIN"), QStringLiteral("GIST"),
                                          QStringLiteral("SPGIST")};
    QList<HclAttribute> attributes;
    if (!index.type.isEmpty()) {
        attributes.append({QStringLiteral("type"), methods.contains(index.type)
                                                       ? index.type
                                                       : hclString(index.type.toLower())});
    }
    if (!index.where.isEmpty())
        attributes.append({QStringLiteral("where"), hclString(index.where)});
    if (!index.include.isEmpty()) {
        QStringList columns;
        for (const QString &column : index.include)
            columns.append(hclReference(QStringLiteral("column"), {column}));
        attributes.append({QStringLiteral("include"), hclList(columns)});
    }
    return attributes;
}

QString PostgresDialect::columnTypeSql(const Column &column) const
{
    if (column.type.enumName.isEmpty())
        return Dialect::columnTypeSql(column);
    if (column.type.enumSchema.isEmpty())
        return quoteIdentifier(column.type.enumName);
    return quoteIdentifier(column.type.enumSchema) + QLatin1Char('.') +
           quoteIdentifier(column.type.enumName);
}

QString PostgresDialect::columnDefinitionSql(const Column &column, const Table &) const
{
    QString sql = quoteIdentifier(column.name) + QLatin1Char(' ') + columnTypeSql(column);
    if (!column.collation.isEmpty())
        sql += QLatin1String(" COLLATE ") + quoteIdentifier(column.collation);
    sql += column.nullable ? QLatin1String(" NULL") : QLatin1String(" NOT NULL");
    if (column.defaultValue)
        sql += QLatin1String(" DEFAULT ") + defaultValueSql(*column.defaultValue);
    if (column.identity)
        sql += QLatin1Char(' ') + identitySql(*column.identity);
    if (column.generated) {
        sql += QLatin1String(" GENERATED ALWAYS AS ") +
               parenthesized(column.generated->expression) + QLatin1String(" STORED");
    }
    return sql;
}

QString PostgresDialect::identitySql(const Identity &identity) const
{
    const QString generation =
        identity.generation.isEmpty() ? QStringLiteral("BY DEFAULT") : identity.generation;
    QString sql = QLatin1String("GENERATED ") + generation + QLatin1String(" AS IDENTITY");
    QStringList options;
    if (identity.start != 1)
        options.append(QLatin1String("START WITH ") + QString::number(identity.start));
    if (identity.increment != 1)
        options.append(QLatin1String("INCREMENT BY ") + QString::number(identity.increment));
    if (!options.isEmpty())
        sql += QLatin1String(" (") + options.join(QLatin1Char(' ')) + QLatin1Char(')');
    return sql;
}

QString PostgresDialect::inlineIndexSql(const Index &index, const Table &) const
{
    if (!index.constraint)
        return {};
    QString sql = QLatin1String("CONSTRAINT ") + quoteIdentifier(index.name) +
                  QLatin1String(" UNIQUE ") + indexPartsSql(index.parts);
    if (!index.include.isEmpty())
        sql += QLatin1String(" INCLUDE ") + identifierListSql(index.include);
    return sql;
}

QString PostgresDialect::createIndexSql(const Index &index, const Table &table,
                                        const Schema &schema, bool qualify) const
{
    QString sql =
        index.unique ? QStringLiteral("CREATE UNIQUE INDEX ") : QStringLiteral("CREATE INDEX ");
    sql +=
        quoteIdentifier(index.name) + QLatin1String(" ON ") + tableNameSql(schema, table, qualify);
    if (!index.type.isEmpty())
        sql += QLatin1String(" USING ") + index.type;
    sql += QLatin1Char(' ') + indexPartsSql(index.parts);
    if (!index.include.isEmpty())
        sql += QLatin1String(" INCLUDE ") + identifierListSql(index.include);
    if (!index.where.isEmpty())
        sql += QLatin1String(" WHERE ") + index.where;
    return sql;
}

QList<SqlStatement> PostgresDialect::commentStatementsSql(const Table &table, const Schema &schema,
                                                          bool qualify) const
{
    QList<SqlStatement> statements;
    if (!table.comment.isEmpty())
        statements.append(tableCommentSql(table, schema, qualify, table.comment));
    for (const Column &column : table.columns) {
        if (!column.comment.isEmpty())
            statements.append(
                columnCommentSql(table, column.name, schema, qualify, column.comment));
    }
    for (const Index &index : table.indexes) {
        if (!index.comment.isEmpty())
            statements.append(indexCommentSql(table, index.name, schema, qualify, index.comment));
    }
    return statements;
}

SqlStatement PostgresDialect::tableCommentSql(const Table &table, const Schema &schema,
                                              bool qualify, const QString &text) const
{
    return {QLatin1String("Set comment to table: ") + goQuoted(table.name),
            QLatin1String("COMMENT ON TABLE ") + tableNameSql(schema, table, qualify) +
                QLatin1String(" IS ") + quoteString(text)};
}

SqlStatement PostgresDialect::columnCommentSql(const Table &table, const QString &column,
                                               const Schema &schema, bool qualify,
                                               const QString &text) const
{
    return {QLatin1String("Set comment to column: ") + goQuoted(column) +
                QLatin1String(" on table: ") + goQuoted(table.name),
            QLatin1String("COMMENT ON COLUMN ") + tableNameSql(schema, table, qualify) +
                QLatin1Char('.') + quoteIdentifier(column) + QLatin1String(" IS ") +
                quoteString(text)};
}

SqlStatement PostgresDialect::indexCommentSql(const Table &table, const QString &index,
                                              const Schema &schema, bool qualify,
                                              const QString &text) const
{
    const QString indexName =
        qualify ? quoteIdentifier(schema.name) + QLatin1Char('.') + quoteIdentifier(index)
                : quoteIdentifier(index);
    return {QLatin1String("Set comment to index: ") + goQuoted(index) +
                QLatin1String(" on table: ") + goQuoted(table.name),
            QLatin1String("COMMENT ON INDEX ") + indexName + QLatin1String(" IS ") +
                quoteString(text)};
}

const PostgresDialect &PostgresDialect::instance()
{
    static const PostgresDialect dialect;
    return dialect;
}

} // namespace strata
