#pragma once

#include "mysqlquoting.h"

#include "model/column.h"
#include "mysqlserverversion.h"

#include <QString>

#include <optional>

namespace strata {

/// information_schema.COLUMNS.COLUMN_TYPE as Atlas normalizes it: lower-case type name,
/// integer display widths dropped (`int(11)` → `int`), `tinyint(1)` → `bool`, `unsigned` moved
/// to ColumnType::isUnsigned, enum/set values kept exactly. ZEROFILL types stay as reported.
ColumnType mysqlColumnType(const QString &columnType);

/// Whether the normalized type is a number (bool, integers, decimal, float, double, bit).
bool isMysqlNumericType(const QString &normalizedType);
/// Whether the normalized type is a date/time type (datetime, timestamp, date, time, year).
bool isMysqlTimeType(const QString &normalizedType);

/// COLUMNS.COLUMN_DEFAULT turned into a model default the way Atlas reads it. `value` is empty
/// for SQL NULL. MariaDB quotes string literals and reports no default as the text NULL; MySQL
/// reports bare text and flags expression defaults DEFAULT_GENERATED in EXTRA.
std::optional<ColumnDefault> mysqlColumnDefault(const std::optional<QString> &value,
                                                const ColumnType &type, const QString &extra,
                                                const MysqlServerVersion &version);

/// What COLUMNS.EXTRA says besides the default: auto_increment, ON UPDATE, generated columns.
struct MysqlColumnExtra
{
    bool autoIncrement = false;
    /// `current_timestamp()` (MariaDB) or `CURRENT_TIMESTAMP` (MySQL), as the server spells it.
    QString onUpdate;
    /// Set for generated columns.
    std::optional<bool> generatedStored;
};

MysqlColumnExtra parseMysqlColumnExtra(const QString &extra);

} // namespace strata
