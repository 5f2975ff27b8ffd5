#pragma once

#include "evaluator.h"

#include <utility>
#include <vector>

namespace strata::hcl {

struct EvalFailure
{
    Error error;
};

/// One evaluation: the scopes of for-expressions and splats, and failures thrown as EvalFailure
/// up to Evaluator::evaluate(). Templates and for-expressions are in templateevaluator.cpp.
class EvalRun
{
public:
    EvalRun(const SourceFile &file, const EvalContext &context)
        : m_file(file)
        , m_context(context)
    {}

    Value eval(const Expression &e);

private:
    [[noreturn]] void fail(const Expression &at, const QString &message) const
    {
        throw EvalFailure{m_file.error(at.range.begin, message)};
    }

    Value lookup(const Expression &e) const;
    Value getAttr(const Expression &e);
    Value index(const Expression &e);
    Value splat(const Expression &e);
    Value call(const Expression &e);
    Value unary(const Expression &e);
    Value binary(const Expression &e);
    Value forExpression(const Expression &e);
    Value templateValue(const Expression &e);
    void renderTemplate(const Expression &sequence, QString &out);
    bool condition(const Expression &e);
    double numberOperand(const Expression &e, Operator op);
    std::vector<std::pair<Value, Value>> iterate(const Expression &collection);

    const SourceFile &m_file;
    const EvalContext &m_context;
    std::vector<std::pair<QString, Value>> m_scope;
    std::vector<Value> m_splatItems;
};

} // namespace strata::hcl
