#pragma once

#include "pgjsonreader.h"
#include <QByteArray>
#include <QSet>
#include <QString>

#include <functional>

namespace strata {

/// Prints raw-parse-tree expressions the way the server's pg_get_expr() prints them after
/// parse analysis: every operator parenthesized, implicit casts made visible where ruleutils
/// shows them ("(amount > (0)::numeric)", "((name)::text = 'a'::text)"), string literals
/// labelled with the type they were coerced to. The types come from a small model of the
/// server's operator and function resolution, enough for DDL's defaults and checks; an
/// expression outside it is printed plainly and flagged, so the caller can warn.
class PgExpressionPrinter
{
public:
    /// Resolves a column name of the table at hand to its base type (pgBaseType()); empty
    /// for an unknown column.
    using ColumnTypes = std::function<QString(const QString &column)>;

    /// `source` is the parsed text: libpg_query 15-4.0's JSON drops negative integer
    /// constants ({"ival": {}}), so their value is read back from the text at their location.
    PgExpressionPrinter(ColumnTypes columnTypes, const QByteArray &source);

    /// A DEFAULT or GENERATED expression assigned to a column of base type `targetType`.
    QString assigned(const pgjson::Value &node, const QString &targetType);
    /// A CHECK constraint or an index predicate (coerced to boolean).
    QString condition(const pgjson::Value &node);
    /// One expression column of an index, as pg_get_indexdef(oid, column, false) prints it.
    QString indexExpression(const pgjson::Value &node);

    /// The column name the server derives for an index expression (FigureIndexColname()):
    /// the function's name for a call, "expr" for an operator; used in generated index names.
    static QString indexColumnName(const pgjson::Value &node);

    /// True when the last expression printed is a NULL constant (the server stores no default).
    bool lastWasNull() const { return m_lastWasNull; }
    /// Columns the last expression referred to, for the server's constraint names.
    const QStringList &referencedColumns() const { return m_columns; }
    /// True when the last expression used a construct this printer does not model.
    bool lastWasApproximate() const { return m_approximate; }

    struct Value;

private:
    Value print(const pgjson::Value &node);
    Value column(const pgjson::Object &ref);
    Value constant(const pgjson::Object &constant);
    Value typeCast(const pgjson::Object &cast);
    Value operation(const pgjson::Object &expr);
    Value binary(const QString &op, Value left, Value right);
    Value inList(const pgjson::Object &expr, bool negated);
    Value between(const pgjson::Object &expr, bool negated);
    Value boolean(const pgjson::Object &expr);
    Value nullTest(const pgjson::Object &test);
    Value function(const pgjson::Object &call);
    Value array(const pgjson::Object &array);
    Value coalesce(const pgjson::Object &expr);
    Value caseExpression(const pgjson::Object &expr);
    Value sqlValueFunction(const pgjson::Object &function);
    QString shown(const Value &value, const QString &type, bool showImplicit);
    void start();

    ColumnTypes m_columnTypes;
    const QByteArray &m_source;
    QStringList m_columns;
    bool m_lastWasNull = false;
    bool m_approximate = false;
};

} // namespace strata
