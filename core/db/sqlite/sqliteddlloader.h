#pragma once

#include "model/schema.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>

namespace strata {

/// Loads SQLite DDL the way Atlas does with a dev database: executes it statement by statement in
/// a private in-memory SQLite database and inspects the result (the engine is the parser).
/// `sourceName` is the file name used in error messages. The schema is named "main".
Expected<Realm> loadSqliteDdl(const QString &sql, const QString &sourceName,
                              const TaskControl &control);

} // namespace strata
