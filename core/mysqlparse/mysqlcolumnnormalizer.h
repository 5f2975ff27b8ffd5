#pragma once

#include "model/column.h"
#include "mysqlddlspec.h"
#include "mysqlparseoptions.h"

#include <QHash>

#include <optional>

namespace strata {

/// The table defaults a column inherits.
struct MysqlTableCharset
{
    QString charset;
    QString collation;
};

/// Normalized types and defaults already computed in this parse: a schema repeats the same few
/// types and defaults thousands of times, and normalizing one costs a dozen allocations.
struct MysqlNormalizerCache
{
    QHash<QString, ColumnType> types;
    QHash<QString, std::optional<ColumnDefault>> defaults;
};

/// information_schema.COLUMNS.COLUMN_TYPE as the flavour's server reports the written type:
/// display widths filled in (MariaDB `int(11)`) or dropped (MySQL 8 `int`), `decimal` →
/// `decimal(10,0)`, `float(30)` → `double`, `bool` → `tinyint(1)`, `year` → `year(4)` (MariaDB).
QString mysqlServerColumnType(const MysqlTypeSpec &type, const QString &charset,
                              const MysqlParseOptions &options);

/// Whether columns of the type carry a charset and collation (char, text, enum, set…).
bool mysqlTypeHasCharset(const QString &typeName);

/// The column exactly as inspecting the server would read it after the DDL ran: type,
/// nullability (PRIMARY KEY columns are NOT NULL), default and ON UPDATE in the server's
/// spelling, charset and collation resolved against the table's (the caller clears those equal
/// to the table's at the end, as the inspector does).
Column normalizeMysqlColumn(const MysqlColumnSpec &spec, bool inPrimaryKey,
                            const MysqlTableCharset &table, const MysqlParseOptions &options,
                            MysqlNormalizerCache &cache);

} // namespace strata
