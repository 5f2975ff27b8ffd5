#include "sqliteplanbuilder.h"

#include "dialect/dialect.h"
#include "hcl/gostring.h"
#include "sqlgen/createtablesql.h"

namespace strata {

SqlitePlanBuilder::SqlitePlanBuilder(const Dialect &dialect, const PlanOptions &options)
    : m_dialect(dialect)
    , m_options(options)
{}

PlannedStatement &SqlitePlanBuilder::append(const QString &comment, const QString &sql)
{
    PlannedStatement statement;
    statement.comment = comment;
    statement.sql = sql;
    statement.change = m_change;
    m_statements.append(statement);
    return m_statements.last();
}

QString SqlitePlanBuilder::qualifiedTableName(const QString &schema, const QString &table) const
{
    if (!qualifies())
        return identifier(table);
    return identifier(qualifierFor(schema)) + QLatin1Char('.') + identifier(table);
}

QString SqlitePlanBuilder::identifier(const QString &name) const
{
    return m_dialect.quoteIdentifier(name);
}

void SqlitePlanBuilder::createTable(const Table &table, const QString &schema)
{
    Schema qualifying;
    qualifying.name = qualifierFor(schema);
    append(QLatin1String("Create ") + goQuoted(table.name) + QLatin1String(" table"),
           createTableSql(table, qualifying, m_dialect, qualifies(), m_options.indent));
    for (const Index &index : table.indexes) {
        if (m_dialect.inlineIndexSql(index, table).isEmpty())
            createIndex(index, table);
    }
}

void SqlitePlanBuilder::createIndex(const Index &index, const Table &table)
{
    // Atlas names neither the index nor its table with a schema here, whatever the qualifier.
    append(QLatin1String("Create index ") + goQuoted(index.name) + QLatin1String(" to table: ") +
               goQuoted(table.name),
           m_dialect.createIndexSql(index, table, Schema(), false));
}

void SqlitePlanBuilder::dropIndex(const Index &index, const Table &table)
{
    append(QLatin1String("Drop index ") + goQuoted(index.name) + QLatin1String(" from table: ") +
               goQuoted(table.name),
           QLatin1String("DROP INDEX ") + identifier(index.name));
}

Plan SqlitePlanBuilder::finish() const
{
    Plan plan;
    if (m_foreignKeysOff) {
        PlannedStatement off;
        off.comment = QStringLiteral("Disable the enforcement of foreign-keys constraints");
        off.sql = QStringLiteral("PRAGMA foreign_keys = off");
        off.reversible = false;
        plan.statements.append(off);
    }
    plan.statements.append(m_statements);
    if (m_foreignKeysOff) {
        PlannedStatement on;
        on.comment = QStringLiteral("Enable back the enforcement of foreign-keys constraints");
        on.sql = QStringLiteral("PRAGMA foreign_keys = on");
        on.reversible = false;
        plan.statements.append(on);
    }
    return plan;
}

bool SqlitePlanBuilder::qualifies() const
{
    return m_options.qualify || !m_options.qualifier.isEmpty();
}

QString SqlitePlanBuilder::qualifierFor(const QString &schema) const
{
    return m_options.qualifier.isEmpty() ? schema : m_options.qualifier;
}

} // namespace strata
