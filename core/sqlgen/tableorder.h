#pragma once

#include "model/schema.h"

#include <QList>

namespace strata {

/// A table and the schema it lives in.
struct SchemaTable
{
    const Schema *schema = nullptr;
    const Table *table = nullptr;
};

/// Every table of the realm ordered so that a table comes after the tables its foreign keys
/// reference; otherwise model order (schema order, then table order). A cycle is broken by
/// taking the first remaining table in model order, so creation never stalls.
QList<SchemaTable> tablesInCreationOrder(const Realm &realm);

} // namespace strata
