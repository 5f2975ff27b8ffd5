#include "evaluator.h"

#include "evaluator_p.h"
#include "functions.h"

#include <QCoreApplication>

#include <cmath>

namespace strata::hcl {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HclEvaluatorTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclEvaluator)
};

QString operatorText(Operator op)
{
    switch (op) {
    case Operator::Or:
        return QStringLiteral("||");
    case Operator::And:
        return QStringLiteral("&&");
    case Operator::Equal:
        return QStringLiteral("==");
    case Operator::NotEqual:
        return QStringLiteral("!=");
    case Operator::Less:
        return QStringLiteral("<");
    case Operator::LessEqual:
        return QStringLiteral("<=");
    case Operator::Greater:
        return QStringLiteral(">");
    case Operator::GreaterEqual:
        return QStringLiteral(">=");
    case Operator::Add:
        return QStringLiteral("+");
    case Operator::Subtract:
        return QStringLiteral("-");
    case Operator::Multiply:
        return QStringLiteral("*");
    case Operator::Divide:
        return QStringLiteral("/");
    case Operator::Modulo:
        return QStringLiteral("%");
    case Operator::Not:
        return QStringLiteral("!");
    case Operator::Negate:
        return QStringLiteral("-");
    case Operator::None:
        break;
    }
    return {};
}

} // namespace

Value EvalRun::eval(const Expression &e)
{
    switch (e.kind) {
    case ExprKind::Literal:
        return e.value;
    case ExprKind::Template:
        return templateValue(e);
    case ExprKind::TemplateIf:
    case ExprKind::TemplateFor: {
        QString out;
        renderTemplate(e, out);
        return Value::string(out);
    }
    case ExprKind::Tuple: {
        ValueList items;
        items.reserve(e.operands.size());
        for (const ExpressionPtr &item : e.operands)
            items.push_back(eval(*item));
        return Value::tuple(std::move(items));
    }
    case ExprKind::Object: {
        ValueMap fields;
        for (size_t i = 0; i + 1 < e.operands.size(); i += 2) {
            const std::optional<QString> key = eval(*e.operands[i]).asString();
            if (!key)
                fail(*e.operands[i], HclEvaluatorTr::tr("an object key must be a string"));
            fields.insert(*key, eval(*e.operands[i + 1]));
        }
        return Value::object(std::move(fields));
    }
    case ExprKind::Variable:
        return lookup(e);
    case ExprKind::GetAttr:
        return getAttr(e);
    case ExprKind::Index:
        return index(e);
    case ExprKind::Splat:
        return splat(e);
    case ExprKind::SplatItem:
        return m_splatItems.back();
    case ExprKind::FunctionCall:
        return call(e);
    case ExprKind::Unary:
        return unary(e);
    case ExprKind::Binary:
        return binary(e);
    case ExprKind::Conditional:
        return condition(*e.operands[0]) ? eval(*e.operands[1]) : eval(*e.operands[2]);
    case ExprKind::ForTuple:
    case ExprKind::ForObject:
        return forExpression(e);
    case ExprKind::Parenthesized:
        return eval(*e.operands.front());
    }
    return {};
}

Value EvalRun::lookup(const Expression &e) const
{
    for (auto it = m_scope.crbegin(); it != m_scope.crend(); ++it) {
        if (it->first == e.name)
            return it->second;
    }
    const auto it = m_context.variables.constFind(e.name);
    if (it == m_context.variables.cend())
        fail(e, HclEvaluatorTr::tr("undefined variable \"%1\"").arg(e.name));
    return it.value();
}

