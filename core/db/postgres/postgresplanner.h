#pragma once

#include "diff/planner.h"

namespace strata {

/// Turns changes into the statements `atlas migrate diff` writes for PostgreSQL: the same
/// SQL, comments and order, so a migration directory is the same whichever tool wrote it.
class PostgresPlanner final : public Planner
{
public:
    /// A realm of several schemas (or a diff that adds or drops a schema) is always planned
    /// with schema-qualified names, as Atlas plans a realm; `options.qualifier` requires the
    /// changes to stay within one schema.
    Expected<Plan> plan(const SchemaDiff &diff, const PlanOptions &options) const override;
};

} // namespace strata
