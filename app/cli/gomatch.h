#pragma once

#include "util/expected.h"

#include <QString>

namespace strata::cli {

/// Go's path/filepath.Match on Unix, which Atlas applies to --exclude globs: `*` matches any
/// run of characters but '/', `?` one character but '/', `[a-z]` / `[^a-z]` classes, `\` escapes.
/// A malformed pattern gives Go's `syntax error in pattern`.
Expected<bool> goGlobMatch(const QString &pattern, const QString &name);

} // namespace strata::cli
