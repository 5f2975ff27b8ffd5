#pragma once

#include "model/schema.h"
#include "url/databaseurl.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>

namespace strata {

/// Normalizes PostgreSQL DDL through a dev database as Atlas does: creates a scratch schema
/// with a random name (strata_dev_<hex>), runs the DDL there (search_path points at it),
/// inspects it, and reports it under the schema the user expects: the dev URL's search_path,
/// else "public". The scratch schema is dropped whatever happens: success, a failing
/// statement, or Cancel. `sourceName` names the DDL in messages.
Expected<Realm> normalizePostgresDdl(const DatabaseUrl &devUrl, const QString &ddl,
                                     const QString &sourceName, const TaskControl &control);

/// The prefix of every scratch schema name, so leftovers can be recognized.
QString postgresScratchSchemaPrefix();

} // namespace strata
