#pragma once

#include "syntaxtree.h"
#include "util/expected.h"

namespace strata::hcl {

/// The names an expression can see (`var`, `local`, `data`, `each`, `atlas`, ...) and the folder
/// file() reads from.
struct EvalContext
{
    ValueMap variables;
    QString baseDirectory;
};

/// Evaluates expressions of one file. A failure names the position of the failing part
/// ("atlas.hcl:4:9: unknown function \"lowr\"") and never leaves half a value behind.
class Evaluator
{
public:
    Evaluator(const SourceFile &file, EvalContext context);

    Expected<Value> evaluate(const Expression &expression) const;

    const EvalContext &context() const { return m_context; }
    EvalContext &context() { return m_context; }

private:
    const SourceFile &m_file;
    EvalContext m_context;
};

} // namespace strata::hcl
