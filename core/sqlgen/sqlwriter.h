#pragma once

#include "model/schema.h"

#include <QString>

namespace strata {

class Dialect;

/// The realm as `atlas schema inspect --format '{{ sql . }}'` prints it: the statements that
/// create it, each preceded by an Atlas comment line (`-- Create "t" table`,
/// `-- Create index "i" to table: "t"`).
/// `indent` empty = single-line statements; "  " = one column per line (`{{ sql . "  " }}`).
/// Tables come in foreign-key order (referenced tables first, ties and cycles in model order),
/// each followed by its indexes; names are schema-qualified only when the realm has several
/// schemas.
QString writeSchemaSql(const Realm &realm, const Dialect &dialect,
                       const QString &indent = QString());

} // namespace strata
