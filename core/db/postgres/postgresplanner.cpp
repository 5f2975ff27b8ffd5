#include "postgresplanner.h"

#include "diff/changeorder.h"

#include "hcl/gostring.h"
#include "postgresdialect.h"
#include "postgresplansteps.h"

#include <QCoreApplication>
#include <QSet>

namespace strata {

namespace {

bool changesSchemas(const SchemaDiff &diff)
{
    for (const SchemaChange &change : diff.changes) {
        if (change.kind == SchemaChange::Kind::AddSchema ||
            change.kind == SchemaChange::Kind::DropSchema)
            return true;
    }
    return false;
}

/// Atlas's CheckChangesScope: with a qualifier every change must happen in one schema, which
/// the plan then names after the qualifier.
Status checkQualifierScope(const SchemaDiff &diff, const QString &qualifier)
{
    QSet<QString> schemas;
    for (const SchemaChange &change : diff.changes) {
        if (change.kind == SchemaChange::Kind::AddSchema ||
            change.kind == SchemaChange::Kind::DropSchema) {
            return Error{QCoreApplication::translate(
                             "strata::PostgresPlanner",
                             "Cannot add or drop schema %1 in a plan qualified with schema %2: "
                             "plan without a qualifier to change schemas.")
                             .arg(goQuoted(change.schema), goQuoted(qualifier))};
        }
        schemas.insert(change.schema);
    }
    if (schemas.size() > 1) {
        return Error{QCoreApplication::translate(
                         "strata::PostgresPlanner",
                         "The changes span %1 schemas, but a plan qualified with schema %2 "
                         "covers one: plan without a qualifier, or one schema at a time.")
                         .arg(schemas.size())
                         .arg(goQuoted(qualifier))};
    }
    return Ok{};
}

Status planChange(const PostgresPlanStep &step)
{
    switch (step.change.kind) {
    case SchemaChange::Kind::AddSchema:
    case SchemaChange::Kind::DropSchema:
    case SchemaChange::Kind::ModifySchema:
        return planSchemaChange(step);
    case SchemaChange::Kind::AddEnum:
    case SchemaChange::Kind::DropEnum:
    case SchemaChange::Kind::ModifyEnum:
        return planEnumChange(step);
    case SchemaChange::Kind::AddTable:
    case SchemaChange::Kind::DropTable:
    case SchemaChange::Kind::RenameTable:
        return planTableChange(step);
    case SchemaChange::Kind::ModifyTable:
    case SchemaChange::Kind::AddForeignKeys:
        return planModifyTable(step);
    }
    return Ok{};
}

} // namespace

Error planError(const QString &subject, const QString &reason)
{
    return Error{
        QCoreApplication::translate("strata::PostgresPlanner", "Cannot plan the change to %1: %2")
            .arg(subject, reason)};
}

Expected<Plan> PostgresPlanner::plan(const SchemaDiff &diff, const PlanOptions &options) const
{
    if (!options.qualifier.isEmpty()) {
        if (const Status scoped = checkQualifierScope(diff, options.qualifier); !scoped)
            return scoped.error();
    }
    const bool qualify = options.qualify || diff.from.schemas.size() > 1 ||
                         diff.to.schemas.size() > 1 || changesSchemas(diff);
    const PostgresPlanNames names(qualify, options.qualifier);
    Plan plan;
    // Atlas's PostgreSQL planner runs DetachCycles first: referenced tables are created before
    // the tables that reference them, and foreign-key cycles are closed by ALTERs at the end.
    plan.changes = orderByForeignKeys(diff.changes);
    for (int i = 0; i < plan.changes.size(); ++i) {
        PlannedStatements out(plan.statements, i);
        const PostgresPlanStep step{plan.changes.at(i), options, names, PostgresDialect::instance(),
                                    out};
        if (const Status planned = planChange(step); !planned)
            return planned.error();
    }
    return plan;
}

} // namespace strata
