#pragma once

#include "model/schema.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>

namespace strata {

class PostgresConnection;

/// Inspects one schema (`schemaName`) or, when it is empty, every user schema of the database
/// (pg_catalog, information_schema and pg_toast/temp schemas left out), in seven pg_catalog
/// queries whatever the number of tables: each query covers all schemas at once through
/// `= ANY($1)`. Reports stages and honours cancel between queries.
Expected<Realm> inspectPostgres(const PostgresConnection &connection, const QString &schemaName,
                                const TaskControl &control);

} // namespace strata
