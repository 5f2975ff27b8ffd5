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

/// `CONSTRAINT x FOREIGN KEY (a) REFERENCES t (b) ...` of a key of a table in `schema`. Atlas
/// qualifies every referenced table once table names carry their schema, so `qualify` names the
/// schema of a same-schema reference too.
QString foreignKeyClauseSql(const ForeignKey &foreignKey, const Schema &schema,
                            const Dialect &dialect, bool qualify);

} // namespace strata
