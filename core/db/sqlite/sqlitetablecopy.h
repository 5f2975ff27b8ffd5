#pragma once

#include "diff/schemachange.h"
#include "util/expected.h"

namespace strata {

class SqlitePlanBuilder;

/// The table copy Atlas plans for every change SQLite's ALTER TABLE cannot make: CREATE TABLE
/// `new_t` in the `to` form, INSERT the rows of the columns that survive (a column made NOT NULL
/// with a default takes the default where it was NULL; added and generated columns are not
/// copied), DROP TABLE `t`, rename `new_t` to `t`, re-create its indexes. Foreign-key enforcement
/// is off for the whole plan, so rows that reference `t` keep pointing at it.
Status planSqliteTableCopy(const SchemaChange &change, SqlitePlanBuilder &builder);

} // namespace strata
