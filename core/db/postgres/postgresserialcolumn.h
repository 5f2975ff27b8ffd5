#pragma once

#include "model/column.h"
#include "util/expected.h"

#include <QString>

namespace strata {

/// serial, bigserial or smallserial: an integer column whose default draws from its own
/// sequence (the inspector reports such columns with these types and no default).
bool isPostgresSerial(const ColumnType &type);
/// The integer type a serial type stands for (serial is integer); the normalized type itself
/// for other types.
QString postgresIntegerTypeOf(const ColumnType &type);
/// The sequence PostgreSQL creates for a serial column: <table>_<column>_seq.
QString postgresSerialSequence(const QString &table, const QString &column);
/// A serial column must be NOT NULL (Atlas refuses to plan it otherwise).
Status checkSerialNotNull(const Column &column, const QString &table);

} // namespace strata
