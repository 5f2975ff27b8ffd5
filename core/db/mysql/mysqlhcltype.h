#pragma once

#include "model/column.h"

#include <QString>

namespace strata {

/// The expression after `type =` for a MySQL/MariaDB column, as `atlas schema inspect` spells
/// it: `int`, `varchar(255)`, `decimal(10,2)`, `bool`, `enum("a","b")`; types Atlas does not
/// know (MariaDB's uuid, inet6...) as `sql("...")`. `unsigned` is a separate attribute.
QString mysqlHclType(const ColumnType &type);

} // namespace strata
