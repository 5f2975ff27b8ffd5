#pragma once

#include "diff/schemachange.h"
#include "util/expected.h"

namespace strata {

class SqlitePlanBuilder;

/// Plans a ModifyTable change as Atlas's SQLite planner does: ALTER TABLE, CREATE INDEX and
/// DROP INDEX when SQLite can make every part of it in place (adding an index, dropping one,
/// renaming a column, adding a column without default or foreign key), otherwise the table copy
/// of https://www.sqlite.org/lang_altertable.html#otheralter. Parts SQLite stores nowhere
/// (comments) are skipped; parts it has no notion of (a charset, an engine) are an Error.
Status planSqliteModifyTable(const SchemaChange &change, SqlitePlanBuilder &builder);

} // namespace strata
