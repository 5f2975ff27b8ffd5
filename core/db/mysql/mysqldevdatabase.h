#pragma once

#include "model/schema.h"
#include "url/databaseurl.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>

namespace strata {

/// DDL normalized by a MySQL/MariaDB server, and which of the two it was.
struct MysqlDevResult
{
    Realm realm;
    /// "mysql" or "mariadb".
    QString dialect;
};

/// Normalizes a MySQL DDL script through the dev database at `devUrl`, as Atlas does: runs it
/// statement by statement in a scratch schema with a random name (`strata_dev_<hex>`),
/// inspects that schema and reports it under the dev URL's database name (empty when the URL
/// names none). The scratch schema is always dropped: on success, on a failing statement and
/// on cancel. The scratch schema copies the dev database's charset and collation.
Expected<MysqlDevResult> loadMysqlDdlThroughDev(const QString &script, const QString &sourceName,
                                                const DatabaseUrl &devUrl,
                                                const TaskControl &control);

/// The prefix of every scratch schema; a crashed run leaves schemas with this prefix behind.
QString mysqlScratchSchemaPrefix();

/// A fresh scratch schema name: the prefix and 16 random hex digits.
QString mysqlRandomScratchName();

class MysqlConnection;

/// `CHARACTER SET x COLLATE y` of `database` when it exists, so a scratch schema behaves like
/// it; empty otherwise (the server's defaults).
Expected<QString> mysqlScratchCharsetClause(MysqlConnection &connection, const QString &database);

} // namespace strata
