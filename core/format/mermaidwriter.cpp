#include "mermaidwriter.h"

namespace strata {
namespace {

QString noSpaces(QString text)
{
    return text.replace(QLatin1Char(' '), QLatin1Char('_'));
}

QStringList partColumns(const Index &index)
{
    QStringList columns;
    for (const IndexPart &part : index.parts)
        columns.append(part.isExpression() ? QString() : part.column);
    return columns;
}

/// Whether `columns`, in order, are the table's primary key or one of its unique indexes.
bool isUniqueKey(const Table *table, const QStringList &columns)
{
    if (!table)
        return false;
    if (table->primaryKey && partColumns(*table->primaryKey) == columns)
        return true;
    for (const Index &index : table->indexes) {
        if (index.unique && partColumns(index) == columns)
            return true;
    }
    return false;
}

class MermaidWriter
{
public:
    MermaidWriter(const Realm &realm, const Dialect &dialect)
        : m_realm(realm)
        , m_dialect(dialect)
        , m_qualify(realm.schemas.size() > 1)
    {}

    QString write()
    {
        m_out = QStringLiteral("erDiagram");
        for (const Schema &schema : m_realm.schemas) {
            for (const Table &table : schema.tables)
                writeTable(schema, table);
        }
        m_out += QLatin1Char('\n');
        return m_out;
    }

private:
    QString ident(const QString &schema, const QString &table) const
    {
        return m_qualify ? schema + QLatin1Char('_') + table : table;
    }

    void writeTable(const Schema &schema, const Table &table)
    {
        m_out += QLatin1String("\n    ") + ident(schema.name, table.name);
        if (m_qualify)
            m_out += QLatin1String("[\"") + schema.name + QLatin1Char('.') + table.name +
                     QLatin1String("\"]");
        m_out += QLatin1String(" {");
        for (const Column &column : table.columns) {
            m_out += QLatin1String("\n      ") + noSpaces(m_dialect.formatType(column)) +
                     QLatin1Char(' ') + noSpaces(column.name);
            QStringList keys;
            if (table.isPrimaryKeyColumn(column.name))
                keys.append(QStringLiteral("PK"));
            if (table.isForeignKeyColumn(column.name))
                keys.append(QStringLiteral("FK"));
            if (!keys.isEmpty())
                m_out += QLatin1Char(' ') + keys.join(QLatin1Char(','));
        }
        m_out += QLatin1String("\n    }");
        for (const ForeignKey &foreignKey : table.foreignKeys) {
            const QString refSchema =
                foreignKey.refSchema.isEmpty() ? schema.name : foreignKey.refSchema;
            const QString from =
                isUniqueKey(&table, foreignKey.columns) ? QStringLiteral("|") : QStringLiteral("}");
            const QString to =
                isUniqueKey(referencedTable(refSchema, foreignKey.refTable), foreignKey.refColumns)
                    ? QStringLiteral("|")
                    : QStringLiteral("{");
            m_out += QLatin1String("\n    ") + ident(schema.name, table.name) + QLatin1Char(' ') +
                     from + QLatin1String("o--o") + to + QLatin1Char(' ') +
                     ident(refSchema, foreignKey.refTable) + QLatin1String(" : ") + foreignKey.name;
        }
    }

    const Table *referencedTable(const QString &schemaName, const QString &tableName) const
    {
        for (const Schema &schema : m_realm.schemas) {
            if (schema.name == schemaName)
                return schema.table(tableName);
        }
        return nullptr;
    }

    const Realm &m_realm;
    const Dialect &m_dialect;
    const bool m_qualify;
    QString m_out;
};

} // namespace

QString writeMermaid(const Realm &realm, const Dialect &dialect)
{
    return MermaidWriter(realm, dialect).write();
}

} // namespace strata
