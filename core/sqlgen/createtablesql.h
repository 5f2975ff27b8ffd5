#pragma once

#include "model/schema.h"

#include <QString>

namespace strata {

class Dialect;

/// `CREATE TABLE name (columns, keys, foreign keys, checks) options` as `dialect` spells it,
/// without the semicolon: the one CREATE TABLE of `schema inspect --format '{{ sql . }}'` and of
/// every planner. `qualify` adds the schema to the name; `indent` empty = one line, "  " = one
/// item per line with the closing parenthesis at column 0 (`{{ sql . "  " }}`).
QString createTableSql(const Table &table, const Schema &schema, const Dialect &dialect,
                       bool qualify, const QString &indent = QString());

} // namespace strata
