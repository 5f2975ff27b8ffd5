#pragma once

#include "model/schema.h"
#include "util/expected.h"

#include <QStringList>

namespace strata::cli {

/// What `--schema` and `--exclude` ask for, and how the source is bound.
struct RealmScope
{
    /// --schema: the schemas to keep; empty keeps all. Ignored for a schema-bound source, as
    /// Atlas inspects only the bound schema then.
    QStringList schemas;
    /// --exclude: globs of `schema.table.column` (quotes protect dots, Go's filepath.Match).
    /// Against a schema-bound source they start at the table: `users`, `*.tmp_*`.
    QStringList exclude;
    /// The source is one schema (an SQLite file, a MySQL URL with a database, a PostgreSQL
    /// URL with search_path, or DDL read through such a dev database).
    bool schemaBound = false;
};

/// Applies the scope the way Atlas does while inspecting (sql/internal/sqlx ExcludeRealm):
/// a one-part glob drops schemas (tables when schema-bound), two parts drop tables, three parts
/// drop columns (with the indexes and foreign keys built on them), indexes, foreign keys and
/// checks of that name. A bad pattern fails with Atlas's error text.
Status applyRealmScope(Realm &realm, const RealmScope &scope);

} // namespace strata::cli
