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
    /// PostgreSQL: the enum type the column uses (`enum.status` in HCL); empty otherwise.
    QString enumName;
    /// PostgreSQL: the schema of `enumName` when it differs from the table's schema.
    QString enumSchema;

    /// Two types are the same when the dialect normalizes them alike: "TINYINT(1)" and
    /// "tinyint" are one SQLite type. The raw spelling only matters for display.
    bool operator==(const ColumnType &other) const
    {
        return normalized == other.normalized && isUnsigned == other.isUnsigned &&
               enumName == other.enumName && enumSchema == other.enumSchema &&
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

/// PostgreSQL `GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY (START WITH s INCREMENT BY i)`.
struct Identity
{
    /// "ALWAYS" or "BY DEFAULT".
    QString generation;
    qint64 start = 1;
    qint64 increment = 1;

    bool operator==(const Identity &) const = default;
};

struct Column
{
    QString name;
    ColumnType type;
    bool nullable = true;
    std::optional<ColumnDefault> defaultValue;
    bool autoIncrement = false;
    std::optional<GeneratedExpression> generated;
    std::optional<Identity> identity;
    QString comment;
    QString charset;
    QString collation;
    /// MySQL `ON UPDATE CURRENT_TIMESTAMP`; empty elsewhere.
    QString onUpdate;

    bool operator==(const Column &) const = default;
};

} // namespace strata
