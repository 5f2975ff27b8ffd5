#include "sqlitemodifytable.h"

#include "dialect/dialect.h"
#include "hcl/gostring.h"
#include "sqliteplanbuilder.h"
#include "sqlitetablecopy.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SqliteModifyTableTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::SqlitePlanner)
};

/// SQLite keeps no comments, and Atlas's SQLite differ ignores them: nothing to plan.
ColumnAspects plannedAspects(const ColumnChange &change)
{
    return change.aspects & ~ColumnAspects(ColumnAspect::Comment);
}

Status unsupportedTableAspects(const SchemaChange &change)
{
    const TableAspects aspects = change.diff.attributes;
    QString what;
    if (aspects & TableAspect::Charset)
        what = SqliteModifyTableTr::tr("character set");
    else if (aspects & TableAspect::Collation)
        what = SqliteModifyTableTr::tr("collation");
    else if (aspects & TableAspect::Engine)
        what = SqliteModifyTableTr::tr("storage engine");
    else
        return Ok{};
    return Error{SqliteModifyTableTr::tr("Cannot plan the change to table %1: SQLite tables have "
                                         "no %2. Remove it from the desired schema.")
                     .arg(goQuoted(change.to.name), what)};
}

Status unsupportedColumnAspects(const SchemaChange &change)
{
    for (const ColumnChange &column : change.diff.columns) {
        const ColumnAspects aspects = column.aspects;
        QString what;
        if (aspects & ColumnAspect::Charset)
            what = SqliteModifyTableTr::tr("character set");
        else if (aspects & ColumnAspect::Identity)
            what = SqliteModifyTableTr::tr("identity");
        else if (aspects & ColumnAspect::OnUpdate)
            what = SqliteModifyTableTr::tr("ON UPDATE clause");
        else
            continue;
        return Error{SqliteModifyTableTr::tr("Cannot plan the change to column %1 of table %2: "
                                             "SQLite columns have no %3. Remove it from the "
                                             "desired schema.")
                         .arg(goQuoted(column.to.name), goQuoted(change.to.name), what)};
    }
    return Ok{};
}

/// Atlas's `alterable` for one column: SQLite's ADD COLUMN takes no default (Atlas copies
/// rather than trust a constant one), no stored expression and no REFERENCES.
bool alterable(const ColumnChange &change, const Table &table)
{
    switch (change.kind) {
    case PartChangeKind::Add:
        return !change.to.defaultValue && !(change.to.generated && change.to.generated->stored) &&
               !table.isForeignKeyColumn(change.to.name);
    case PartChangeKind::Drop:
        return false;
    case PartChangeKind::Modify:
    case PartChangeKind::Rename:
        return !plannedAspects(change);
    }
    return false;
}

/// An index CREATE TABLE declares itself (a UNIQUE constraint's automatic index) changes only
/// with the table.
bool alterable(const IndexChange &change, const SchemaChange &modify, const Dialect &dialect)
{
    switch (change.kind) {
    case PartChangeKind::Add:
        return dialect.inlineIndexSql(change.to, modify.to).isEmpty();
    case PartChangeKind::Drop:
        return dialect.inlineIndexSql(change.from, modify.from).isEmpty();
    case PartChangeKind::Modify:
    case PartChangeKind::Rename:
        return false;
    }
    return false;
}

bool alterable(const SchemaChange &change, const Dialect &dialect)
{
    const TableDiff &diff = change.diff;
    if ((diff.attributes & TableAspect::Options) || diff.primaryKey ||
        !diff.foreignKeys.isEmpty() || !diff.checks.isEmpty())
        return false;
    for (const ColumnChange &column : diff.columns) {
        if (!alterable(column, change.to))
            return false;
    }
    for (const IndexChange &index : diff.indexes) {
        if (!alterable(index, change, dialect))
            return false;
    }
    return true;
}

void planAlterTable(const SchemaChange &change, SqlitePlanBuilder &builder)
{
    const Table &table = change.to;
    const QString alter = QLatin1String("ALTER TABLE ") + builder.identifier(table.name);
    for (const ColumnChange &column : change.diff.columns) {
        if (column.kind == PartChangeKind::Add) {
            builder.append(QLatin1String("Add column ") + goQuoted(column.to.name) +
                               QLatin1String(" to table: ") + goQuoted(table.name),
                           alter + QLatin1String(" ADD COLUMN ") +
                               builder.dialect().columnDefinitionSql(column.to, table));
        } else if (column.kind == PartChangeKind::Rename) {
            builder.append(QLatin1String("Rename a column from ") + goQuoted(column.from.name) +
                               QLatin1String(" to ") + goQuoted(column.to.name),
                           alter + QLatin1String(" RENAME COLUMN ") +
                               builder.identifier(column.from.name) + QLatin1String(" TO ") +
                               builder.identifier(column.to.name));
        }
    }
    for (const IndexChange &index : change.diff.indexes) {
        if (index.kind == PartChangeKind::Add)
            builder.createIndex(index.to, table);
        else
            builder.dropIndex(index.from, table);
    }
}

} // namespace

Status planSqliteModifyTable(const SchemaChange &change, SqlitePlanBuilder &builder)
{
    if (Status status = unsupportedTableAspects(change); !status)
        return status;
    if (Status status = unsupportedColumnAspects(change); !status)
        return status;
    if (!alterable(change, builder.dialect()))
        return planSqliteTableCopy(change, builder);
    planAlterTable(change, builder);
    return Ok{};
}

} // namespace strata
