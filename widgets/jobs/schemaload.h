#pragma once

#include "jobcontext.h"
#include "load/schemaloader.h"
#include "util/expected.h"

namespace strata {

/// What a finished load hands the window: the loaded schema and the texts of its HCL and SQL
/// views, written off the GUI thread too.
struct LoadOutcome
{
    LoadResult result;
    QString hcl;
    QString sql;
    qint64 elapsedMs = 0;
};

/// The work of a schema load, run as a job's work on a pool thread: loads `request`, writes the
/// HCL and SQL views, reports stages, and passes the external schema program's stderr lines to
/// `context.output()`. A cancelled load returns Error::cancellation().
Expected<LoadOutcome> loadSchemaForViews(LoadRequest request, const JobContext &context);

} // namespace strata
