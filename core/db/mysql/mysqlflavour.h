#pragma once

#include <QString>

#include <optional>

namespace strata {

/// The one MySQL-family flavour, shared by the dialect, the parser options and the server
/// version: MySQL 8 and MariaDB spell and report schemas differently, but are one database.
enum class MysqlFlavour
{
    MySql,
    MariaDb
};

/// "mysql" or "mariadb": the flavour names of the registry's alias table.
inline QString mysqlFlavourName(MysqlFlavour flavour)
{
    return flavour == MysqlFlavour::MariaDb ? QStringLiteral("mariadb") : QStringLiteral("mysql");
}

/// The flavour a registry flavour name stands for; MySQL for anything but "mariadb".
inline MysqlFlavour mysqlFlavourNamed(const QString &name)
{
    return name == QLatin1String("mariadb") ? MysqlFlavour::MariaDb : MysqlFlavour::MySql;
}

} // namespace strata
