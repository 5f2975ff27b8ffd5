#pragma once

#include "diff/schemachange.h"

#include <QList>

namespace strata {

/// Atlas's DetachCycles (sql/internal/sqlx/plan.go), which the MySQL and PostgreSQL planners
/// run first: table changes sorted so that a table
/// comes after the tables its foreign keys reference (and is dropped before them); when the
/// foreign keys form a cycle, tables are created without their keys to other tables, which are
/// added by AddForeignKeys changes at the end, and foreign keys of dropped tables are dropped
/// before the tables. Changes that are not about one table keep their places.
QList<SchemaChange> orderByForeignKeys(QList<SchemaChange> changes);

} // namespace strata
