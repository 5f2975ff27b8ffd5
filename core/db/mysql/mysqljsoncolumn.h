#pragma once

#include "model/table.h"

namespace strata {

/// MariaDB keeps `json` as longtext in utf8mb4_bin with a column-level CHECK (json_valid(`c`))
/// named after the column, and the inspector reports exactly that. Whether `column` of `table`
/// is such a column: writing it back as `json` recreates what the server had, which a
/// table-level check would not (SHOW CREATE TABLE would differ, and DROP CONSTRAINT cannot
/// remove a column-level check).
bool isMariaDbJsonColumn(const Column &column, const Table &table);

/// The column of `table` whose MariaDB json_valid check `check` is; nullptr for other checks.
const Column *mariaDbJsonCheckColumn(const Check &check, const Table &table);

} // namespace strata
