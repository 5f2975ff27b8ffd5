#pragma once

#include <QString>

namespace strata {

/// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
/// Atlas's output escapes every other character, so ours must draw the same line.
bool isGoPrintable(char32_t codePoint);

/// Go's strconv.Quote (fmt's %q), which Atlas uses for names in SQL comments:
/// `-- Create "a\"b" table`.
QString goQuoted(const QString &value);

} // namespace strata
