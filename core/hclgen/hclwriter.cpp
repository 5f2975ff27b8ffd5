#include "hclwriter.h"

#include "dialect/dialect.h"
#include "dialect/sqltext.h"
#include "hcl/hcldocument.h"

#include <QLocale>
#include <QSet>

namespace strata {

namespace {

/// Atlas's specutil.ColumnDefault: quoted literals become strings, true/false booleans, numbers
/// numbers; hex and bit literals and every expression stay SQL (`sql("...")`).
QString hclDefault(const ColumnDefault &value)
{
    const QString sql = value.sql.trimmed();
    if (value.kind == ColumnDefault::Kind::Expression)
        return hclSql(sql);
    for (const char *prefix : {"0x", "0X", "0b", "0B", "b'", "B'", "x'", "X'"}) {
        if (sql.startsWith(QLatin1String(prefix)))
            return hclSql(sql);
    }
    if (isQuotedLiteral(sql, QLatin1Char('\'')) || isQuotedLiteral(sql, QLatin1Char('"')))
        return hclString(unquoteLiteral(sql));
    if (sql.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return hclBool(true);
    if (sql.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return hclBool(false);
    if (!isNumericLiteral(sql))
        return hclSql(sql);
    const bool integral = !sql.contains(QLatin1Char('.')) && !sql.contains(QLatin1Char('e')) &&
                          !sql.contains(QLatin1Char('E'));
    if (integral) {
        bool ok = false;
        if (const qlonglong number = sql.toLongLong(&ok); ok)
            return QString::number(number);
        if (const qulonglong number = sql.toULongLong(&ok); ok)
            return QString::number(number);
        return hclSql(sql);
    }
    // A double holds 15 significant digits; a longer DECIMAL literal is written as given rather
    // than silently rounded (it is a valid HCL number as it stands).
    const qsizetype exponent = sql.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    const QString mantissa = exponent < 0 ? sql : sql.left(exponent);
    qsizetype digits = 0;
    for (const QChar c : mantissa)
        digits += c.isDigit() ? 1 : 0;
    if (digits > 15 && !sql.startsWith(QLatin1Char('+')) && !sql.startsWith(QLatin1Char('.')))
        return sql;
    return QString::number(sql.toDouble(), 'f', QLocale::FloatingPointShortest);
}

class HclWriter
{
public:
    HclWriter(const Realm &realm, const Dialect &dialect)
        : m_realm(realm)
        , m_dialect(dialect)
    {
        QSet<QString> seen;
        for (const Schema &schema : realm.schemas) {
            for (const Table &table : schema.tables) {
                if (seen.contains(table.name))
                    m_qualified.insert(table.name);
                seen.insert(table.name);
            }
        }
    }

    QString write()
    {
        for (const Schema &schema : m_realm.schemas) {
            for (const Table &table : schema.tables)
                writeTable(table, schema);
        }
        for (const Schema &schema : m_realm.schemas) {
            for (const EnumType &type : schema.enums)
                writeEnum(type, schema);
        }
        for (const Schema &schema : m_realm.schemas) {
            m_document.beginBlock(QStringLiteral("schema"), {schema.name});
            if (!schema.comment.isEmpty())
                m_document.addAttribute(QStringLiteral("comment"), hclString(schema.comment));
            m_document.addAttributes(m_dialect.hclSchemaAttributes(schema));
            m_document.endBlock();
        }
        return m_document.toString();
    }

private:
    static QStringList optionalLabel(const QString &name)
    {
        return name.isEmpty() ? QStringList() : QStringList{name};
    }

    static QString columnReference(const QString &column)
    {
        return hclReference(QStringLiteral("column"), {column});
    }

    QStringList columnReferences(const QStringList &columns) const
    {
        QStringList references;
        for (const QString &column : columns)
            references.append(columnReference(column));
        return references;
    }

    QString tableReference(const QString &schemaName, const QString &tableName) const
    {
        if (m_qualified.contains(tableName))
            return hclReference(QStringLiteral("table"), {schemaName, tableName});
        return hclReference(QStringLiteral("table"), {tableName});
    }

    void writeTable(const Table &table, const Schema &schema)
    {
        m_document.beginBlock(QStringLiteral("table"), m_qualified.contains(table.name)
                                                           ? QStringList{schema.name, table.name}
                                                           : QStringList{table.name});
        m_document.addAttribute(QStringLiteral("schema"),
                                hclReference(QStringLiteral("schema"), {schema.name}));
        if (!table.comment.isEmpty())
            m_document.addAttribute(QStringLiteral("comment"), hclString(table.comment));
        m_document.addAttributes(m_dialect.hclTableAttributes(table, schema));
        for (const Column &column : table.columns)
            writeColumn(column, table);
        if (table.primaryKey)
            writePrimaryKey(*table.primaryKey, table);
        for (const ForeignKey &foreignKey : table.foreignKeys)
            writeForeignKey(foreignKey, table, schema);
        for (const Index &index : table.indexes) {
            if (!index.constraint)
                writeIndex(index);
        }
        for (const Check &check : table.checks)
            writeCheck(check);
        for (const Index &index : table.indexes) {
            if (index.constraint)
                writeUniqueConstraint(index);
        }
        m_document.addAttributes(m_dialect.hclTableOptions(table));
        m_document.endBlock();
    }

    void writeColumn(const Column &column, const Table &table)
    {
        m_document.beginBlock(QStringLiteral("column"), {column.name});
        m_document.addAttribute(QStringLiteral("null"), hclBool(column.nullable));
        m_document.addAttribute(QStringLiteral("type"), m_dialect.hclType(column));
        if (column.defaultValue)
            m_document.addAttribute(QStringLiteral("default"), hclDefault(*column.defaultValue));
        m_document.addAttributes(m_dialect.hclColumnTypeAttributes(column));
        if (!column.comment.isEmpty())
            m_document.addAttribute(QStringLiteral("comment"), hclString(column.comment));
        m_document.addAttributes(m_dialect.hclColumnAttributes(column, table));
        if (column.identity) {
            m_document.beginBlock(QStringLiteral("identity"));
            m_document.addAttribute(
                QStringLiteral("generated"),
                QString(column.identity->generation).replace(QLatin1Char(' '), QLatin1Char('_')));
            if (column.identity->start != 1)
                m_document.addAttribute(QStringLiteral("start"),
                                        QString::number(column.identity->start));
            if (column.identity->increment != 1)
                m_document.addAttribute(QStringLiteral("increment"),
                                        QString::number(column.identity->increment));
            m_document.endBlock();
        }
        if (column.generated) {
            m_document.beginBlock(QStringLiteral("as"));
            m_document.addAttribute(QStringLiteral("expr"),
                                    hclString(column.generated->expression));
            m_document.addAttribute(QStringLiteral("type"), column.generated->stored
                                                                ? QStringLiteral("STORED")
                                                                : QStringLiteral("VIRTUAL"));
            m_document.endBlock();
        }
        m_document.endBlock();
    }

    void writePrimaryKey(const Index &primaryKey, const Table &table)
    {
        QStringList columns;
        for (const IndexPart &part : primaryKey.parts) {
            if (!part.isExpression())
                columns.append(columnReference(part.column));
        }
        m_document.beginBlock(QStringLiteral("primary_key"),
                              optionalLabel(m_dialect.hclPrimaryKeyName(table)));
        m_document.addAttribute(QStringLiteral("columns"), hclList(columns));
        m_document.endBlock();
    }

    void writeForeignKey(const ForeignKey &foreignKey, const Table &table, const Schema &schema)
    {
        const QString refSchema =
            foreignKey.refSchema.isEmpty() ? schema.name : foreignKey.refSchema;
        const bool selfReference = foreignKey.refTable == table.name && refSchema == schema.name;
        QStringList refColumns;
        for (const QString &column : foreignKey.refColumns) {
            refColumns.append(selfReference ? columnReference(column)
                                            : tableReference(refSchema, foreignKey.refTable) +
                                                  QLatin1Char('.') + columnReference(column));
        }
        m_document.beginBlock(QStringLiteral("foreign_key"), optionalLabel(foreignKey.name));
        m_document.addAttribute(QStringLiteral("columns"),
                                hclList(columnReferences(foreignKey.columns)));
        m_document.addAttribute(QStringLiteral("ref_columns"), hclList(refColumns));
        m_document.addAttribute(QStringLiteral("on_update"),
                                referenceActionHcl(foreignKey.onUpdate));
        m_document.addAttribute(QStringLiteral("on_delete"),
                                referenceActionHcl(foreignKey.onDelete));
        m_document.endBlock();
    }

    void writeIndex(const Index &index)
    {
        bool columnsOnly = true;
        QStringList columns;
        for (const IndexPart &part : index.parts) {
            columnsOnly =
                columnsOnly && !part.isExpression() && !part.descending && part.prefixLength == 0;
            columns.append(columnReference(part.column));
        }
        m_document.beginBlock(QStringLiteral("index"), {index.name});
        if (index.unique)
            m_document.addAttribute(QStringLiteral("unique"), hclBool(true));
        if (columnsOnly)
            m_document.addAttribute(QStringLiteral("columns"), hclList(columns));
        if (!index.comment.isEmpty())
            m_document.addAttribute(QStringLiteral("comment"), hclString(index.comment));
        m_document.addAttributes(m_dialect.hclIndexAttributes(index));
        if (!columnsOnly) {
            for (const IndexPart &part : index.parts)
                writeIndexPart(part);
        }
        m_document.endBlock();
    }

    void writeIndexPart(const IndexPart &part)
    {
        m_document.beginBlock(QStringLiteral("on"));
        if (part.descending)
            m_document.addAttribute(QStringLiteral("desc"), hclBool(true));
        if (part.isExpression())
            m_document.addAttribute(QStringLiteral("expr"), hclString(part.expression));
        else
            m_document.addAttribute(QStringLiteral("column"), columnReference(part.column));
        if (part.prefixLength > 0)
            m_document.addAttribute(QStringLiteral("prefix"), QString::number(part.prefixLength));
        m_document.endBlock();
    }

    /// PostgreSQL UNIQUE constraints: Atlas prints them apart from plain unique indexes.
    void writeUniqueConstraint(const Index &index)
    {
        QStringList columns;
        for (const IndexPart &part : index.parts) {
            if (!part.isExpression())
                columns.append(columnReference(part.column));
        }
        m_document.beginBlock(QStringLiteral("unique"), {index.name});
        m_document.addAttribute(QStringLiteral("columns"), hclList(columns));
        m_document.addAttributes(m_dialect.hclIndexAttributes(index));
        m_document.endBlock();
    }

    void writeEnum(const EnumType &type, const Schema &schema)
    {
        QStringList values;
        for (const QString &value : type.values)
            values.append(hclString(value));
        m_document.beginBlock(QStringLiteral("enum"), {type.name});
        m_document.addAttribute(QStringLiteral("schema"),
                                hclReference(QStringLiteral("schema"), {schema.name}));
        m_document.addAttribute(QStringLiteral("values"), hclList(values));
        m_document.endBlock();
    }

    void writeCheck(const Check &check)
    {
        m_document.beginBlock(QStringLiteral("check"), optionalLabel(check.name));
        m_document.addAttribute(QStringLiteral("expr"), hclString(check.expression));
        if (!check.enforced)
            m_document.addAttribute(QStringLiteral("enforced"), hclBool(false));
        m_document.endBlock();
    }

    const Realm &m_realm;
    const Dialect &m_dialect;
    QSet<QString> m_qualified;
    HclDocument m_document;
};

} // namespace

QString writeAtlasHcl(const Realm &realm, const Dialect &dialect)
{
    return HclWriter(realm, dialect).write();
}

} // namespace strata
