#pragma once

#include "db/registry.h"
#include "model/schema.h"
#include "program/schemaprogramrunner.h"
#include "url/databaseurl.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace strata {

/// What to load and how: the same options object for the CLI's `schema inspect` and the GUI.
struct LoadRequest
{
    /// A database URL, or file:// for a .sql file of DDL.
    DatabaseUrl url;
    /// Where DDL is normalized (Atlas's dev database), e.g. sqlite://dev?mode=memory.
    std::optional<DatabaseUrl> devUrl;
    /// Dialect of DDL files when no dev database is given ("sqlite", ...); empty = unknown.
    QString dialect;
    /// Set for an env whose src is an external schema program: the program's stdout (DDL in
    /// the dev database's dialect) is loaded, and `url` is not used.
    std::optional<ProgramInvocation> program;
    /// What the source is called in messages and titles (`env "sqlite"`); never holds a password.
    QString displayName;
    /// Receives the program's stderr line by line, on the loading thread.
    std::function<void(const QString &line)> onProgramOutput;
};

/// The loaded schema plus anything the user should read about how it was made.
struct LoadResult
{
    Realm realm;
    /// The database and flavour that spell the realm; writers take its dialect().
    DatabaseChoice database;
    QStringList warnings;
    /// How long the external schema program ran (0 when there was none), so "time to tree
    /// shown" can be told apart from the program's own run time.
    qint64 programMs = 0;
};

/// Loads the schema a request points at. Runs on any thread; honours cancel and reports stages.
Expected<LoadResult> loadSchema(const LoadRequest &request, const TaskControl &control);

} // namespace strata
