#include "evaluator_p.h"

#include <QCoreApplication>

namespace strata::hcl {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HclEvaluatorTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclEvaluator)
};

} // namespace

std::vector<std::pair<Value, Value>> EvalRun::iterate(const Expression &collection)
{
    const Value value = eval(collection);
    std::vector<std::pair<Value, Value>> out;
    if (value.type() == Value::Type::Set) {
        for (const Value &item : value.items())
            out.emplace_back(item, item);
    } else if (value.isSequence()) {
        for (size_t i = 0; i < value.items().size(); ++i)
            out.emplace_back(Value::number(double(i)), value.items()[i]);
    } else if (value.isObject()) {
        for (auto it = value.fields().cbegin(); it != value.fields().cend(); ++it)
            out.emplace_back(Value::string(it.key()), it.value());
    } else {
        fail(collection,
             HclEvaluatorTr::tr("cannot iterate over %1: it is %2, not a list, set or object")
                 .arg(m_file.slice(collection.range), value.typeName()));
    }
    return out;
}

Value EvalRun::forExpression(const Expression &e)
{
    const bool object = e.kind == ExprKind::ForObject;
    const size_t valueIndex = object ? 2 : 1;
    const Expression *filter = e.operand(valueIndex + 1);
    ValueList items;
    ValueMap fields;
    QMap<QString, ValueList> groups;
    for (const auto &[key, value] : iterate(*e.operands[0])) {
        if (!e.keyName.isEmpty())
            m_scope.emplace_back(e.keyName, key);
        m_scope.emplace_back(e.name, value);
        if (!filter || condition(*filter)) {
            if (!object) {
                items.push_back(eval(*e.operands[1]));
            } else {
                const Value keyValue = eval(*e.operands[1]);
                const std::optional<QString> name = keyValue.asString();
                if (!name)
                    fail(*e.operands[1],
                         HclEvaluatorTr::tr("an object key must be a string, got %1")
                             .arg(keyValue.typeName()));
                if (e.flag) {
                    groups[*name].push_back(eval(*e.operands[2]));
                } else {
                    if (fields.contains(*name))
                        fail(*e.operands[1],
                             HclEvaluatorTr::tr("duplicate key \"%1\"; add \"...\" after the value "
                                                "to group the values by key")
                                 .arg(*name));
                    fields.insert(*name, eval(*e.operands[2]));
                }
            }
        }
        m_scope.pop_back();
        if (!e.keyName.isEmpty())
            m_scope.pop_back();
    }
    if (!object)
        return Value::tuple(std::move(items));
    for (auto it = groups.begin(); it != groups.end(); ++it)
        fields.insert(it.key(), Value::tuple(std::move(it.value())));
    return Value::object(std::move(fields));
}

Value EvalRun::templateValue(const Expression &e)
{
    if (e.operands.size() == 1) {
        const ExprKind kind = e.operands.front()->kind;
        if (kind != ExprKind::Literal && kind != ExprKind::TemplateIf &&
            kind != ExprKind::TemplateFor)
            return eval(*e.operands.front());
    }
    QString out;
    renderTemplate(e, out);
    return Value::string(out);
}

void EvalRun::renderTemplate(const Expression &e, QString &out)
{
    switch (e.kind) {
    case ExprKind::Template:
        for (const ExpressionPtr &part : e.operands)
            renderTemplate(*part, out);
        return;
    case ExprKind::Literal:
        if (!e.value.isString())
            break;
        out += e.value.toText();
        return;
    case ExprKind::TemplateIf:
        if (condition(*e.operands[0]))
            renderTemplate(*e.operands[1], out);
        else if (const Expression *otherwise = e.operand(2))
            renderTemplate(*otherwise, out);
        return;
    case ExprKind::TemplateFor:
        for (const auto &[key, value] : iterate(*e.operands[0])) {
            if (!e.keyName.isEmpty())
                m_scope.emplace_back(e.keyName, key);
            m_scope.emplace_back(e.name, value);
            renderTemplate(*e.operands[1], out);
            m_scope.pop_back();
            if (!e.keyName.isEmpty())
                m_scope.pop_back();
        }
        return;
    default:
        break;
    }
    const Value value = eval(e);
    const std::optional<QString> text = value.asString();
    if (!text) {
        fail(e, value.isNull() ? HclEvaluatorTr::tr("\"%1\" is null and cannot be used in a string")
                                     .arg(m_file.slice(e.range))
                               : HclEvaluatorTr::tr(
                                     "\"%1\" is a %2 and cannot be used in a string; use join() "
                                     "or jsonencode()")
                                     .arg(m_file.slice(e.range), value.typeName()));
    }
    out += *text;
}

} // namespace strata::hcl
