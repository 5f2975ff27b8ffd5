#pragma once

#include "diff/schemachange.h"
#include "util/expected.h"

#include <QList>

namespace strata {

class Dialect;

/// What the user asked the differ to treat as renames rather than drop + add.
struct DiffOptions
{
    QList<TableRename> tableRenames;
    QList<ColumnRename> columnRenames;
};

/// The changes that turn `from` into `to`, in the order of Atlas's differ
/// (sql/internal/sqlx/diff.go): per schema its attributes, enum types, dropped and modified
/// tables in `from` order, added tables in `to` order, dropped enum types; then schemas that
/// are new, with their tables. Ordering by foreign keys is the planner's step, as in Atlas:
/// the MySQL and PostgreSQL planners call orderByForeignKeys() (changeorder.h), SQLite's keeps
/// this order (SQLite checks no reference at CREATE TABLE).
///
/// The differ knows no database: `dialect` gives each table in the form that compares (type
/// aliases, inherited charsets...), so a schema diffed against its own inspection is empty.
/// A schema's own name is part of the comparison; a realm bound to one schema on each side
/// (a schema-scoped URL) compares whatever the two schemas are called.
Expected<SchemaDiff> diffRealms(const Realm &from, const Realm &to, const Dialect &dialect,
                                const DiffOptions &options = {});

/// Column renames a user may mean: in a table that lost one column and gained another of the
/// same type, the pair. Offered unchecked by Generate Migration; never applied on their own.
QList<ColumnRename> renameCandidates(const SchemaDiff &diff);

} // namespace strata
