#pragma once

#include "model/schema.h"

#include <QString>

namespace strata::test {

/// "unique (a, b desc, {lower(c)}) where x > 0": an index as one comparable line.
QString describeIndex(const Index &index);
/// "name: (a, b) -> parent (x, y) on update CASCADE on delete SET NULL".
QString describeForeignKey(const ForeignKey &key);
/// "name type null default=literal:0 autoincrement generated=stored:(a + 1)".
QString describeColumn(const Column &column);
/// Every table of a schema, one element per line, so two inspections compare with a readable diff.
QString dumpSchema(const Schema &schema);

} // namespace strata::test
