#include "pgexpression.h"

#include "pgjson.h"
#include "pgnames.h"
#include "pgtypename.h"
#include "pgtyperules.h"

#include <QHash>

#include <QLocale>
#include <QRegularExpression>

namespace strata {

// The JSON helpers by name: pgjson::Value would clash with PgExpressionPrinter::Value.
using pgjson::body;
using pgjson::integer;
using pgjson::list;
using pgjson::nodeType;
using pgjson::pgIntegerAt;
using pgjson::stringNode;
using pgjson::strings;
using pgjson::text;

struct PgExpressionPrinter::Value
{
    enum class Kind
    {
        Expression,
        /// A quoted literal whose type comes from its context; `text` holds the value.
        UnknownLiteral,
        /// A numeric constant; `text` is already printed as get_const_expr() prints it.
        Constant,
        Null
    };
    Kind kind = Kind::Expression;
    QString text;
    /// Base type (pgBaseType()); empty when not known.
    QString type;
    /// A bare function call: pg_get_indexdef() prints these without extra parentheses.
    bool functionLike = false;
};

namespace {

using Value = PgExpressionPrinter::Value;

} // namespace

using namespace pgtyperules;

PgExpressionPrinter::PgExpressionPrinter(ColumnTypes columnTypes, const QByteArray &source)
    : m_columnTypes(std::move(columnTypes))
    , m_source(source)
{}

void PgExpressionPrinter::start()
{
    m_columns.clear();
    m_lastWasNull = false;
    m_approximate = false;
}

QString PgExpressionPrinter::assigned(const pgjson::Value &node, const QString &targetType)
{
    start();
    const Value value = print(node);
    if (value.kind == Value::Kind::Null) {
        m_lastWasNull = true;
        return {};
    }
    return shown(value, targetType, false);
}

QString PgExpressionPrinter::condition(const pgjson::Value &node)
{
    start();
    const Value value = print(node);
    m_lastWasNull = value.kind == Value::Kind::Null;
    return shown(value, kBoolean, false);
}

QString PgExpressionPrinter::indexExpression(const pgjson::Value &node)
{
    start();
    const Value value = print(node);
    const QString text = shown(value, value.type, false);
    if (value.functionLike)
        return text;
    return QLatin1Char('(') + text + QLatin1Char(')');
}

QString PgExpressionPrinter::indexColumnName(const pgjson::Value &node)
{
    // FigureColnameInternal(): a strength-2 name (column, function, keyword construct) wins
    // over a cast's type name.
    const QLatin1StringView type = nodeType(node);
    const pgjson::Object object = body(node);
    if (type == QLatin1String("ColumnRef")) {
        const pgjson::Array fields = list(object, "fields");
        return fields.isEmpty() ? QString() : stringNode(fields.last());
    }
    if (type == QLatin1String("FuncCall")) {
        const QStringList names = strings(list(object, "funcname"));
        return names.isEmpty() ? QString() : names.constLast();
    }
    if (type == QLatin1String("TypeCast")) {
        const QString inner = indexColumnName(object.value(QLatin1String("arg")));
        if (!inner.isEmpty())
            return inner;
        const QStringList names =
            strings(list(object.value(QLatin1String("typeName")).toObject(), "names"));
        return names.isEmpty() ? QString() : names.constLast();
    }
    if (type == QLatin1String("CoalesceExpr"))
        return QStringLiteral("coalesce");
    if (type == QLatin1String("CaseExpr"))
        return QStringLiteral("case");
    if (type == QLatin1String("A_ArrayExpr"))
        return QStringLiteral("array");
    if (type == QLatin1String("SQLValueFunction")) {
        QString op = text(object, "op").mid(6).toLower();
        if (op.endsWith(QLatin1String("_n")))
            op.chop(2);
        return op;
    }
    return {};
}

QString PgExpressionPrinter::shown(const Value &value, const QString &type, bool showImplicit)
{
    switch (value.kind) {
    case Value::Kind::UnknownLiteral:
        return constantText(value.text, type);
    case Value::Kind::Null:
        return type.isEmpty() || type == QLatin1String("unknown")
                   ? QStringLiteral("NULL")
                   : QLatin1String("NULL::") + typeLabel(type);
    case Value::Kind::Constant:
    case Value::Kind::Expression:
        break;
    }
    if (!showImplicit || type.isEmpty() || value.type.isEmpty() || type == value.type)
        return value.text;
    return QLatin1Char('(') + value.text + QLatin1String(")::") + typeLabel(type);
}

Value PgExpressionPrinter::print(const pgjson::Value &node)
{
    const QLatin1StringView type = nodeType(node);
    const pgjson::Object object = body(node);
    if (type == QLatin1String("ColumnRef"))
        return column(object);
    if (type == QLatin1String("A_Const"))
        return constant(object);
    if (type == QLatin1String("TypeCast"))
        return typeCast(object);
    if (type == QLatin1String("A_Expr"))
        return operation(object);
    if (type == QLatin1String("BoolExpr"))
        return boolean(object);
    if (type == QLatin1String("NullTest"))
        return nullTest(object);
    if (type == QLatin1String("FuncCall"))
        return function(object);
    if (type == QLatin1String("A_ArrayExpr"))
        return array(object);
    if (type == QLatin1String("CoalesceExpr"))
        return coalesce(object);
    if (type == QLatin1String("CaseExpr"))
        return caseExpression(object);
    if (type == QLatin1String("SQLValueFunction"))
        return sqlValueFunction(object);
    if (type == QLatin1String("BooleanTest")) {
        static const QHash<QString, QString> tests = {
            {QStringLiteral("IS_TRUE"), QStringLiteral(" IS TRUE")},
            {QStringLiteral("IS_NOT_TRUE"), QStringLiteral(" IS NOT TRUE")},
            {QStringLiteral("IS_FALSE"), QStringLiteral(" IS FALSE")},
            {QStringLiteral("IS_NOT_FALSE"), QStringLiteral(" IS NOT FALSE")},
            {QStringLiteral("IS_UNKNOWN"), QStringLiteral(" IS UNKNOWN")},
            {QStringLiteral("IS_NOT_UNKNOWN"), QStringLiteral(" IS NOT UNKNOWN")}};
        const Value argument = print(object.value(QLatin1String("arg")));
        return {Value::Kind::Expression,
                QLatin1Char('(') + shown(argument, kBoolean, false) +
                    tests.value(text(object, "booltesttype")) + QLatin1Char(')'),
                kBoolean};
    }
    m_approximate = true;
    return {Value::Kind::Expression, type, {}};
}

Value PgExpressionPrinter::column(const pgjson::Object &ref)
{
    const pgjson::Array fields = list(ref, "fields");
    if (fields.isEmpty() || nodeType(fields.last()) != QLatin1String("String")) {
        m_approximate = true;
        return {Value::Kind::Expression, QStringLiteral("*"), {}};
    }
    const QString name = stringNode(fields.last());
    if (!m_columns.contains(name))
        m_columns.append(name);
    return {Value::Kind::Expression, pgQuoteIdentifier(name), m_columnTypes(name)};
}

Value PgExpressionPrinter::constant(const pgjson::Object &constant)
{
    if (constant.value(QLatin1String("isnull")).toBool())
        return {Value::Kind::Null, QStringLiteral("NULL"), {}};
    if (constant.contains(QLatin1String("sval"))) {
        return {Value::Kind::UnknownLiteral,
                constant.value(QLatin1String("sval"))
                    .toObject()
                    .value(QLatin1String("sval"))
                    .toString(),
                QStringLiteral("unknown")};
    }
    if (constant.contains(QLatin1String("boolval"))) {
        const bool truth = constant.value(QLatin1String("boolval"))
                               .toObject()
                               .value(QLatin1String("boolval"))
                               .toBool();
        return {Value::Kind::Constant, truth ? QStringLiteral("true") : QStringLiteral("false"),
                kBoolean};
    }
    if (constant.contains(QLatin1String("ival"))) {
        const pgjson::Object ival = constant.value(QLatin1String("ival")).toObject();
        const qint64 number = ival.contains(QLatin1String("ival"))
                                  ? ival.value(QLatin1String("ival")).toInteger(0)
                                  : pgIntegerAt(m_source, integer(constant, "location", -1), 0);
        return {Value::Kind::Constant, constantText(QString::number(number), kInteger), kInteger};
    }
    if (constant.contains(QLatin1String("fval"))) {
        // make_const(): an integer too wide for int4 becomes int8 when it fits, else numeric.
        const QString digits = constant.value(QLatin1String("fval"))
                                   .toObject()
                                   .value(QLatin1String("fval"))
                                   .toString();
        bool fits = false;
        digits.toLongLong(&fits);
        if (fits)
            return {Value::Kind::Constant, pgQuoteLiteral(digits) + QLatin1String("::bigint"),
                    kBigint};
        return {Value::Kind::Constant, constantText(digits, kNumeric), kNumeric};
    }
    if (constant.contains(QLatin1String("bsval"))) {
        const QString bits = constant.value(QLatin1String("bsval"))
                                 .toObject()
                                 .value(QLatin1String("bsval"))
                                 .toString();
        m_approximate = true;
        return {Value::Kind::Constant, pgQuoteLiteral(bits.mid(1)) + QLatin1String("::\"bit\""),
                QStringLiteral("bit")};
    }
    // {"ival": {}} spells 0: the JSON output leaves zero values out.
    return {Value::Kind::Constant, QStringLiteral("0"), kInteger};
}

Value PgExpressionPrinter::typeCast(const pgjson::Object &cast)
{
    const PgTypeName target = pgTypeName(cast.value(QLatin1String("typeName")).toObject());
    const QString base = pgBaseType(target.formatType);
    const QString label = target.builtin ? target.formatType : typeLabel(target.formatType);
    const bool hasTypmod = base != pgBaseType(base) || target.formatType.contains(QLatin1Char('('));
    const Value argument = print(cast.value(QLatin1String("arg")));
    if (argument.kind == Value::Kind::Null)
        return {Value::Kind::Null, QStringLiteral("NULL"), base};
    QString text;
    if (argument.kind == Value::Kind::UnknownLiteral) {
        text = constantText(argument.text, base);
        if (hasTypmod)
            text = QLatin1Char('(') + text + QLatin1String(")::") + label;
        return {Value::Kind::Constant, text, base};
    }
    if (argument.type == base && !hasTypmod)
        return argument;
    return {Value::Kind::Expression,
            QLatin1Char('(') + argument.text + QLatin1String(")::") + label, base};
}

Value PgExpressionPrinter::binary(const QString &op, Value left, Value right)
{
    const Operands types = resolveOperator(op, left.type, right.type);
    return {Value::Kind::Expression,
            QLatin1Char('(') + shown(left, types.left, true) + QLatin1Char(' ') + op +
                QLatin1Char(' ') + shown(right, types.right, true) + QLatin1Char(')'),
            types.result};
}

Value PgExpressionPrinter::operation(const pgjson::Object &expr)
{
    const QString kind = text(expr, "kind");
    const QStringList names = strings(list(expr, "name"));
    const QString op = names.isEmpty() ? QString() : names.constLast();
    if (kind == QLatin1String("AEXPR_IN"))
        return inList(expr, op == QLatin1String("<>"));
    if (kind == QLatin1String("AEXPR_BETWEEN") || kind == QLatin1String("AEXPR_NOT_BETWEEN"))
        return between(expr, kind == QLatin1String("AEXPR_NOT_BETWEEN"));
    const bool hasLeft = expr.contains(QLatin1String("lexpr"));
    if (kind == QLatin1String("AEXPR_OP") && !hasLeft) {
        const Value argument = print(expr.value(QLatin1String("rexpr")));
        return {Value::Kind::Expression,
                QLatin1Char('(') + op + QLatin1Char(' ') + shown(argument, argument.type, true) +
                    QLatin1Char(')'),
                argument.type};
    }
    const Value left = print(expr.value(QLatin1String("lexpr")));
    const Value right = print(expr.value(QLatin1String("rexpr")));
    if (kind == QLatin1String("AEXPR_OP") || kind == QLatin1String("AEXPR_LIKE") ||
        kind == QLatin1String("AEXPR_ILIKE"))
        return binary(op, left, right);
    if (kind == QLatin1String("AEXPR_OP_ANY") || kind == QLatin1String("AEXPR_OP_ALL")) {
        QString element = right.type;
        if (element.endsWith(QLatin1String("[]")))
            element.chop(2);
        const Operands types = resolveOperator(op, left.type, element);
        const QString arrayType =
            types.right.isEmpty() ? QString() : types.right + QLatin1String("[]");
        return {Value::Kind::Expression,
                QLatin1Char('(') + shown(left, types.left, true) + QLatin1Char(' ') + op +
                    (kind == QLatin1String("AEXPR_OP_ANY") ? QLatin1String(" ANY (")
                                                           : QLatin1String(" ALL (")) +
                    shown(right, arrayType, true) + QLatin1String("))"),
                kBoolean};
    }
    if (kind == QLatin1String("AEXPR_DISTINCT") || kind == QLatin1String("AEXPR_NOT_DISTINCT")) {
        const Operands types = resolveOperator(QStringLiteral("="), left.type, right.type);
        return {Value::Kind::Expression,
                QLatin1Char('(') + shown(left, types.left, true) +
                    (kind == QLatin1String("AEXPR_DISTINCT")
                         ? QLatin1String(" IS DISTINCT FROM ")
                         : QLatin1String(" IS NOT DISTINCT FROM ")) +
                    shown(right, types.right, true) + QLatin1Char(')'),
                kBoolean};
    }
    m_approximate = true;
    return binary(op, left, right);
}

Value PgExpressionPrinter::inList(const pgjson::Object &expr, bool negated)
{
    const Value left = print(expr.value(QLatin1String("lexpr")));
    const pgjson::Array items =
        body(expr.value(QLatin1String("rexpr"))).value(QLatin1String("items")).toArray();
    QList<Value> values;
    bool hasColumn = false;
    for (const pgjson::Value &item : items) {
        hasColumn = hasColumn || nodeType(item) == QLatin1String("ColumnRef");
        values.append(print(item));
    }
    const QString op = negated ? QStringLiteral("<>") : QStringLiteral("=");
    if (values.size() == 1)
        return binary(op, left, values.front());
    if (hasColumn)
        m_approximate = true;
    QList<QString> types{left.type};
    for (const Value &value : values)
        types.append(value.type);
    const QString common = commonType(types);
    QStringList elements;
    for (const Value &value : values)
        elements.append(shown(value, common, true));
    const Value arrayValue{Value::Kind::Expression,
                           QLatin1String("ARRAY[") + elements.join(QLatin1String(", ")) +
                               QLatin1Char(']'),
                           common + QLatin1String("[]")};
    const Operands resolved = resolveOperator(op, left.type, common);
    return {Value::Kind::Expression,
            QLatin1Char('(') + shown(left, resolved.left, true) + QLatin1Char(' ') + op +
                (negated ? QLatin1String(" ALL (") : QLatin1String(" ANY (")) +
                shown(arrayValue, resolved.right + QLatin1String("[]"), true) + QLatin1String("))"),
            kBoolean};
}

Value PgExpressionPrinter::between(const pgjson::Object &expr, bool negated)
{
    const pgjson::Value subject = expr.value(QLatin1String("lexpr"));
    const pgjson::Array bounds =
        body(expr.value(QLatin1String("rexpr"))).value(QLatin1String("items")).toArray();
    if (bounds.size() != 2) {
        m_approximate = true;
        return {Value::Kind::Expression, QStringLiteral("BETWEEN"), kBoolean};
    }
    const Value low = binary(negated ? QStringLiteral("<") : QStringLiteral(">="), print(subject),
                             print(bounds.at(0)));
    const Value high = binary(negated ? QStringLiteral(">") : QStringLiteral("<="), print(subject),
                              print(bounds.at(1)));
    return {Value::Kind::Expression,
            QLatin1Char('(') + low.text +
                (negated ? QLatin1String(" OR ") : QLatin1String(" AND ")) + high.text +
                QLatin1Char(')'),
            kBoolean};
}

Value PgExpressionPrinter::boolean(const pgjson::Object &expr)
{
    const QString op = text(expr, "boolop");
    QStringList parts;
    for (const pgjson::Value &arg : list(expr, "args"))
        parts.append(shown(print(arg), kBoolean, false));
    if (op == QLatin1String("NOT_EXPR"))
        return {Value::Kind::Expression, QLatin1String("(NOT ") + parts.value(0) + QLatin1Char(')'),
                kBoolean};
    const QString joiner =
        op == QLatin1String("OR_EXPR") ? QStringLiteral(" OR ") : QStringLiteral(" AND ");
    return {Value::Kind::Expression, QLatin1Char('(') + parts.join(joiner) + QLatin1Char(')'),
            kBoolean};
}

Value PgExpressionPrinter::nullTest(const pgjson::Object &test)
{
    const Value argument = print(test.value(QLatin1String("arg")));
    const bool isNull = text(test, "nulltesttype") == QLatin1String("IS_NULL");
    return {Value::Kind::Expression,
            QLatin1Char('(') + shown(argument, argument.type, true) +
                (isNull ? QLatin1String(" IS NULL)") : QLatin1String(" IS NOT NULL)")),
            kBoolean};
}

Value PgExpressionPrinter::function(const pgjson::Object &call)
{
    const QStringList names = strings(list(call, "funcname"));
    const QString name = names.isEmpty() ? QString() : names.constLast();
    const auto signature = knownFunction(name);
    if (!signature || call.contains(QLatin1String("over")) ||
        call.value(QLatin1String("agg_star")).toBool() ||
        text(call, "funcformat") == QLatin1String("COERCE_SQL_SYNTAX"))
        m_approximate = true;
    QStringList arguments;
    QString firstType;
    for (const pgjson::Value &node : list(call, "args")) {
        const Value argument = print(node);
        const QString type =
            signature && !signature->argumentType.isEmpty()
                ? signature->argumentType
                : (argument.type == QLatin1String("unknown") ? kText : argument.type);
        if (firstType.isEmpty())
            firstType = type;
        arguments.append(shown(argument, type, true));
    }
    QString result = signature ? signature->resultType : QString();
    if (result.isEmpty())
        result = firstType;
    Value value{Value::Kind::Expression,
                pgQuoteIdentifier(name) + QLatin1Char('(') + arguments.join(QLatin1String(", ")) +
                    QLatin1Char(')'),
                result};
    value.functionLike = true;
    return value;
}

Value PgExpressionPrinter::array(const pgjson::Object &arrayNode)
{
    QList<Value> values;
    QList<QString> types;
    for (const pgjson::Value &node : list(arrayNode, "elements")) {
        values.append(print(node));
        types.append(values.last().type);
    }
    const QString common = commonType(types);
    QStringList elements;
    for (const Value &value : values)
        elements.append(shown(value, common, true));
    return {Value::Kind::Expression,
            QLatin1String("ARRAY[") + elements.join(QLatin1String(", ")) + QLatin1Char(']'),
            common + QLatin1String("[]")};
}

Value PgExpressionPrinter::coalesce(const pgjson::Object &expr)
{
    QList<Value> values;
    QList<QString> types;
    for (const pgjson::Value &node : list(expr, "args")) {
        values.append(print(node));
        types.append(values.last().type);
    }
    const QString common = commonType(types);
    QStringList arguments;
    for (const Value &value : values)
        arguments.append(shown(value, common, true));
    Value value{Value::Kind::Expression,
                QLatin1String("COALESCE(") + arguments.join(QLatin1String(", ")) + QLatin1Char(')'),
                common};
    value.functionLike = true;
    return value;
}

Value PgExpressionPrinter::caseExpression(const pgjson::Object &expr)
{
    // CASE needs the result type of every branch and the implicit ELSE NULL the server adds;
    // printed plainly and flagged.
    m_approximate = true;
    QString text = QStringLiteral("CASE");
    QString resultType;
    for (const pgjson::Value &node : list(expr, "args")) {
        const pgjson::Object when = body(node);
        const Value result = print(when.value(QLatin1String("result")));
        if (resultType.isEmpty())
            resultType = result.type;
        text += QLatin1String(" WHEN ") +
                shown(print(when.value(QLatin1String("expr"))), kBoolean, false) +
                QLatin1String(" THEN ") + shown(result, resultType, true);
    }
    if (expr.contains(QLatin1String("defresult")))
        text += QLatin1String(" ELSE ") +
                shown(print(expr.value(QLatin1String("defresult"))), resultType, true);
    return {Value::Kind::Expression, text + QLatin1String(" END"), resultType};
}

Value PgExpressionPrinter::sqlValueFunction(const pgjson::Object &function)
{
    static const QHash<QString, std::pair<QString, QString>> functions = {
        {QStringLiteral("SVFOP_CURRENT_DATE"),
         {QStringLiteral("CURRENT_DATE"), QStringLiteral("date")}},
        {QStringLiteral("SVFOP_CURRENT_TIME"),
         {QStringLiteral("CURRENT_TIME"), QStringLiteral("time with time zone")}},
        {QStringLiteral("SVFOP_CURRENT_TIME_N"),
         {QStringLiteral("CURRENT_TIME"), QStringLiteral("time with time zone")}},
        {QStringLiteral("SVFOP_CURRENT_TIMESTAMP"),
         {QStringLiteral("CURRENT_TIMESTAMP"), QStringLiteral("timestamp with time zone")}},
        {QStringLiteral("SVFOP_CURRENT_TIMESTAMP_N"),
         {QStringLiteral("CURRENT_TIMESTAMP"), QStringLiteral("timestamp with time zone")}},
        {QStringLiteral("SVFOP_LOCALTIME"),
         {QStringLiteral("LOCALTIME"), QStringLiteral("time without time zone")}},
        {QStringLiteral("SVFOP_LOCALTIME_N"),
         {QStringLiteral("LOCALTIME"), QStringLiteral("time without time zone")}},
        {QStringLiteral("SVFOP_LOCALTIMESTAMP"),
         {QStringLiteral("LOCALTIMESTAMP"), QStringLiteral("timestamp without time zone")}},
        {QStringLiteral("SVFOP_LOCALTIMESTAMP_N"),
         {QStringLiteral("LOCALTIMESTAMP"), QStringLiteral("timestamp without time zone")}},
        {QStringLiteral("SVFOP_CURRENT_ROLE"),
         {QStringLiteral("CURRENT_ROLE"), QStringLiteral("name")}},
        {QStringLiteral("SVFOP_CURRENT_USER"),
         {QStringLiteral("CURRENT_USER"), QStringLiteral("name")}},
        {QStringLiteral("SVFOP_USER"), {QStringLiteral("USER"), QStringLiteral("name")}},
        {QStringLiteral("SVFOP_SESSION_USER"),
         {QStringLiteral("SESSION_USER"), QStringLiteral("name")}},
        {QStringLiteral("SVFOP_CURRENT_CATALOG"),
         {QStringLiteral("CURRENT_CATALOG"), QStringLiteral("name")}},
        {QStringLiteral("SVFOP_CURRENT_SCHEMA"),
         {QStringLiteral("CURRENT_SCHEMA"), QStringLiteral("name")}},
    };
    const QString op = text(function, "op");
    const auto it = functions.constFind(op);
    if (it == functions.constEnd()) {
        m_approximate = true;
        return {Value::Kind::Expression, op, {}};
    }
    QString printed = it->first;
    if (op.endsWith(QLatin1String("_N")))
        printed +=
            QLatin1Char('(') + QString::number(integer(function, "typmod")) + QLatin1Char(')');
    Value value{Value::Kind::Expression, printed, it->second};
    value.functionLike = true;
    return value;
}

} // namespace strata
