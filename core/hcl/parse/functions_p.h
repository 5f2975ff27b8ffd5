#pragma once

#include <QCoreApplication>

#include "functions.h"

namespace strata::hcl::functions {

/// Gives lupdate and QCoreApplication::translate the same context for the functions' messages.
class FunctionsTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclFunctions)
};

/// The argument as a string (numbers and bools convert); throws FunctionError otherwise.
QString stringArg(const ValueList &args, int index, const char *function);
/// The argument as a list of items (tuple or set); throws FunctionError otherwise.
const ValueList &listArg(const ValueList &args, int index, const char *function);

Value format(const ValueList &args, const FunctionContext &context);
Value urlSetPath(const ValueList &args, const FunctionContext &context);
Value urlQuerySet(const ValueList &args, const FunctionContext &context);
Value urlEscape(const ValueList &args, const FunctionContext &context);

} // namespace strata::hcl::functions
