#pragma once

#include "model/column.h"
#include "mysqlddlspec.h"
#include "mysqlparseoptions.h"

#include <QHash>
#include <QStringView>

#include <unordered_map>

#include <optional>

namespace strata {

/// The table defaults a column inherits.
struct MysqlTableCharset
{
    QString charset;
    QString collation;
};

/// Normalized types and defaults already computed in this parse: a schema repeats the same few
/// types and defaults thousands of times, and normalizing one costs a dozen allocations. Keyed
/// without allocating: the type's shared name and argument list (the parser hands out one
/// list per distinct argument text and keeps it alive) and the default's text in the script.
struct MysqlNormalizerCache
{
    struct Key
    {
        const void *name;
        const void *args;
        int flags;
        int defaultKind;
        int precision;
        QStringView defaultSource;
        bool operator==(const Key &other) const
        {
            return name == other.name && args == other.args && flags == other.flags &&
                   defaultKind == other.defaultKind && precision == other.precision &&
                   defaultSource == other.defaultSource;
        }
    };
    struct KeyHash
    {
        size_t operator()(const Key &key) const
        {
            return qHashMulti(0, quintptr(key.name), quintptr(key.args), key.flags, key.defaultKind,
                              key.precision, key.defaultSource);
        }
    };
    struct Entry
    {
        ColumnType type;
        std::optional<ColumnDefault> defaultValue;
    };
    std::unordered_map<Key, Entry, KeyHash> entries;
};

/// information_schema.COLUMNS.COLUMN_TYPE as the flavour's server reports the written type:
/// display widths filled in (MariaDB `int(11)`) or dropped (MySQL 8 `int`), `decimal` →
/// `decimal(10,0)`, `float(30)` → `double`, `bool` → `tinyint(1)`, `year` → `year(4)` (MariaDB).
QString mysqlServerColumnType(const MysqlTypeSpec &type, const QString &charset,
                              const MysqlParseOptions &options);

/// The type spec a server column type stands for ("decimal(10,2) unsigned zerofill"), for
/// re-deriving a default when ALTER TABLE changes it.
MysqlTypeSpec mysqlTypeSpecFromServerType(const QString &serverType);

/// A DEFAULT clause as inspection reads it back for a column of `type` (`columnType` being the
/// column's normalized type).
std::optional<ColumnDefault> normalizeMysqlDefault(const MysqlDefaultSpec &value,
                                                   const MysqlTypeSpec &type,
                                                   const ColumnType &columnType,
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
