#pragma once

#include "diff/planner.h"

namespace strata {

/// SQLite's planner, Atlas's sql/sqlite/migrate.go: tables are created with every foreign key
/// inline (SQLite checks no reference at CREATE TABLE, so a cycle needs no later ALTER), changed
/// in place where ALTER TABLE can, copied otherwise, and the plan runs with foreign-key
/// enforcement off when it drops or copies a table. SQLite has no schemas to add and no enum
/// types: such changes are an Error.
class SqlitePlanner final : public Planner
{
public:
    static const SqlitePlanner &instance();

    Expected<Plan> plan(const SchemaDiff &diff, const PlanOptions &options) const override;
};

} // namespace strata
