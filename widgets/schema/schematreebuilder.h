#pragma once

#include "schematreenode.h"

#include <memory>

namespace strata {

struct Realm;

/// Turns a realm into tree rows: schema > table > Columns / Indexes / Foreign keys / Checks
/// folders (a folder only when it has rows), with the type and detail texts a user reads.
std::unique_ptr<SchemaTreeNode> buildSchemaTree(const Realm &realm);

} // namespace strata
