#pragma once

#include "model/check.h"
#include "model/column.h"
#include "model/foreignkey.h"
#include "model/index.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace strata {

// What the parser read, before the server's normalization: the builder turns these into the
// model the way the server would.

/// A column type as written: `INT(11) UNSIGNED`, `VARCHAR(20) CHARSET latin1 BINARY`.
struct MysqlTypeSpec
{
    /// Lower-case name with aliases resolved (`integer` → `int`, `numeric` → `decimal`).
    QString name;
    /// Numbers, or for enum/set the values re-quoted ('a''b').
    QStringList args;
    bool isUnsigned = false;
    bool zerofill = false;
    /// The BINARY attribute of character types: the charset's _bin collation.
    bool binary = false;
    QString charset;
    QString collation;
};

/// A DEFAULT clause.
struct MysqlDefaultSpec
{
    enum class Kind
    {
        None,
        Null,
        Number,
        String,
        Bool,
        Bits,
        CurrentTimestamp,
        Expression
    };
    Kind kind = Kind::None;
    /// Number text, string value (unquoted), `1`/`0` for Bool, the bit/hex literal, or the
    /// expression as the server prints it.
    QString text;
    /// CURRENT_TIMESTAMP(n); -1 without parentheses.
    int precision = -1;
    /// The clause's text in the script (empty when made up, e.g. by ALTER ... DROP DEFAULT);
    /// equal texts on equal types normalize alike, which the normalizer's cache relies on.
    QStringView source;
};

struct MysqlCheckSpec
{
    /// Empty when the server names it.
    QString name;
    QString expression;
    bool enforced = true;
};

struct MysqlForeignKeySpec
{
    QString constraintName;
    /// `FOREIGN KEY name (cols)`: names the index and, on MariaDB, the constraint.
    QString indexName;
    QStringList columns;
    QString refSchema;
    QString refTable;
    QStringList refColumns;
    std::optional<ReferenceAction> onUpdate;
    std::optional<ReferenceAction> onDelete;
    /// Written inline in a column definition (`REFERENCES t (id)`).
    bool inlineReference = false;
};

struct MysqlColumnSpec
{
    QString name;
    MysqlTypeSpec type;
    std::optional<bool> notNull;
    MysqlDefaultSpec defaultValue;
    /// ON UPDATE CURRENT_TIMESTAMP(n): -1 none, -2 without parentheses, else n.
    int onUpdatePrecision = -1;
    bool autoIncrement = false;
    bool primaryKey = false;
    bool unique = false;
    QString comment;
    std::optional<GeneratedExpression> generated;
    QList<MysqlCheckSpec> checks;
    std::optional<MysqlForeignKeySpec> reference;
};

struct MysqlKeySpec
{
    enum class Kind
    {
        Primary,
        Unique,
        Index,
        Fulltext,
        Spatial
    };
    Kind kind = Kind::Index;
    /// Empty when the server names it.
    QString name;
    QList<IndexPart> parts;
    QString comment;
    /// USING HASH/BTREE.
    QString method;
};

/// Table options; unset ones keep their current value (ALTER) or the default (CREATE).
struct MysqlTableOptionsSpec
{
    std::optional<QString> engine;
    std::optional<QString> charset;
    std::optional<QString> collation;
    std::optional<QString> comment;
};

/// Everything between CREATE TABLE's parentheses, in order of appearance per kind.
struct MysqlTableBodySpec
{
    QList<MysqlColumnSpec> columns;
    /// Keys in declaration order, column-level PRIMARY KEY/UNIQUE included where they appear.
    QList<MysqlKeySpec> keys;
    QList<MysqlForeignKeySpec> foreignKeys;
    QList<MysqlCheckSpec> checks;
};

} // namespace strata
