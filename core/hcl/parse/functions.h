#pragma once

#include "value.h"

#include <QString>
#include <QStringList>

namespace strata::hcl {

/// Thrown by a function implementation; `argument` names the argument at fault (-1: the call),
/// so the evaluator can point the caret at it.
struct FunctionError
{
    QString message;
    int argument = -1;
};

/// What a function may know about where it runs: file() reads relative to the config's folder.
struct FunctionContext
{
    QString baseDirectory;
};

using FunctionImpl = Value (*)(const ValueList &args, const FunctionContext &context);

/// One function of the standard library Atlas offers in atlas.hcl.
struct Function
{
    int minArgs = 0;
    /// -1: any number.
    int maxArgs = 0;
    FunctionImpl impl = nullptr;
};

/// The function called `name`, or nullptr. `try` and `can` are handled by the evaluator
/// itself, since they need their arguments unevaluated.
const Function *findFunction(const QString &name);

/// Every name findFunction() knows, sorted, for completion and messages.
QStringList functionNames();

} // namespace strata::hcl
