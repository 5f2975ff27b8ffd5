#pragma once

#include "model/schema.h"
#include "mysqlparseoptions.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>
#include <QStringList>

namespace strata {

/// A script parsed without a server, and what the user should read about it.
struct MysqlParseResult
{
    Realm realm;
    /// "ignored: CREATE VIEW at line 12" for statements the model has no place for.
    QStringList warnings;
};

/// Parses MySQL/MariaDB DDL and normalizes it as the server in `options` would, so that the
/// realm equals inspecting that server after running the script: CREATE/ALTER/DROP/RENAME
/// TABLE, CREATE/DROP INDEX, CREATE/DROP DATABASE, USE. Other statements become warnings.
/// Errors read "schema.sql:12:7: syntax error near "FOO" in CREATE TABLE `users`".
Expected<MysqlParseResult> parseMysqlDdl(const QString &script, const QString &sourceName,
                                         const MysqlParseOptions &options,
                                         const TaskControl &control = TaskControl());

} // namespace strata
