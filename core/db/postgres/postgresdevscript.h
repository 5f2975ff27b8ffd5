#pragma once

// Private to the PostgreSQL dev normalizer: the two places a script can run, a scratch
// database (the normal way) and a scratch schema of the dev database (when the dev user may
// not create databases).

#include "model/schema.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>

namespace strata {

class PostgresConnection;

/// What normalizePostgresDdl runs, and the schema it reports the result under.
struct PostgresDevScript
{
    QString ddl;
    /// Names the DDL in messages.
    QString sourceName;
    /// The dev URL's search_path, else "public".
    QString target;
};

/// The comment of `schema` on the connection's database; empty when it has none or does not
/// exist.
QString postgresSchemaComment(const PostgresConnection &connection, const QString &schema);

/// Runs the script in a scratch schema of the dev database, inside a transaction that is rolled
/// back, and reports it under the target name. Refuses scripts that create or change objects
/// outside the scratch schema ("public"."t"), which only a scratch database can hold.
/// `whyNoDatabase` is the server's reason for refusing a scratch database, for messages.
Expected<Realm> normalizeInScratchSchema(PostgresConnection &dev, const PostgresDevScript &script,
                                         const QString &whyNoDatabase, const TaskControl &control);

} // namespace strata
