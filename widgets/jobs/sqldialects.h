#pragma once

#include <QList>
#include <QString>

namespace strata {

/// A dialect a .sql file of DDL can be read in without a server.
struct SqlDialect
{
    /// What LoadRequest::dialect and the settings hold: "sqlite", "mysql", "mariadb", "postgres".
    QString id;
    /// What the user reads: "MySQL 8", "MariaDB"...
    QString name;
};

/// The dialects Open SQL File… offers, SQLite first (the default, as on the command line).
QList<SqlDialect> sqlDialects();
/// The id of the first dialect, which a .sql file is read in unless the user chose another.
QString defaultSqlDialect();
/// The name of dialect `id`; `id` itself when unknown.
QString sqlDialectName(const QString &id);

} // namespace strata
