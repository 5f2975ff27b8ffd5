#include "sqlitetablecopy.h"

#include "dialect/dialect.h"
#include "hcl/gostring.h"
#include "sqliteplanbuilder.h"

#include <QCoreApplication>
#include <QStringList>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SqliteTableCopyTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::SqlitePlanner)
};

/// The two lists of INSERT INTO `new_t` (into) SELECT from FROM `t`.
struct CopiedColumns
{
    QStringList into;
    QStringList from;
};

/// The one change the diff makes to `column` of the new table, or nullptr (Atlas's copyRows).
Expected<const ColumnChange *> changeOf(const Column &column, const SchemaChange &change)
{
    const ColumnChange *found = nullptr;
    for (const ColumnChange &candidate : change.diff.columns) {
        if (candidate.kind == PartChangeKind::Drop) {
            if (candidate.from.name == column.name) {
                return Error{SqliteTableCopyTr::tr("Cannot copy table %1: column %2 is both "
                                                   "dropped and kept. Check the rename hints.")
                                 .arg(goQuoted(change.to.name), goQuoted(column.name))};
            }
            continue;
        }
        if (candidate.to.name != column.name)
            continue;
        if (found) {
            return Error{SqliteTableCopyTr::tr("Cannot copy table %1: column %2 is changed twice. "
                                               "Check the rename hints.")
                             .arg(goQuoted(change.to.name), goQuoted(column.name))};
        }
        found = &candidate;
    }
    return found;
}

Expected<CopiedColumns> copiedColumns(const SchemaChange &change, const SqlitePlanBuilder &builder)
{
    CopiedColumns copied;
    for (const Column &column : change.to.columns) {
        // Generated values are computed by the new table itself.
        if (column.generated)
            continue;
        const Expected<const ColumnChange *> found = changeOf(column, change);
        if (!found)
            return found.error();
        const ColumnChange *columnChange = *found;
        if (columnChange && columnChange->kind == PartChangeKind::Add)
            continue;
        const QString target = builder.identifier(column.name);
        copied.into.append(target);
        if (!columnChange) {
            copied.from.append(target);
            continue;
        }
        const QString source = builder.identifier(columnChange->from.name);
        const bool fillsNulls =
            !column.nullable && column.defaultValue &&
            (columnChange->aspects & (ColumnAspect::Null | ColumnAspect::Default));
        if (fillsNulls) {
            copied.from.append(QLatin1String("IFNULL(") + source + QLatin1String(", ") +
                               builder.dialect().defaultValueSql(*column.defaultValue) +
                               QLatin1String(") AS ") + target);
        } else {
            copied.from.append(source);
        }
    }
    return copied;
}

/// Whether swapping the tables loses values: a dropped column, or a type whose affinity may
/// convert them.
bool losesValues(const TableDiff &diff)
{
    for (const ColumnChange &column : diff.columns) {
        if (column.kind == PartChangeKind::Drop)
            return true;
        if (column.kind != PartChangeKind::Add && (column.aspects & ColumnAspect::Type))
            return true;
    }
    return false;
}

} // namespace

Status planSqliteTableCopy(const SchemaChange &change, SqlitePlanBuilder &builder)
{
    const Expected<CopiedColumns> copied = copiedColumns(change, builder);
    if (!copied)
        return copied.error();
    builder.disableForeignKeys();

    const Table &table = change.to;
    Table temporary = table;
    temporary.name = QLatin1String("new_") + table.name;
    temporary.indexes.clear();
    QList<Index> laterIndexes;
    for (const Index &index : table.indexes) {
        if (builder.dialect().inlineIndexSql(index, table).isEmpty())
            laterIndexes.append(index);
        else
            temporary.indexes.append(index);
    }
    builder.createTable(temporary, change.schema);

    const QString name = builder.identifier(table.name);
    const QString temporaryName = builder.identifier(temporary.name);
    const bool copiesRows = !copied->into.isEmpty();
    if (copiesRows) {
        builder
            .append(QLatin1String("Copy rows from old table ") + goQuoted(table.name) +
                        QLatin1String(" to new temporary table ") + goQuoted(temporary.name),
                    QLatin1String("INSERT INTO ") + temporaryName + QLatin1String(" (") +
                        copied->into.join(QLatin1String(", ")) + QLatin1String(") SELECT ") +
                        copied->from.join(QLatin1String(", ")) + QLatin1String(" FROM ") + name)
            .reversible = false;
    }
    PlannedStatement &drop =
        builder.append(QLatin1String("Drop ") + goQuoted(table.name) +
                           (copiesRows ? QLatin1String(" table after copying rows")
                                       : QLatin1String(" table without copying rows (no columns)")),
                       QLatin1String("DROP TABLE ") + name);
    drop.reversible = false;
    drop.destructive = !copiesRows || losesValues(change.diff);
    builder
        .append(QLatin1String("Rename temporary table ") + goQuoted(temporary.name) +
                    QLatin1String(" to ") + goQuoted(table.name),
                QLatin1String("ALTER TABLE ") + temporaryName + QLatin1String(" RENAME TO ") + name)
        .reversible = false;
    for (const Index &index : laterIndexes)
        builder.createIndex(index, table);
    return Ok{};
}

} // namespace strata
