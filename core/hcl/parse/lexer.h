#pragma once

#include "token.h"
#include "util/expected.h"

namespace strata::hcl {

/// Splits HCL native syntax into tokens. Strings and heredocs come out as template token
/// sequences (open, literals, `${`/`%{` ... `}`, close), so the parser never rescans text.
/// Fails on the first unterminated string, heredoc or comment and on characters HCL does not
/// allow, with the position in the message.
Expected<TokenStream> tokenize(const SourceFile &file);

} // namespace strata::hcl
