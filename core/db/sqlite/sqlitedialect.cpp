#include "sqlitedialect.h"

#include "dialect/sqltext.h"
#include "sqlitehcltype.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace strata {

namespace {

const QLatin1String autoIndexPrefix("sqlite_autoindex_");

bool isAutoIndex(const Index &index)
{
    return index.name.startsWith(autoIndexPrefix);
}

/// The n of sqlite_autoindex_<table>_<n>: the order in which SQLite met the constraint.
int autoIndexNumber(const Index &index)
{
    bool ok = false;
    const int number = index.name.section(QLatin1Char('_'), -1).toInt(&ok);
    return ok ? number : std::numeric_limits<int>::max();
}

QStringList partColumns(const QList<IndexPart> &parts)
{
    QStringList columns;
    for (const IndexPart &part : parts)
        columns.append(part.isExpression() ? QString() : part.column);
    return columns;
}

/// A single INTEGER primary key column of a rowid table is the rowid itself, not an index.
bool isRowidAlias(const Table &table)
{
    if (table.withoutRowid || !table.primaryKey || table.primaryKey->parts.size() != 1)
        return false;
    const Column *column = table.column(table.primaryKey->parts.front().column);
    return column &&
           column->type.normalized.compare(QLatin1String("integer"), Qt::CaseInsensitive) == 0;
}

bool isBareKeywordOrLiteral(const QString &sql)
{
    static const QRegularExpression bare(
        QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*|[xX]'[0-9A-Fa-f]*')$"));
    return isNumericLiteral(sql) || isQuotedLiteral(sql, QLatin1Char('\'')) ||
           isQuotedLiteral(sql, QLatin1Char('"')) || bare.match(sql).hasMatch();
}

QString collationSql(const QString &collation)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (identifier.match(collation).hasMatch())
        return collation;
    return QLatin1Char('`') + QString(collation).replace(QLatin1Char('`'), QLatin1String("``")) +
           QLatin1Char('`');
}

} // namespace

QString SqliteDialect::name() const
{
    return QStringLiteral("sqlite");
}

SplitRules SqliteDialect::statementSplitRules() const
{
    // sql/sqlite/driver.go: MatchBegin (trigger bodies).
    SplitRules rules;
    rules.beginBlocks = true;
    return rules;
}

QString SqliteDialect::defaultSchemaName() const
{
    return QStringLiteral("main");
}

QString SqliteDialect::quoteIdentifier(const QString &identifier) const
{
    return QLatin1Char('`') + QString(identifier).replace(QLatin1Char('`'), QLatin1String("``")) +
           QLatin1Char('`');
}

QString SqliteDialect::hclType(const Column &column) const
{
    return sqliteHclType(column.type.normalized.isEmpty() ? column.type.raw
                                                          : column.type.normalized);
}

QList<HclAttribute> SqliteDialect::hclColumnAttributes(const Column &column, const Table &) const
{
    if (!column.autoIncrement)
        return {};
    return {{QStringLiteral("auto_increment"), hclBool(true)}};
}

QList<HclAttribute> SqliteDialect::hclTableOptions(const Table &table) const
{
    QList<HclAttribute> options;
    if (table.withoutRowid)
        options.append({QStringLiteral("without_rowid"), hclBool(true)});
    if (table.strict)
        options.append({QStringLiteral("strict"), hclBool(true)});
    return options;
}

QString SqliteDialect::formatType(const Column &column) const
{
    return columnTypeSql(column).section(QLatin1Char('('), 0, 0).trimmed();
}

QString SqliteDialect::columnDefinitionSql(const Column &column, const Table &table) const
{
    QString sql = quoteIdentifier(column.name);
    const QString type = columnTypeSql(column);
    if (!type.isEmpty())
        sql += QLatin1Char(' ') + type;
    sql += column.nullable ? QLatin1String(" NULL") : QLatin1String(" NOT NULL");
    if (column.defaultValue)
        sql += QLatin1String(" DEFAULT ") + defaultValueSql(*column.defaultValue);
    if (!column.collation.isEmpty())
        sql += QLatin1String(" COLLATE ") + collationSql(column.collation);
    if (column.generated) {
        sql += QLatin1String(" AS ") + parenthesized(column.generated->expression) +
               (column.generated->stored ? QLatin1String(" STORED") : QLatin1String(" VIRTUAL"));
    }
    if (inlinesPrimaryKey(table) && table.primaryKey->parts.front().column == column.name)
        sql += QLatin1String(" PRIMARY KEY AUTOINCREMENT");
    return sql;
}

QString SqliteDialect::defaultValueSql(const ColumnDefault &value) const
{
    const QString sql = value.sql.trimmed();
    if (isBareKeywordOrLiteral(sql))
        return sql;
    if (value.kind == ColumnDefault::Kind::Literal)
        return quoteString(sql);
    return parenthesized(sql);
}

bool SqliteDialect::inlinesPrimaryKey(const Table &table) const
{
    if (!table.primaryKey || table.primaryKey->parts.size() != 1)
        return false;
    const IndexPart &part = table.primaryKey->parts.front();
    const Column *column = part.isExpression() ? nullptr : table.column(part.column);
    return column && column->autoIncrement;
}

