#include "postgresplannames.h"

#include "postgresdialect.h"

namespace strata {

PostgresPlanNames::PostgresPlanNames(bool qualify, const QString &qualifier)
    : m_qualify(qualify || !qualifier.isEmpty())
    , m_qualifier(qualifier)
{}

QString PostgresPlanNames::schemaName(const QString &schema) const
{
    return m_qualifier.isEmpty() ? schema : m_qualifier;
}

Schema PostgresPlanNames::schema(const QString &schema) const
{
    Schema named;
    named.name = schemaName(schema);
    return named;
}

QString PostgresPlanNames::tableName(const QString &schema, const QString &table) const
{
    return objectName(schema, table);
}

QString PostgresPlanNames::objectName(const QString &schema, const QString &name) const
{
    if (!m_qualify)
        return postgresQuotedIdentifier(name);
    return postgresQuotedIdentifier(schemaName(schema)) + QLatin1Char('.') +
           postgresQuotedIdentifier(name);
}

Column PostgresPlanNames::column(const Column &column, const QString &schema) const
{
    if (!m_qualify || column.type.enumName.isEmpty())
        return column;
    Column spelled = column;
    if (!m_qualifier.isEmpty())
        spelled.type.enumSchema = m_qualifier;
    else if (spelled.type.enumSchema.isEmpty())
        spelled.type.enumSchema = schema;
    return spelled;
}

Table PostgresPlanNames::table(const Table &table, const QString &schema) const
{
    if (!m_qualify)
        return table;
    Table spelled = table;
    for (Column &column : spelled.columns)
        column = this->column(column, schema);
    return spelled;
}

} // namespace strata
