#include "schemaload.h"

#include "db/registry.h"
#include "dialect/dialect.h"
#include "hcl/hclwriter.h"
#include "sqlgen/sqlwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SchemaLoadTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::SchemaLoad)
};

} // namespace

Expected<LoadOutcome> loadSchemaForViews(LoadRequest request, const JobContext &context)
{
    QElapsedTimer timer;
    timer.start();
    const TaskControl &control = context.control();
    request.onProgramOutput = [context](const QString &line) {
        context.output(line);
    };
    Expected<LoadResult> loaded = loadSchema(request, control);
    if (!loaded)
        return loaded.error();
    if (control.isCancelled())
        return Error::cancellation();
    control.report(SchemaLoadTr::tr("Writing HCL and SQL"));
    LoadOutcome outcome;
    if (const Dialect *dialect = dialectByName(loaded->dialect)) {
        outcome.hcl = writeAtlasHcl(loaded->realm, *dialect);
        outcome.sql = writeSchemaSql(loaded->realm, *dialect);
    } else {
        loaded->warnings.append(SchemaLoadTr::tr("No HCL or SQL view: Strata has no dialect "
                                                 "named \"%1\".")
                                    .arg(loaded->dialect));
    }
    outcome.result = std::move(loaded.value());
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace strata
