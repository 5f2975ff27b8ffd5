#include "sqliteplanner.h"

#include "hcl/gostring.h"
#include "sqlitedialect.h"
#include "sqlitemodifytable.h"
#include "sqliteplanbuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

#include <algorithm>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SqlitePlannerTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::SqlitePlanner)
};

using TableKey = QPair<QString, QString>;

QString tableName(const SchemaChange &change)
{
    return change.to.name.isEmpty() ? change.from.name : change.to.name;
}

/// The foreign keys the differ held back for AddForeignKeys changes, by table. SQLite has no
/// ALTER TABLE ADD CONSTRAINT and checks no reference at CREATE TABLE, so they go back into the
/// CREATE TABLE of their table, as Atlas (which detaches no cycle for SQLite) writes it.
QHash<TableKey, QList<ForeignKey>> heldBackForeignKeys(const SchemaDiff &diff)
{
    QHash<TableKey, QList<ForeignKey>> keys;
    for (const SchemaChange &change : diff.changes) {
        if (change.kind != SchemaChange::Kind::AddForeignKeys)
            continue;
        QList<ForeignKey> &list = keys[{change.schema, tableName(change)}];
        for (const ForeignKeyChange &key : change.diff.foreignKeys)
            list.append(key.to);
    }
    return keys;
}

bool createsTable(const SchemaDiff &diff, const TableKey &key)
{
    return std::any_of(diff.changes.cbegin(), diff.changes.cend(), [&](const SchemaChange &c) {
        return c.kind == SchemaChange::Kind::AddTable && c.schema == key.first &&
               c.to.name == key.second;
    });
}

const Table *desiredTable(const SchemaDiff &diff, const TableKey &key)
{
    for (const Schema &schema : diff.to.schemas) {
        if (schema.name == key.first)
            return schema.table(key.second);
    }
    return nullptr;
}

/// change.to with its held-back keys, in the order the desired table declares its keys (the
/// order decides the ids SQLite gives unnamed keys).
Table tableToCreate(const SchemaChange &change, const SchemaDiff &diff,
                    const QHash<TableKey, QList<ForeignKey>> &heldBack)
{
    Table table = change.to;
    const TableKey key{change.schema, table.name};
    const QList<ForeignKey> extra = heldBack.value(key);
    if (extra.isEmpty())
        return table;
    table.foreignKeys.append(extra);
    if (const Table *desired = desiredTable(diff, key)) {
        const auto position = [desired](const ForeignKey &foreignKey) {
            const qsizetype at = desired->foreignKeys.indexOf(foreignKey);
            return at < 0 ? desired->foreignKeys.size() : at;
        };
        std::stable_sort(
            table.foreignKeys.begin(), table.foreignKeys.end(),
            [&](const ForeignKey &a, const ForeignKey &b) { return position(a) < position(b); });
    }
    return table;
}

void planDropTable(const SchemaChange &change, SqlitePlanBuilder &builder)
{
    builder.disableForeignKeys();
    // Atlas names the dropped table without a qualifier, whatever --qualifier says.
    builder
        .append(QLatin1String("Drop ") + goQuoted(change.from.name) + QLatin1String(" table"),
                QLatin1String("DROP TABLE ") + builder.identifier(change.from.name))
        .destructive = true;
}

void planRenameTable(const SchemaChange &change, SqlitePlanBuilder &builder)
{
    builder.append(QLatin1String("Rename a table from ") + goQuoted(change.from.name) +
                       QLatin1String(" to ") + goQuoted(change.to.name),
                   QLatin1String("ALTER TABLE ") +
                       builder.qualifiedTableName(change.schema, change.from.name) +
                       QLatin1String(" RENAME TO ") +
                       builder.qualifiedTableName(change.schema, change.to.name));
}

Error unsupportedChange(const SchemaChange &change)
{
    switch (change.kind) {
    case SchemaChange::Kind::AddSchema:
        return Error{SqlitePlannerTr::tr("Unsupported change for SQLite: add schema %1. An SQLite "
                                         "database file is one schema; keep the tables in "
                                         "\"main\" or use another database file.")
                         .arg(goQuoted(change.schemaTo.name))};
    case SchemaChange::Kind::DropSchema:
        return Error{SqlitePlannerTr::tr("Unsupported change for SQLite: drop schema %1. An "
                                         "SQLite database file is one schema; delete the file "
                                         "instead.")
                         .arg(goQuoted(change.schemaFrom.name))};
    case SchemaChange::Kind::ModifySchema:
        return Error{SqlitePlannerTr::tr("Unsupported change for SQLite: modify schema %1. "
                                         "SQLite schemas have no character set, collation or "
                                         "comment; remove them from the desired schema.")
                         .arg(goQuoted(change.schema))};
    case SchemaChange::Kind::AddEnum:
    case SchemaChange::Kind::DropEnum:
    case SchemaChange::Kind::ModifyEnum: {
        const QString name =
            change.enumTo.name.isEmpty() ? change.enumFrom.name : change.enumTo.name;
        return Error{SqlitePlannerTr::tr("Unsupported change for SQLite: enum type %1. SQLite "
                                         "has no enum types; use a CHECK constraint instead.")
                         .arg(goQuoted(name))};
    }
    default:
        return Error{SqlitePlannerTr::tr("Unsupported change for SQLite in table %1.")
                         .arg(goQuoted(tableName(change)))};
    }
}

Error foreignKeysWithoutTable(const SchemaChange &change)
{
    return Error{SqlitePlannerTr::tr("Cannot add the foreign keys of table %1 on their own: "
                                     "SQLite declares foreign keys only in CREATE TABLE, and this "
                                     "plan does not create the table. Diff the table as a "
                                     "modified table instead.")
                     .arg(goQuoted(tableName(change)))};
}

} // namespace

const SqlitePlanner &SqlitePlanner::instance()
{
    static const SqlitePlanner planner;
    return planner;
}

Expected<Plan> SqlitePlanner::plan(const SchemaDiff &diff, const PlanOptions &options) const
{
    SqlitePlanBuilder builder(SqliteDialect::instance(), options);
    const QHash<TableKey, QList<ForeignKey>> heldBack = heldBackForeignKeys(diff);
    for (int i = 0; i < diff.changes.size(); ++i) {
        const SchemaChange &change = diff.changes[i];
        builder.setChange(i);
        switch (change.kind) {
        case SchemaChange::Kind::AddTable:
            builder.createTable(tableToCreate(change, diff, heldBack), change.schema);
            break;
        case SchemaChange::Kind::DropTable:
            planDropTable(change, builder);
            break;
        case SchemaChange::Kind::RenameTable:
            planRenameTable(change, builder);
            break;
        case SchemaChange::Kind::ModifyTable:
            if (Status status = planSqliteModifyTable(change, builder); !status)
                return status.error();
            break;
        case SchemaChange::Kind::AddForeignKeys:
            if (!createsTable(diff, {change.schema, tableName(change)}))
                return foreignKeysWithoutTable(change);
            break;
        default:
            return unsupportedChange(change);
        }
    }
    Plan plan = builder.finish();
    // SQLite checks no reference at CREATE TABLE: the differ's order stands, as in Atlas.
    plan.changes = diff.changes;
    return plan;
}

} // namespace strata
