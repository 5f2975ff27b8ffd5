#include "schemaload.h"

#include "dialect/dialect.h"
#include "hclgen/hclwriter.h"
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
    // Every load names the database that spells it, so both views can always be written.
    const Dialect &dialect = loaded->database.dialect();
    outcome.hcl = writeAtlasHcl(loaded->realm, dialect);
    outcome.sql = writeSchemaSql(loaded->realm, dialect);
    outcome.result = std::move(loaded.value());
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace strata
