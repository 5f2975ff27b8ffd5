#pragma once

#include "model/column.h"

namespace strata {

/// Whether changing a column from `from` to `to` (MODIFY COLUMN) can lose or alter stored values:
/// anything but a widening within one family (tinyint → int, varchar(50) → varchar(100) or text,
/// decimal(5,2) → decimal(8,2), an enum or set gaining values at its end...). Unknown pairs count
/// as lossy, so the plan flags them.
bool mysqlTypeChangeLosesData(const ColumnType &from, const ColumnType &to);

} // namespace strata
