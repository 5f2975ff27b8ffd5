#pragma once

#include "mysqlparseoptions.h"
#include "mysqltokenizer.h"

#include <QString>

namespace strata {

/// Prints the tokens [first, last) of an expression the way the server prints a stored
/// expression (CHECK clauses, generated columns, expression defaults): identifiers in
/// backticks, function names lower-case with the server's aliases (`length` → `octet_length`,
/// `upper` → `ucase`), binary operators spaced, commas bare, `!=` → `<>`, `%` → `MOD`.
/// Parentheses are kept as written, so redundant ones make the text differ from the server's.
QString printMysqlExpression(QStringView text, const MysqlToken *first, const MysqlToken *last,
                             const MysqlParseOptions &options);

} // namespace strata