QStringList SqliteDialect::keyClausesSql(const Table &table) const
{
    struct Clause
    {
        int order;
        QString sql;
    };
    QList<Clause> clauses;
    QSet<int> numbers;
    const bool primaryKeyClause = table.primaryKey && !inlinesPrimaryKey(table);
    const bool primaryKeyIndexed = primaryKeyClause && !isRowidAlias(table);
    const QStringList primaryKeyColumns =
        table.primaryKey ? partColumns(table.primaryKey->parts) : QStringList();
    int primaryKeyOrder = -1;
    for (const Index &index : table.indexes) {
        if (!isAutoIndex(index))
            continue;
        const int number = autoIndexNumber(index);
        numbers.insert(number);
        if (primaryKeyIndexed && partColumns(index.parts) == primaryKeyColumns) {
            primaryKeyOrder = number;
            continue;
        }
        clauses.append({number, inlineIndexSql(index, table)});
    }
    if (primaryKeyClause) {
        // SQLite numbers the automatic indexes of PRIMARY KEY and UNIQUE constraints 1, 2, ...
        // in declaration order. Inspection usually leaves the key's own index out: it took the
        // first number no UNIQUE constraint holds.
        if (primaryKeyOrder < 0 && !primaryKeyIndexed)
            primaryKeyOrder = 0;
        if (primaryKeyOrder < 0) {
            primaryKeyOrder = 1;
            while (numbers.contains(primaryKeyOrder))
                ++primaryKeyOrder;
        }
        clauses.append({primaryKeyOrder, primaryKeySql(*table.primaryKey)});
    }
    std::stable_sort(clauses.begin(), clauses.end(),
                     [](const Clause &a, const Clause &b) { return a.order < b.order; });
    QStringList result;
    for (const Clause &clause : clauses)
        result.append(clause.sql);
    return result;
}

QString SqliteDialect::inlineIndexSql(const Index &index, const Table &) const
{
    if (!isAutoIndex(index))
        return {};
    return QLatin1String("UNIQUE ") + indexPartsSql(index.parts);
}

QList<ForeignKey> SqliteDialect::foreignKeysInDeclarationOrder(const Table &table) const
{
    // pragma_foreign_key_list numbers the last declared key 0; inspection keeps that order.
    return QList<ForeignKey>(table.foreignKeys.crbegin(), table.foreignKeys.crend());
}

bool SqliteDialect::keepsForeignKeyName(const QString &name) const
{
    // Atlas names an unnamed key by its id and writes it (`CONSTRAINT `0``); the name reads
    // back the same, as the inspector names unnamed keys by id too.
    return !name.isEmpty();
}

namespace {

/// Atlas's sqlite FormatType of a declared type.
QString atlasFormatType(const QString &declared)
{
    // The type families of Atlas's sqlite ParseType, whose FormatType prints the name only.
    static const QSet<QString> families = {
        QStringLiteral("bool"),      QStringLiteral("boolean"),   QStringLiteral("blob"),
        QStringLiteral("int2"),      QStringLiteral("int8"),      QStringLiteral("int"),
        QStringLiteral("uint64"),    QStringLiteral("integer"),   QStringLiteral("tinyint"),
        QStringLiteral("smallint"),  QStringLiteral("mediumint"), QStringLiteral("bigint"),
        QStringLiteral("real"),      QStringLiteral("double"),    QStringLiteral("float"),
        QStringLiteral("numeric"),   QStringLiteral("decimal"),   QStringLiteral("char"),
        QStringLiteral("character"), QStringLiteral("varchar"),   QStringLiteral("nchar"),
        QStringLiteral("nvarchar"),  QStringLiteral("text"),      QStringLiteral("clob"),
        QStringLiteral("json"),      QStringLiteral("jsonb"),     QStringLiteral("date"),
        QStringLiteral("datetime"),  QStringLiteral("time"),      QStringLiteral("timestamp"),
        QStringLiteral("uuid")};
    const QString base = declared.section(QLatin1Char('('), 0, 0).trimmed().toLower();
    return families.contains(base) ? base : declared;
}

} // namespace

Table SqliteDialect::comparableTable(const Table &table, const Schema &schema) const
{
    Q_UNUSED(schema);
    Table comparable = table;
    for (Column &column : comparable.columns)
        column.type.normalized = atlasFormatType(columnTypeSql(column));
    return comparable;
}

QString SqliteDialect::referencedTableSql(const ForeignKey &foreignKey, const Schema &) const
{
    return quoteIdentifier(foreignKey.refTable);
}

QString SqliteDialect::tableOptionsSql(const Table &table, const Schema &) const
{
    QStringList options;
    if (table.withoutRowid)
        options.append(QStringLiteral("WITHOUT ROWID"));
    if (table.strict)
        options.append(QStringLiteral("STRICT"));
    return options.join(QLatin1String(", "));
}

QString SqliteDialect::createIndexSql(const Index &index, const Table &table, const Schema &schema,
                                      bool qualify) const
{
    QString sql =
        index.unique ? QStringLiteral("CREATE UNIQUE INDEX ") : QStringLiteral("CREATE INDEX ");
    if (qualify)
        sql += quoteIdentifier(schema.name) + QLatin1Char('.');
    sql += quoteIdentifier(index.name) + QLatin1String(" ON ") + quoteIdentifier(table.name) +
           QLatin1Char(' ') + indexPartsSql(index.parts);
    if (!index.where.isEmpty())
        sql += QLatin1String(" WHERE ") + index.where;
    return sql;
}

const SqliteDialect &SqliteDialect::instance()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace strata
