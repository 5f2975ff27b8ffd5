#pragma once

#include <QString>

#include <optional>

namespace strata {

/// A column type, kept both as written and as the dialect normalizes it.
struct ColumnType
{
    /// As written in the DDL or reported by the catalog, e.g. "VARCHAR(255)".
    QString raw;
    /// The dialect's canonical lower-case spelling, e.g. "varchar(255)". The differ compares this.
    QString normalized;
    /// MySQL's UNSIGNED attribute; Atlas prints it as `unsigned = true`.
    bool isUnsigned = false;

    /// Two types are the same when the dialect normalizes them alike: "TINYINT(1)" and
    /// "tinyint" are one SQLite type. The raw spelling only matters for display.
    bool operator==(const ColumnType &other) const
    {
        return normalized == other.normalized && isUnsigned == other.isUnsigned &&
               (!normalized.isEmpty() || raw == other.raw);
    }
};

/// A column default. Literals print as HCL values, expressions as sql("...").
struct ColumnDefault
{
    enum class Kind
    {
        Literal,
        Expression
    };
    Kind kind = Kind::Literal;
    /// The default as SQL text: `'a''b'`, `0`, `true`, `CURRENT_TIMESTAMP`, `(lower('x'))`.
    QString sql;

    bool operator==(const ColumnDefault &) const = default;
};

/// A generated (computed) column expression.
struct GeneratedExpression
{
    QString expression;
    bool stored = false;

    bool operator==(const GeneratedExpression &) const = default;
};

struct Column
{
    QString name;
    ColumnType type;
    bool nullable = true;
    std::optional<ColumnDefault> defaultValue;
    bool autoIncrement = false;
    std::optional<GeneratedExpression> generated;
    QString comment;
    QString charset;
    QString collation;
    /// MySQL `ON UPDATE CURRENT_TIMESTAMP`; empty elsewhere.
    QString onUpdate;

    bool operator==(const Column &) const = default;
};

} // namespace strata
