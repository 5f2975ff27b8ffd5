#pragma once

#include "model/schema.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace strata {

/// What about a column differs; a Modify change may carry several.
enum class ColumnAspect : unsigned
{
    Type = 1u << 0,
    Null = 1u << 1,
    Default = 1u << 2,
    Comment = 1u << 3,
    Charset = 1u << 4,
    Collation = 1u << 5,
    Generated = 1u << 6,
    Identity = 1u << 7,
    AutoIncrement = 1u << 8,
    OnUpdate = 1u << 9,
};
Q_DECLARE_FLAGS(ColumnAspects, ColumnAspect)
Q_DECLARE_OPERATORS_FOR_FLAGS(ColumnAspects)

/// What about a table's own attributes differs.
enum class TableAspect : unsigned
{
    Comment = 1u << 0,
    Charset = 1u << 1,
    Collation = 1u << 2,
    Engine = 1u << 3,
    /// SQLite WITHOUT ROWID / STRICT: only a table copy changes them.
    Options = 1u << 4,
};
Q_DECLARE_FLAGS(TableAspects, TableAspect)
Q_DECLARE_OPERATORS_FOR_FLAGS(TableAspects)

/// The kind of one change to a part of a table (column, key, index, check).
enum class PartChangeKind
{
    Add,
    Drop,
    Modify,
    /// Columns only, and only when the user asked for it (a rename hint).
    Rename,
};

struct ColumnChange
{
    PartChangeKind kind = PartChangeKind::Add;
    /// The column before (Drop, Modify, Rename); default-constructed for Add.
    Column from;
    /// The column after (Add, Modify, Rename); default-constructed for Drop.
    Column to;
    /// Modify and Rename: what else differs.
    ColumnAspects aspects;
};

/// Indexes and the primary key share the Index shape.
struct IndexChange
{
    PartChangeKind kind = PartChangeKind::Add;
    Index from;
    Index to;
};

struct ForeignKeyChange
{
    PartChangeKind kind = PartChangeKind::Add;
    ForeignKey from;
    ForeignKey to;
};

struct CheckChange
{
    PartChangeKind kind = PartChangeKind::Add;
    Check from;
    Check to;
};

/// Everything that differs inside one table, in Atlas's order: attributes, columns, primary
/// key, indexes, foreign keys, checks.
struct TableDiff
{
    TableAspects attributes;
    QList<ColumnChange> columns;
    std::optional<IndexChange> primaryKey;
    QList<IndexChange> indexes;
    QList<ForeignKeyChange> foreignKeys;
    QList<CheckChange> checks;

    bool isEmpty() const
    {
        return !attributes && columns.isEmpty() && !primaryKey && indexes.isEmpty() &&
               foreignKeys.isEmpty() && checks.isEmpty();
    }
};

/// One change of a realm, in the order of Atlas's differ (sql/internal/sqlx/diff.go) after
/// its FK cycle detachment: planners render the list in order.
struct SchemaChange
{
    enum class Kind
    {
        /// `schemaTo` is new; its tables follow as AddTable changes.
        AddSchema,
        /// `schemaFrom` goes with all its tables (no DropTable changes for them).
        DropSchema,
        /// Schema attributes (charset, collation, comment) differ.
        ModifySchema,
        AddEnum,
        DropEnum,
        /// Values added to (or removed from) an enum type.
        ModifyEnum,
        /// `to` is created. Foreign keys that close a cycle are left out of it and added by a
        /// later AddForeignKeys change.
        AddTable,
        DropTable,
        /// `from` becomes `to` by `diff`.
        ModifyTable,
        /// `from.name` becomes `to.name` (a rename hint); a following ModifyTable may change it.
        RenameTable,
        /// The foreign keys `diff.foreignKeys` (all Add) of a table created earlier in this
        /// plan, added once every table they reference exists.
        AddForeignKeys,
    };

    Kind kind = Kind::AddTable;
    /// The schema the change happens in (the schema itself for the schema kinds).
    QString schema;
    /// AddSchema / DropSchema / ModifySchema: the schema's attributes (tables not used).
    Schema schemaFrom;
    Schema schemaTo;
    Table from;
    Table to;
    TableDiff diff;
    EnumType enumFrom;
    EnumType enumTo;
};

/// A column rename the user asked for: the planner renames instead of dropping and adding.
struct ColumnRename
{
    QString schema;
    QString table;
    QString from;
    QString to;
};

/// A table rename the user asked for.
struct TableRename
{
    QString schema;
    QString from;
    QString to;
};

/// What the differ found, with the realms it compared (planners read the target schema, e.g.
/// to qualify a referenced table, and SQLite rebuilds a table from its `to` form).
struct SchemaDiff
{
    Realm from;
    Realm to;
    QList<SchemaChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
};

} // namespace strata
