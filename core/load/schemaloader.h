#pragma once

#include "model/schema.h"
#include "url/databaseurl.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>
#include <QStringList>

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
};

/// The loaded schema plus anything the user should read about how it was made.
struct LoadResult
{
    Realm realm;
    QString dialect;
    QStringList warnings;
};

/// Loads the schema a request points at. Runs on any thread; honours cancel and reports stages.
Expected<LoadResult> loadSchema(const LoadRequest &request, const TaskControl &control);

} // namespace strata
