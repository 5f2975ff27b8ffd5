#pragma once

#include "model/schema.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QStringList>

namespace strata {

class MysqlConnection;

/// Inspects `schemas` (all user schemas when empty) in seven information_schema queries per
/// realm — schemas, tables, columns, index parts, foreign key rules, foreign key columns,
/// checks — whatever the number of tables. Spells types and defaults as Atlas reads them;
/// MariaDB's differences (quoted defaults, the text NULL, JSON as longtext with a json_valid
/// check) are read the MariaDB way. Reports stages and honours cancel between queries.
Expected<Realm> inspectMysqlRealm(MysqlConnection &connection, const QStringList &schemas,
                                  const TaskControl &control);

} // namespace strata
