// Whole tables: CREATE TABLE with its indexes and comments, DROP TABLE, RENAME TO.

#include "hcl/gostring.h"
#include "postgresdialect.h"
#include "postgresplansteps.h"
#include "postgresserialcolumn.h"
#include "sqlgen/createtablesql.h"

namespace strata {

namespace {

QString tableNameOf(const Table &table, const Table &fallback)
{
    return table.name.isEmpty() ? fallback.name : table.name;
}

Status addTable(const PostgresPlanStep &step)
{
    const Table &table = step.change.to;
    for (const Column &column : table.columns) {
        if (const Status serial = checkSerialNotNull(column, table.name); !serial)
            return serial;
    }
    const Table spelled = step.names.table(table, step.change.schema);
    const Schema schema = step.names.schema(step.change.schema);
    const bool qualify = step.names.qualifies();
    step.out.add(QLatin1String("Create ") + goQuoted(table.name) + QLatin1String(" table"),
                 createTableSql(spelled, schema, step.dialect, qualify, step.options.indent));
    // Indexes of a new table are never built concurrently: nothing reads the table yet.
    for (const Index &index : spelled.indexes) {
        if (!step.dialect.inlineIndexSql(index, spelled).isEmpty())
            continue;
        step.out.add(QLatin1String("Create index ") + goQuoted(index.name) +
                         QLatin1String(" to table: ") + goQuoted(table.name),
                     step.dialect.createIndexSql(index, spelled, schema, qualify));
    }
    for (const SqlStatement &comment : step.dialect.commentStatementsSql(spelled, schema, qualify))
        step.out.add(comment.comment, comment.sql);
    return Ok{};
}

} // namespace

Status planTableChange(const PostgresPlanStep &step)
{
    const SchemaChange &change = step.change;
    switch (change.kind) {
    case SchemaChange::Kind::AddTable:
        return addTable(step);
    case SchemaChange::Kind::DropTable: {
        const QString name = tableNameOf(change.from, change.to);
        step.out.add(QLatin1String("Drop ") + goQuoted(name) + QLatin1String(" table"),
                     QLatin1String("DROP TABLE ") + step.names.tableName(change.schema, name),
                     true);
        return Ok{};
    }
    case SchemaChange::Kind::RenameTable:
        // Atlas qualifies both names alike, even though PostgreSQL takes a bare new name.
        step.out.add(
            QLatin1String("Rename a table from ") + goQuoted(change.from.name) +
                QLatin1String(" to ") + goQuoted(change.to.name),
            QLatin1String("ALTER TABLE ") + step.names.tableName(change.schema, change.from.name) +
                QLatin1String(" RENAME TO ") + step.names.tableName(change.schema, change.to.name));
        return Ok{};
    default:
        return Ok{};
    }
}

} // namespace strata
