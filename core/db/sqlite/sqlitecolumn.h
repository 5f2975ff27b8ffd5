#pragma once

#include "model/column.h"

#include <QString>

namespace strata {

/// The type as SQLite declares it and as Atlas normalizes it: lower case, single spaces, and
/// "blob" for a column declared without a type; integer, float, bool, time, json and uuid types
/// lose their arguments as in Atlas (tinyint(1) is "tinyint").
ColumnType sqliteColumnType(const QString &declared);

/// Classifies pragma_table_xinfo's dflt_value the way Atlas does: numbers, quoted strings,
/// true/false, blobs and NULL are literals; everything else (CURRENT_TIMESTAMP, (expr)) is an
/// expression. The SQL text is kept verbatim.
ColumnDefault sqliteColumnDefault(const QString &defaultSql);

} // namespace strata
