#pragma once

#include "diff/planner.h"
#include "lint/analyzers.h"

namespace strata::lint {

/// Lints a planned migration: statement i's changes are plan.changes[statements[i].change],
/// its line the line of its SQL in plan.text().
Findings lintPlan(const Plan &plan, const LintPolicy &policy);

} // namespace strata::lint
