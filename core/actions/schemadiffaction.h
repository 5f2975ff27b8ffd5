#pragma once

#include "db/registry.h"
#include "diff/differ.h"
#include "diff/planner.h"
#include "load/schemaloader.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <functional>

namespace strata {

/// Compare two schema sources and plan the SQL between them: the one options object of
/// `strata schema diff` and the Diff page.
struct SchemaDiffRequest
{
    LoadRequest from;
    LoadRequest to;
    DiffOptions diff;
    /// `qualify` is decided here (see runSchemaDiff); indent and concurrency are the caller's.
    PlanOptions plan;
    /// Narrows each loaded side before the comparison (--schema, --exclude); may be empty.
    std::function<Status(Realm &realm, const LoadRequest &source)> scope;
};

struct SchemaDiffResult
{
    LoadResult from;
    LoadResult to;
    /// The database both sides are in, whose planner wrote `plan`.
    DatabaseChoice database;
    SchemaDiff diff;
    Plan plan;
};

/// Loads both sides, diffs them and plans the changes with the database's planner. Table
/// names are qualified unless the sides are bound to one schema, as Atlas's `schema diff`
/// qualifies them. Both sides must be the same kind of database; honours cancel.
Expected<SchemaDiffResult> runSchemaDiff(const SchemaDiffRequest &request,
                                         const TaskControl &control);

/// Plans `diff` for `database`: the step runSchemaDiff and `migrate diff` share.
Expected<Plan> planChanges(const DatabaseChoice &database, const SchemaDiff &diff,
                           const PlanOptions &options);

} // namespace strata
