#pragma once

#include "db/mysql/mysqlflavour.h"

#include <QString>

namespace strata {

/// Which server the parser imitates, and the defaults that server would apply. The parsed model
/// must equal what inspecting that server gives after running the same DDL, so everything the
/// server fills in by itself (charset, collation, display widths, names) comes from here.
struct MysqlParseOptions
{
    using Flavour = MysqlFlavour;

    Flavour flavour = Flavour::MariaDb;
    /// The server's character_set_server / collation_server, used for schemas the DDL does not
    /// create with its own charset.
    QString defaultCharset;
    QString defaultCollation;
    /// The schema tables land in before any USE; MySQL has no default schema, so "" like a dev
    /// URL without a database.
    QString defaultSchema;

    bool isMariaDb() const { return flavour == Flavour::MariaDb; }
    /// The version number executable comments (`/*!80000 ... */`) are compared with.
    int versionNumber() const { return isMariaDb() ? 101100 : 80036; }

    /// MariaDB 10.11 as Debian ships it (and as the test recipe starts it): utf8mb4 /
    /// utf8mb4_general_ci.
    static MysqlParseOptions mariaDb();
    /// MySQL 8.0: utf8mb4 / utf8mb4_0900_ai_ci.
    static MysqlParseOptions mySql8();
    /// The registry flavour "mysql" gives MySQL 8, "mariadb" MariaDB 10.11.
    static MysqlParseOptions forDialect(const QString &dialect);
};

} // namespace strata
