#pragma once

#include "syntaxtree.h"
#include "util/expected.h"

namespace strata::hcl {

/// Parses a whole file of HCL native syntax into its top-level body. Every node keeps its byte
/// range, so the file can be edited in place later.
Expected<Body> parseFile(const SourceFile &file);

/// Parses text that must hold exactly one expression, such as a value typed into a form.
Expected<ExpressionPtr> parseExpression(const SourceFile &file);

} // namespace strata::hcl
