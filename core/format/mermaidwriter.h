#pragma once

#include "dialect/dialect.h"
#include "model/schema.h"

#include <QString>

namespace strata {

/// The realm as Atlas's `schema inspect --format '{{ mermaid . }}'` prints it (cmdlog's mermaid
/// template): an erDiagram with one entity per table (columns as "<type> <name> [PK,FK]", the
/// type as the dialect's FormatType spells it, spaces as underscores) and one relationship per
/// foreign key, `|` on the side whose columns are the primary key or a unique index. Tables
/// are qualified as schema_table["schema.table"] when the realm has several schemas.
QString writeMermaid(const Realm &realm, const Dialect &dialect);

} // namespace strata
