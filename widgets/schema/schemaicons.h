#pragma once

#include <QIcon>

namespace strata {

struct SchemaTreeNode;

/// The icon of a schema tree row: key for primary keys, link for foreign keys, and so on.
QIcon schemaNodeIcon(const SchemaTreeNode &node);

} // namespace strata
