#pragma once

#include <QString>

namespace strata {

/// Whether the whole text is one parenthesized group: "(a > 0)" yes, "(a) + (b)" no. Quoted
/// strings and identifiers are skipped, so "(')')" counts as one group.
bool isParenthesized(const QString &sql);

/// The text wrapped in parentheses unless isParenthesized() already holds; used where SQL
/// requires an expression in parentheses (CHECK, generated columns, SQLite defaults).
QString parenthesized(const QString &sql);

/// A numeric literal with optional sign, decimals and exponent: "0", "-1", "+2.5", "1e3", ".5".
bool isNumericLiteral(const QString &sql);

/// Whether the text is one literal enclosed in `quote` with doubled inner quotes: 'a''b'.
bool isQuotedLiteral(const QString &sql, QChar quote);

/// The value of a quoted literal: 'a''b' gives a'b. The text must satisfy isQuotedLiteral().
QString unquoteLiteral(const QString &sql);

} // namespace strata
