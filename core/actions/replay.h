#pragma once

#include "db/registry.h"
#include "migrate/migrationfile.h"
#include "model/schema.h"
#include "url/databaseurl.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QList>
#include <QString>

namespace strata {

/// What replaying a migration directory gives: the schema after its files, and the database
/// that made it.
struct ReplayResult
{
    Realm realm;
    DatabaseChoice database;
    /// How many files ran (those up to the version asked for).
    int filesRun = 0;
};

/// Runs the migration files, in order, statement by statement on a scratch session of the dev
/// database at `devUrl` (never a docker:// URL: start the container first) and inspects what
/// they made: the "current" schema of `migrate diff`, "schema at version V" when `upToVersion`
/// is set (files whose version sorts after it are not run). Statements split with the dev
/// database's rules. A failing statement is an Error naming the file, the line and the
/// server's message; the scratch space is removed whatever happens. Honours cancel and
/// reports each file.
Expected<ReplayResult> replayMigrations(const QList<MigrationFile> &files,
                                        const DatabaseUrl &devUrl, const TaskControl &control,
                                        const QString &upToVersion = QString());

} // namespace strata
