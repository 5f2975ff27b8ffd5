#pragma once

// The PostgreSQL server's type rules that PgExpressionPrinter models to print expressions as
// pg_get_expr() does: implicit-cast ranks, select_common_type(), operator resolution for the
// operators DDL uses, a few built-in function signatures, and how constants print.

#include <QList>
#include <QString>

#include <optional>

namespace strata::pgtyperules {

inline const QString kInteger = QStringLiteral("integer");
inline const QString kBigint = QStringLiteral("bigint");
inline const QString kNumeric = QStringLiteral("numeric");
inline const QString kText = QStringLiteral("text");
inline const QString kBoolean = QStringLiteral("boolean");
inline const QString kVarchar = QStringLiteral("character varying");
inline const QString kBpchar = QStringLiteral("bpchar");
inline const QString kDouble = QStringLiteral("double precision");
inline const QString kReal = QStringLiteral("real");

/// Rank of a numeric type in the server's implicit-cast ladder; 0 for other types.
int numericRank(const QString &type);

bool isIntegerFamily(const QString &type);

bool isStringType(const QString &type);

bool isBuiltinLabel(const QString &type);

/// format_type() of a base type: built-in names as they are, others quoted as identifiers.
QString typeLabel(const QString &type);

bool isTrueLiteral(const QString &value);

/// float8out()/float4out(): the shortest text that reads back as the same number.
QString floatText(const QString &value);

/// timestamp_out()/timestamptz_out() of an ISO literal with DateStyle ISO and TimeZone UTC
/// (the server prints the zone it runs in; UTC is what the test servers and most containers
/// use). Other spellings come back unchanged.
QString timestampText(const QString &value, bool zoned);

/// get_const_expr() with showtype 0 for a constant of base type `type` holding `value` (the
/// type's output text).
QString constantText(const QString &value, const QString &type);

/// select_common_type() for the types this printer models.
QString commonType(const QList<QString> &types);

struct Operands
{
    QString left;
    QString right;
    QString result;
};

/// The operand types the server's operator resolution settles on, for the operators DDL uses.
Operands resolveOperator(const QString &op, QString left, QString right);

struct FunctionSignature
{
    /// The type every argument is coerced to; empty keeps the argument's own type.
    QString argumentType;
    /// The result type; empty means "the first argument's type".
    QString resultType;
};

std::optional<FunctionSignature> knownFunction(const QString &name);

} // namespace strata::pgtyperules
