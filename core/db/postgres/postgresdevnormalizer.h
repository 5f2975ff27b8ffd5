#pragma once

#include "model/schema.h"
#include "url/databaseurl.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>

namespace strata {

/// Normalizes PostgreSQL DDL through a dev database as Atlas does, and reports it under the
/// schema the user expects: the dev URL's search_path, else "public". The DDL runs in a scratch
/// database with a random name (strata_dev_<hex>) on the dev server, in that schema, so names
/// the DDL qualifies with it ("public"."t") work as in a real deployment; the database is
/// dropped whatever happens: success, a failing statement, or Cancel. When the dev user may not
/// create databases (no CREATEDB), the DDL runs instead in a scratch schema of the dev database
/// inside a transaction that is rolled back; DDL that touches other schemas is then refused.
/// Either way the dev database is left as it was. `sourceName` names the DDL in messages.
Expected<Realm> normalizePostgresDdl(const DatabaseUrl &devUrl, const QString &ddl,
                                     const QString &sourceName, const TaskControl &control);

/// The prefix of every scratch database and schema name, so leftovers can be recognized.
QString postgresScratchSchemaPrefix();

} // namespace strata