Value EvalRun::getAttr(const Expression &e)
{
    const Expression &source = *e.operands.front();
    const Value value = eval(source);
    if (value.isObject()) {
        const auto it = value.fields().constFind(e.name);
        if (it != value.fields().cend())
            return it.value();
        const QStringList path = e.traversalPath();
        if (path.size() == 2 && path.front() == QLatin1String("var"))
            fail(e,
                 HclEvaluatorTr::tr("undefined variable \"%1\"").arg(path.join(QLatin1Char('.'))));
        if (path.size() == 2 && path.front() == QLatin1String("local"))
            fail(e, HclEvaluatorTr::tr("undefined local value \"%1\"")
                        .arg(path.join(QLatin1Char('.'))));
        fail(e, HclEvaluatorTr::tr("\"%1\" has no attribute \"%2\"")
                    .arg(m_file.slice(source.range), e.name));
    }
    if (value.isNull())
        fail(e, HclEvaluatorTr::tr("cannot read attribute \"%1\" of \"%2\": it is null")
                    .arg(e.name, m_file.slice(source.range)));
    fail(e, HclEvaluatorTr::tr("cannot read attribute \"%1\" of \"%2\": it is a %3, not an object")
                .arg(e.name, m_file.slice(source.range), value.typeName()));
}

Value EvalRun::index(const Expression &e)
{
    const Expression &source = *e.operands[0];
    const Expression &keyExpr = *e.operands[1];
    const Value value = eval(source);
    const Value key = eval(keyExpr);
    if (value.isSequence()) {
        const std::optional<double> number = key.asNumber();
        if (!number || *number != std::trunc(*number))
            fail(
                keyExpr,
                HclEvaluatorTr::tr("a list index must be a whole number, got %1").arg(key.toHcl()));
        const ValueList &items = value.items();
        if (*number < 0 || *number >= double(items.size()))
            fail(keyExpr, HclEvaluatorTr::tr("index %1 is out of range: the list has %2 items")
                              .arg(Value::formatNumber(*number))
                              .arg(items.size()));
        return items[size_t(*number)];
    }
    if (value.isObject()) {
        const std::optional<QString> name = key.asString();
        if (!name)
            fail(keyExpr,
                 HclEvaluatorTr::tr("an object key must be a string, got %1").arg(key.typeName()));
        const auto it = value.fields().constFind(*name);
        if (it == value.fields().cend())
            fail(keyExpr, HclEvaluatorTr::tr("\"%1\" has no key %2")
                              .arg(m_file.slice(source.range), key.toHcl()));
        return it.value();
    }
    fail(source, HclEvaluatorTr::tr("cannot index \"%1\": it is %2, not a list or an object")
                     .arg(m_file.slice(source.range), value.typeName()));
}

Value EvalRun::splat(const Expression &e)
{
    const Value source = eval(*e.operands[0]);
    if (source.isNull())
        return Value::tuple({});
    const ValueList items = source.isSequence() ? source.items() : ValueList{source};
    ValueList out;
    out.reserve(items.size());
    for (const Value &item : items) {
        m_splatItems.push_back(item);
        out.push_back(eval(*e.operands[1]));
        m_splatItems.pop_back();
    }
    return Value::tuple(std::move(out));
}

Value EvalRun::call(const Expression &e)
{
    if (e.name == QLatin1String("try") || e.name == QLatin1String("can")) {
        const bool isTry = e.name == QLatin1String("try");
        if (e.operands.empty() || (!isTry && e.operands.size() != 1))
            fail(e, isTry ? HclEvaluatorTr::tr("function \"try\" takes at least 1 argument, got 0")
                          : HclEvaluatorTr::tr("function \"can\" takes 1 argument, got %1")
                                .arg(e.operands.size()));
        for (size_t i = 0; i < e.operands.size(); ++i) {
            const size_t scopeSize = m_scope.size();
            const size_t splatSize = m_splatItems.size();
            try {
                const Value value = eval(*e.operands[i]);
                return isTry ? value : Value::boolean(true);
            } catch (const EvalFailure &) {
                m_scope.resize(scopeSize);
                m_splatItems.resize(splatSize);
                if (!isTry)
                    return Value::boolean(false);
                if (i + 1 == e.operands.size())
                    throw;
            }
        }
    }
    const Function *function = findFunction(e.name);
    if (!function)
        fail(e, HclEvaluatorTr::tr("unknown function \"%1\"").arg(e.name));
    ValueList args;
    std::vector<const Expression *> argExprs;
    for (size_t i = 0; i < e.operands.size(); ++i) {
        Value value = eval(*e.operands[i]);
        if (e.flag && i + 1 == e.operands.size()) {
            if (!value.isSequence())
                fail(*e.operands[i],
                     HclEvaluatorTr::tr("the argument before \"...\" must be a list, got %1")
                         .arg(value.typeName()));
            for (const Value &item : value.items()) {
                args.push_back(item);
                argExprs.push_back(e.operands[i].get());
            }
        } else {
            args.push_back(std::move(value));
            argExprs.push_back(e.operands[i].get());
        }
    }
    const int count = int(args.size());
    if (count < function->minArgs || (function->maxArgs >= 0 && count > function->maxArgs)) {
        QString expected;
        const QString exact = function->minArgs == 1
                                  ? HclEvaluatorTr::tr("1 argument")
                                  : HclEvaluatorTr::tr("%1 arguments").arg(function->minArgs);
        if (function->maxArgs < 0)
            expected = HclEvaluatorTr::tr("at least %1").arg(exact);
        else if (function->minArgs == function->maxArgs)
            expected = exact;
        else
            expected = HclEvaluatorTr::tr("%1 to %2 arguments")
                           .arg(function->minArgs)
                           .arg(function->maxArgs);
        fail(e, HclEvaluatorTr::tr("function \"%1\" takes %2, got %3")
                    .arg(e.name, expected)
                    .arg(count));
    }
    try {
        return function->impl(args, FunctionContext{m_context.baseDirectory});
    } catch (const FunctionError &error) {
        const bool hasArg = error.argument >= 0 && error.argument < int(argExprs.size());
        fail(hasArg ? *argExprs[size_t(error.argument)] : e, error.message);
    }
}

