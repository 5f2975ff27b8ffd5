#pragma once

// Hand-built changes for the SQLite planner tests (the differ is tested on its own).

#include "diff/schemachange.h"
#include "model/schema.h"

namespace strata::test {

inline SchemaChange tableChange(SchemaChange::Kind kind, const Table &from, const Table &to)
{
    SchemaChange change;
    change.kind = kind;
    change.schema = QStringLiteral("main");
    change.from = from;
    change.to = to;
    return change;
}

inline SchemaChange addTable(const Table &table)
{
    return tableChange(SchemaChange::Kind::AddTable, Table(), table);
}

inline SchemaChange dropTable(const Table &table)
{
    return tableChange(SchemaChange::Kind::DropTable, table, Table());
}

inline SchemaChange renameTable(const Table &from, const Table &to)
{
    return tableChange(SchemaChange::Kind::RenameTable, from, to);
}

inline SchemaChange modifyTable(const Table &from, const Table &to, const TableDiff &diff)
{
    SchemaChange change = tableChange(SchemaChange::Kind::ModifyTable, from, to);
    change.diff = diff;
    return change;
}

inline SchemaChange addForeignKeys(const Table &table, const QList<ForeignKey> &keys)
{
    SchemaChange change = tableChange(SchemaChange::Kind::AddForeignKeys, Table(), table);
    for (const ForeignKey &key : keys)
        change.diff.foreignKeys.append({PartChangeKind::Add, ForeignKey(), key});
    return change;
}

inline ColumnChange addColumn(const Column &column)
{
    return {PartChangeKind::Add, Column(), column, {}};
}

inline ColumnChange dropColumn(const Column &column)
{
    return {PartChangeKind::Drop, column, Column(), {}};
}

inline ColumnChange modifyColumn(const Column &from, const Column &to, ColumnAspects aspects)
{
    return {PartChangeKind::Modify, from, to, aspects};
}

inline ColumnChange renameColumn(const Column &from, const Column &to, ColumnAspects aspects = {})
{
    return {PartChangeKind::Rename, from, to, aspects};
}

inline IndexChange addIndex(const Index &index)
{
    return {PartChangeKind::Add, Index(), index};
}

inline IndexChange dropIndex(const Index &index)
{
    return {PartChangeKind::Drop, index, Index()};
}

inline IndexChange modifyIndex(const Index &from, const Index &to)
{
    return {PartChangeKind::Modify, from, to};
}

inline ForeignKeyChange addForeignKey(const ForeignKey &key)
{
    return {PartChangeKind::Add, ForeignKey(), key};
}

inline ForeignKeyChange dropForeignKey(const ForeignKey &key)
{
    return {PartChangeKind::Drop, key, ForeignKey()};
}

inline CheckChange addCheck(const Check &check)
{
    return {PartChangeKind::Add, Check(), check};
}

inline CheckChange dropCheck(const Check &check)
{
    return {PartChangeKind::Drop, check, Check()};
}

inline SchemaDiff diffOf(const QList<SchemaChange> &changes)
{
    SchemaDiff diff;
    diff.changes = changes;
    return diff;
}

} // namespace strata::test
