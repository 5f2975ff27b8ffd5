#pragma once

#include <QString>

namespace strata {

/// A SQLite column type as Atlas prints it after `type =`: the lower-case declared type when
/// Atlas's SQLite type registry knows it (`integer`, `varchar(255)`, `decimal(10,2)`, with
/// spaces spelled as underscores: `double_precision`, `unsigned_big_int`), `blob` for a column
/// declared without a type, and `sql("...")` for anything else, which every Atlas version reads.
QString sqliteHclType(const QString &declaredType);

} // namespace strata