bool EvalRun::condition(const Expression &e)
{
    const Value value = eval(e);
    const std::optional<bool> flag = value.asBool();
    if (!flag)
        fail(e, HclEvaluatorTr::tr("a condition must be true or false, got %1").arg(value.toHcl()));
    return *flag;
}

double EvalRun::numberOperand(const Expression &e, Operator op)
{
    const Value value = eval(e);
    const std::optional<double> number = value.asNumber();
    if (!number)
        fail(e, HclEvaluatorTr::tr("the operands of \"%1\" must be numbers, got %2")
                    .arg(operatorText(op), value.isNull() ? value.toHcl() : value.typeName()));
    return *number;
}

Value EvalRun::unary(const Expression &e)
{
    if (e.op == Operator::Not)
        return Value::boolean(!condition(*e.operands.front()));
    return Value::number(-numberOperand(*e.operands.front(), e.op));
}

Value EvalRun::binary(const Expression &e)
{
    const Expression &left = *e.operands[0];
    const Expression &right = *e.operands[1];
    switch (e.op) {
    case Operator::Or:
        return Value::boolean(condition(left) || condition(right));
    case Operator::And:
        return Value::boolean(condition(left) && condition(right));
    case Operator::Equal:
        return Value::boolean(eval(left) == eval(right));
    case Operator::NotEqual:
        return Value::boolean(!(eval(left) == eval(right)));
    default:
        break;
    }
    const double a = numberOperand(left, e.op);
    const double b = numberOperand(right, e.op);
    switch (e.op) {
    case Operator::Less:
        return Value::boolean(a < b);
    case Operator::LessEqual:
        return Value::boolean(a <= b);
    case Operator::Greater:
        return Value::boolean(a > b);
    case Operator::GreaterEqual:
        return Value::boolean(a >= b);
    case Operator::Add:
        return Value::number(a + b);
    case Operator::Subtract:
        return Value::number(a - b);
    case Operator::Multiply:
        return Value::number(a * b);
    case Operator::Divide:
    case Operator::Modulo:
        if (b == 0)
            fail(right, HclEvaluatorTr::tr("division by zero"));
        return Value::number(e.op == Operator::Divide ? a / b : std::fmod(a, b));
    default:
        fail(e, HclEvaluatorTr::tr("unsupported operator"));
    }
}

Evaluator::Evaluator(const SourceFile &file, EvalContext context)
    : m_file(file)
    , m_context(std::move(context))
{}

Expected<Value> Evaluator::evaluate(const Expression &expression) const
{
    try {
        EvalRun run(m_file, m_context);
        return run.eval(expression);
    } catch (const EvalFailure &failure) {
        return failure.error;
    }
}

} // namespace strata::hcl
