#include "mysqldialect.h"

#include "dialect/sqltext.h"
#include "mysqlhcltype.h"
#include "mysqljsoncolumn.h"
#include "mysqlquoting.h"

namespace strata {

MysqlDialect::MysqlDialect(Flavour flavour)
    : m_flavour(flavour)
{}

QString MysqlDialect::name() const
{
    return mysqlFlavourName(m_flavour);
}

SplitRules MysqlDialect::statementSplitRules() const
{
    // sql/mysql/driver.go: MatchBegin, BackslashEscapes, HashComments; the mysql client's
    // DELIMITER command too.
    SplitRules rules;
    rules.backslashEscapes = true;
    rules.hashComments = true;
    rules.beginBlocks = true;
    rules.delimiterCommand = true;
    return rules;
}

QString MysqlDialect::defaultSchemaName() const
{
    return {};
}

QString MysqlDialect::quoteIdentifier(const QString &identifier) const
{
    return mysqlQuotedIdentifier(identifier);
}

QString MysqlDialect::quoteString(const QString &value) const
{
    return mysqlQuotedString(value);
}

QString MysqlDialect::hclType(const Column &column) const
{
    return mysqlHclType(column.type);
}

QList<HclAttribute> MysqlDialect::hclColumnTypeAttributes(const Column &column) const
{
    if (!column.type.isUnsigned)
        return {};
    return {{QStringLiteral("unsigned"), hclBool(true)}};
}

QList<HclAttribute> MysqlDialect::hclColumnAttributes(const Column &column,
                                                      const Table &table) const
{
    QList<HclAttribute> attributes;
    if (!column.charset.isEmpty() && column.charset != table.charset)
        attributes.append({QStringLiteral("charset"), hclString(column.charset)});
    if (!column.collation.isEmpty() && column.collation != table.collation)
        attributes.append({QStringLiteral("collate"), hclString(column.collation)});
    if (!column.onUpdate.isEmpty())
        attributes.append({QStringLiteral("on_update"), hclSql(column.onUpdate)});
    if (column.autoIncrement)
        attributes.append({QStringLiteral("auto_increment"), hclBool(true)});
    return attributes;
}

QList<HclAttribute> MysqlDialect::hclTableAttributes(const Table &table, const Schema &schema) const
{
    QList<HclAttribute> attributes;
    if (!table.charset.isEmpty() && table.charset != schema.charset)
        attributes.append({QStringLiteral("charset"), hclString(table.charset)});
    if (!table.collation.isEmpty() && table.collation != schema.collation)
        attributes.append({QStringLiteral("collate"), hclString(table.collation)});
    if (!table.engine.isEmpty()) {
        attributes.append({QStringLiteral("engine"),
                           isHclIdentifier(table.engine) ? table.engine : hclString(table.engine)});
    }
    return attributes;
}

QList<HclAttribute> MysqlDialect::hclIndexAttributes(const Index &index) const
{
    if (index.type.isEmpty())
        return {};
    return {{QStringLiteral("type"), index.type.toUpper()}};
}

QList<HclAttribute> MysqlDialect::hclSchemaAttributes(const Schema &schema) const
{
    QList<HclAttribute> attributes;
    if (!schema.charset.isEmpty())
        attributes.append({QStringLiteral("charset"), hclString(schema.charset)});
    if (!schema.collation.isEmpty())
        attributes.append({QStringLiteral("collate"), hclString(schema.collation)});
    return attributes;
}

QString MysqlDialect::columnTypeSql(const Column &column) const
{
    QString type = Dialect::columnTypeSql(column);
    if (column.type.isUnsigned)
        type += QLatin1String(" unsigned");
    return type;
}

QString MysqlDialect::columnDefinitionSql(const Column &column, const Table &table) const
{
    const bool maria = m_flavour == Flavour::MariaDb;
    const bool json = maria && isMariaDbJsonColumn(column, table);
    QString sql = quoteIdentifier(column.name) + QLatin1Char(' ') +
                  (json ? QStringLiteral("json") : columnTypeSql(column));
    if (!json && !column.charset.isEmpty())
        sql += QLatin1String(" CHARSET ") + column.charset;
    if (column.generated) {
        sql += QLatin1String(" AS ") + parenthesized(column.generated->expression) +
               (column.generated->stored ? QLatin1String(" STORED") : QLatin1String(" VIRTUAL"));
    }
    // MariaDB rejects NULL and NOT NULL after a generated column's expression.
    if (!column.generated || !maria)
        sql += column.nullable ? QLatin1String(" NULL") : QLatin1String(" NOT NULL");
    if (column.defaultValue)
        sql += QLatin1String(" DEFAULT ") + defaultValueSql(*column.defaultValue);
    if (column.autoIncrement)
        sql += QLatin1String(" AUTO_INCREMENT");
    if (!column.onUpdate.isEmpty())
        sql += QLatin1String(" ON UPDATE ") + column.onUpdate;
    if (!column.comment.isEmpty())
        sql += QLatin1String(" COMMENT ") + mysqlCommentLiteral(column.comment);
    if (!json && !column.collation.isEmpty())
        sql += QLatin1String(" COLLATE ") + column.collation;
    return sql;
}

QList<Check> MysqlDialect::declaredChecks(const Table &table) const
{
    if (m_flavour != Flavour::MariaDb)
        return table.checks;
    QList<Check> checks;
    for (const Check &check : table.checks) {
        if (!mariaDbJsonCheckColumn(check, table))
            checks.append(check);
    }
    return checks;
}

QStringList MysqlDialect::keyClausesSql(const Table &table) const
{
    QStringList clauses;
    if (table.primaryKey)
        clauses.append(QLatin1String("PRIMARY KEY ") + keyTypeAndPartsSql(*table.primaryKey));
    for (const Index &index : table.indexes)
        clauses.append(inlineIndexSql(index, table));
    return clauses;
}

QString MysqlDialect::inlineIndexSql(const Index &index, const Table &) const
{
    QString sql;
    const QString type = index.type.toUpper();
    if (index.unique)
        sql = QStringLiteral("UNIQUE ");
    else if (type == QLatin1String("FULLTEXT") || type == QLatin1String("SPATIAL"))
        sql = type + QLatin1Char(' ');
    sql += QLatin1String("INDEX ") + quoteIdentifier(index.name) + QLatin1Char(' ') +
           keyTypeAndPartsSql(index);
    if (!index.comment.isEmpty())
        sql += QLatin1String(" COMMENT ") + mysqlCommentLiteral(index.comment);
    return sql;
}

QString MysqlDialect::keyTypeAndPartsSql(const Index &index) const
{
    const QString parts = keyPartsSql(index.parts);
    if (index.type.compare(QLatin1String("HASH"), Qt::CaseInsensitive) == 0)
        return QLatin1String("USING HASH ") + parts;
    return parts;
}

QString MysqlDialect::keyPartsSql(const QList<IndexPart> &parts) const
{
    QStringList items;
    for (const IndexPart &part : parts) {
        QString item =
            part.isExpression() ? parenthesized(part.expression) : quoteIdentifier(part.column);
        // Atlas's builder ends an identifier with a space before the prefix: `name` (64).
        if (part.prefixLength > 0)
            item += QLatin1String(" (") + QString::number(part.prefixLength) + QLatin1Char(')');
        if (part.descending)
            item += QLatin1String(" DESC");
        items.append(item);
    }
    return QLatin1Char('(') + items.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString MysqlDialect::tableOptionsSql(const Table &table, const Schema &) const
{
    QStringList options;
    if (!table.charset.isEmpty())
        options.append(QLatin1String("CHARSET ") + table.charset);
    if (!table.collation.isEmpty())
        options.append(QLatin1String("COLLATE ") + table.collation);
    if (!table.comment.isEmpty())
        options.append(QLatin1String("COMMENT ") + mysqlCommentLiteral(table.comment));
    if (!table.engine.isEmpty())
        options.append(QLatin1String("ENGINE ") + table.engine);
    return options.join(QLatin1Char(' '));
}

} // namespace strata
