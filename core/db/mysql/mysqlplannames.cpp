#include "mysqlplannames.h"

#include "mysqldialect.h"

namespace strata {

MysqlPlanNames::MysqlPlanNames(const MysqlDialect &dialect, bool qualify, const QString &qualifier)
    : m_dialect(dialect)
    , m_qualify(qualify || !qualifier.isEmpty())
    , m_qualifier(qualifier)
{}

Schema MysqlPlanNames::schema(const QString &schemaName) const
{
    Schema schema;
    schema.name = m_qualifier.isEmpty() ? schemaName : m_qualifier;
    return schema;
}

QString MysqlPlanNames::table(const QString &schemaName, const QString &tableName) const
{
    Table table;
    table.name = tableName;
    return m_dialect.tableNameSql(schema(schemaName), table, m_qualify);
}

} // namespace strata
