#pragma once

#include "model/schema.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>
#include <QStringList>

namespace strata {

/// A PostgreSQL script read without a server.
struct PgDdlParse
{
    /// Schemas in name order; the default schema is always there.
    Realm realm;
    /// "ignored: CREATE FUNCTION at line 12" for statements that do not change the schema
    /// model, and notes where a printed expression may differ from the server's.
    QStringList warnings;
};

/// Parses PostgreSQL DDL with libpg_query (the server's grammar) and builds the model the
/// inspector would report after running the script on a server: catalog type names, defaults
/// and checks as pg_get_expr() prints them, the constraint names the server chooses, NOT NULL
/// on primary key columns. Unqualified names go to `defaultSchema`. A syntax error reads
/// "schema.sql:12:7: syntax error at or near "FOO"", with `sourceName` as the file.
Expected<PgDdlParse> parsePostgresDdl(const QString &ddl, const QString &sourceName,
                                      const QString &defaultSchema = QStringLiteral("public"),
                                      const TaskControl &control = {});

} // namespace strata
