#pragma once

#include "diff/schemachange.h"

#include <QList>

namespace strata {

class Dialect;

/// What differs between two forms of one table: the part of the differ that compares columns,
/// keys, indexes, foreign keys and checks. `from` and `to` are already in comparable form
/// (Dialect::comparableTable); `renames` are the column renames the user asked for.
TableDiff diffTables(const Table &from, const Table &to, const QList<ColumnRename> &renames);

/// What differs between two columns, as a set of aspects; empty when they are equal.
ColumnAspects columnDifferences(const Column &from, const Column &to);

} // namespace strata
