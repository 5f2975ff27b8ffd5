#include "schemadiffaction.h"

#include "load/boundschema.h"

#include <QCoreApplication>

#include <future>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SchemaDiffTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::SchemaDiff)
};

/// The URL whose binding decides qualification: the dev database a source was normalized on,
/// else the source's own URL; programs run on the dev database.
QString boundSchemaOfSource(const LoadRequest &request)
{
    if (request.devUrl)
        return boundSchema(*request.devUrl);
    return request.program ? QString() : boundSchema(request.url);
}

} // namespace

Expected<Plan> planChanges(const DatabaseChoice &database, const SchemaDiff &diff,
                           const PlanOptions &options)
{
    const Planner *planner = database.database->planner(database.flavour);
    if (!planner) {
        return Error{SchemaDiffTr::tr("Strata cannot plan migrations for %1 yet.")
                         .arg(database.database->displayName(database.flavour))};
    }
    return planner->plan(diff, options);
}

Expected<SchemaDiffResult> runSchemaDiff(const SchemaDiffRequest &request,
                                         const TaskControl &control)
{
    SchemaDiffResult result;
    // The two sides are independent: load them at once (two SQL files parse in the time of
    // one). Each load reports its own stages.
    control.report(SchemaDiffTr::tr("Loading %1 and %2")
                       .arg(request.from.displayName, request.to.displayName));
    auto loadSide = [&request, &control](const LoadRequest &side) -> Expected<LoadResult> {
        auto loaded = loadSchema(side, control);
        if (!loaded)
            return loaded.error();
        if (request.scope) {
            if (Status scoped = request.scope(loaded->realm, side); !scoped)
                return scoped.error();
        }
        return loaded;
    };
    auto pendingFrom = std::async(std::launch::async, loadSide, std::cref(request.from));
    auto to = loadSide(request.to);
    auto from = pendingFrom.get();
    if (!from)
        return from.error();
    if (!to)
        return to.error();
    if (from->database.database != to->database.database) {
        return Error{SchemaDiffTr::tr("Cannot compare %1 (%2) with %3 (%4): both sides must be "
                                      "the same kind of database.")
                         .arg(request.from.displayName,
                              from->database.database->displayName(from->database.flavour),
                              request.to.displayName,
                              to->database.database->displayName(to->database.flavour))};
    }
    result.database = to->database;
    control.report(SchemaDiffTr::tr("Comparing %1 tables with %2")
                       .arg(from->realm.tableCount())
                       .arg(to->realm.tableCount()));
    auto diff = diffRealms(from->realm, to->realm, result.database.dialect(), request.diff);
    if (!diff)
        return diff.error();
    PlanOptions options = request.plan;
    options.qualify =
        options.qualify || !options.qualifier.isEmpty() ||
        (boundSchemaOfSource(request.from).isEmpty() && boundSchemaOfSource(request.to).isEmpty());
    auto plan = planChanges(result.database, diff.value(), options);
    if (!plan)
        return plan.error();
    result.from = std::move(from.value());
    result.to = std::move(to.value());
    result.diff = std::move(diff.value());
    result.plan = std::move(plan.value());
    return result;
}

} // namespace strata
