#pragma once

#include "dialect/dialect.h"
#include "diff/schemachange.h"
#include "util/expected.h"

#include <QList>
#include <QString>

namespace strata {

class PostgresDialect;
class PostgresPlanNames;

/// What one modified column adds to its table's ALTER TABLE.
struct ColumnAlteration
{
    /// `ALTER COLUMN "c" TYPE bigint, ALTER COLUMN "c" SET NOT NULL`.
    QString clause;
    /// Statements before the ALTER TABLE: the sequence of a column that becomes serial.
    QList<SqlStatement> before;
    /// Statements after it: dropping the sequence of a column that stops being serial.
    QList<SqlStatement> after;
    /// The new type cannot hold every value of the old one.
    bool losesData = false;
    /// Atlas has no reverse for it (a dropped generation expression).
    bool reversible = true;
};

/// The column `from` becomes `to` in `aspects` (the comment is not one of them: it is its own
/// statement), written as Atlas's alterColumn does: one `ALTER COLUMN` per aspect in the
/// order type, nullability, default, identity, generation. `name` is the column's name when
/// the ALTER TABLE runs (a renamed column is renamed after it).
Expected<ColumnAlteration> alterPostgresColumn(const Column &from, const Column &to,
                                               ColumnAspects aspects, const QString &name,
                                               const QString &table, const QString &schema,
                                               const PostgresPlanNames &names,
                                               const PostgresDialect &dialect);

/// Whether changing the column's type from `from` to `to` can lose or reject stored values
/// (bigint to integer, varchar(50) to varchar(10), text to an enum); widening is safe.
bool postgresTypeChangeLosesData(const Column &from, const Column &to);

} // namespace strata
