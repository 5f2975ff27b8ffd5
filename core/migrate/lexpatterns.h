#pragma once

#include <QByteArrayView>

namespace strata::lexpatterns {

// The regular expressions of Atlas's lexer (sql/migrate/lex.go), each anchored at the start of
// `text`. They return the length of the match in bytes, or -1. `\s` is RE2's ASCII class
// [\t\n\f\r ] and keywords match without regard to ASCII case, as `(?i)` does.

/// `^\$([A-Za-zÈ-ÿ_][\wÈ-ÿ]*)*\$`: a dollar-quote tag such as `$$` or `$body$`.
qsizetype dollarQuoteTag(QByteArrayView text);

/// `(?i)^\s*BEGIN\s+ATOMIC\s+`.
qsizetype beginAtomic(QByteArrayView text);

/// `(?i)^\s*BEGIN\s+`.
qsizetype begin(QByteArrayView text);

/// `(?i)^\s*END\s*`.
qsizetype end(QByteArrayView text);

/// `(?i)^GO(?:\s+|$)`: SQL Server's batch separator.
qsizetype goCommand(QByteArrayView text);

} // namespace strata::lexpatterns
