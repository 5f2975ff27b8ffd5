#pragma once

#include "diff/schemachange.h"

#include <QString>

namespace strata::test {

/// The changes of a diff as one line each ("modify table t: add column a, drop index i"), for
/// assertions and failure messages that a reader can follow.
QString describe(const SchemaDiff &diff);

} // namespace strata::test
