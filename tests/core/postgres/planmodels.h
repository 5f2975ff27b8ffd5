#pragma once

// Small builders for the planner tests: tables and the SchemaChange entries a differ would
// produce for them.

#include "diff/schemachange.h"

#include <QStringList>

namespace strata::test {

inline Column column(const QString &name, const QString &type, bool nullable = false)
{
    Column column;
    column.name = name;
    column.type.raw = type;
    column.type.normalized = type;
    column.nullable = nullable;
    return column;
}

inline Column enumColumn(const QString &name, const QString &enumName,
                         const QString &enumSchema = {})
{
    Column column = strata::test::column(name, enumName);
    column.type.enumName = enumName;
    column.type.enumSchema = enumSchema;
    return column;
}

inline Column withDefault(Column column, const QString &sql,
                          ColumnDefault::Kind kind = ColumnDefault::Kind::Literal)
{
    column.defaultValue = ColumnDefault{kind, sql};
    return column;
}

inline Column withIdentity(Column column, qint64 start = 1, qint64 increment = 1,
                           const QString &generation = QStringLiteral("BY DEFAULT"))
{
    column.identity = Identity{generation, start, increment};
    return column;
}

inline Column withComment(Column column, const QString &comment)
{
    column.comment = comment;
    return column;
}

inline Index index(const QString &name, const QStringList &columns, bool unique = false)
{
    Index index;
    index.name = name;
    index.unique = unique;
    for (const QString &column : columns) {
        IndexPart part;
        part.column = column;
        index.parts.append(part);
    }
    return index;
}

inline Index uniqueConstraint(const QString &name, const QStringList &columns)
{
    Index constraint = index(name, columns, true);
    constraint.constraint = true;
    return constraint;
}

inline ForeignKey foreignKey(const QString &name, const QStringList &columns,
                             const QString &refTable, const QStringList &refColumns,
                             ReferenceAction onDelete = ReferenceAction::NoAction)
{
    ForeignKey key;
    key.name = name;
    key.columns = columns;
    key.refTable = refTable;
    key.refColumns = refColumns;
    key.onDelete = onDelete;
    return key;
}

inline Table table(const QString &name, const QList<Column> &columns,
                   const QStringList &primaryKey = {})
{
    Table table;
    table.name = name;
    table.columns = columns;
    if (!primaryKey.isEmpty())
        table.primaryKey = index(QString(), primaryKey);
    return table;
}

inline SchemaChange addTable(const QString &schema, const Table &table)
{
    SchemaChange change;
    change.kind = SchemaChange::Kind::AddTable;
    change.schema = schema;
    change.to = table;
    return change;
}

inline SchemaChange dropTable(const QString &schema, const Table &table)
{
    SchemaChange change;
    change.kind = SchemaChange::Kind::DropTable;
    change.schema = schema;
    change.from = table;
    return change;
}

inline SchemaChange modifyTable(const QString &schema, const Table &table, const TableDiff &diff)
{
    SchemaChange change;
    change.kind = SchemaChange::Kind::ModifyTable;
    change.schema = schema;
    change.from = table;
    change.to = table;
    change.diff = diff;
    return change;
}

inline ColumnChange addColumn(const Column &column)
{
    return {PartChangeKind::Add, {}, column, {}};
}

inline ColumnChange dropColumn(const Column &column)
{
    return {PartChangeKind::Drop, column, {}, {}};
}

inline ColumnChange modifyColumn(const Column &from, const Column &to, ColumnAspects aspects)
{
    return {PartChangeKind::Modify, from, to, aspects};
}

inline SchemaChange enumChange(SchemaChange::Kind kind, const QString &schema, const EnumType &from,
                               const EnumType &to)
{
    SchemaChange change;
    change.kind = kind;
    change.schema = schema;
    change.enumFrom = from;
    change.enumTo = to;
    return change;
}

inline SchemaChange schemaChange(SchemaChange::Kind kind, const Schema &from, const Schema &to)
{
    SchemaChange change;
    change.kind = kind;
    change.schema = to.name.isEmpty() ? from.name : to.name;
    change.schemaFrom = from;
    change.schemaTo = to;
    return change;
}

inline SchemaDiff diffOf(const QList<SchemaChange> &changes)
{
    SchemaDiff diff;
    diff.changes = changes;
    return diff;
}

} // namespace strata::test
