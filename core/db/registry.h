#pragma once

#include "db/database.h"

#include <QList>
#include <QString>

namespace strata {

/// A database and the flavour an alias names: "maria" is the MySQL family's "mariadb".
struct DatabaseChoice
{
    const Database *database = nullptr;
    QString flavour;

    const Dialect &dialect() const { return database->dialect(flavour); }
};

/// A database server users can connect to, one per flavour: what a connect form lists.
struct ServerChoice
{
    DatabaseChoice database;
    ServerTraits traits;
};

/// Every supported database, in the order users see them.
const QList<const Database *> &registeredDatabases();

/// The database an alias names, from the one alias table: mysql, maria, mariadb, postgres,
/// postgresql, sqlite, sqlite3 (case and surrounding blanks ignored). An unknown name gives an
/// error that lists the known ones.
Expected<DatabaseChoice> databaseByAlias(const QString &alias);

/// The aliases the table knows, for messages and completion.
QStringList knownDatabaseAliases();

/// The database whose driver opens `url`; nullptr for file://, env:// and docker:// URLs.
const Database *databaseForUrl(const DatabaseUrl &url);

/// The URL of the database file at `path` when its content says it is one (an SQLite file,
/// whatever its extension); nothing for any other file. `orBySuffix` also takes a file that
/// does not say so yet (a new or empty `app.db`) by its suffix.
std::optional<DatabaseUrl> databaseUrlForFile(const QString &path, bool orBySuffix = false);

/// Every server flavour, in the order users see them (MySQL, MariaDB, PostgreSQL).
QList<ServerChoice> serverChoices();

/// The server choice whose URL scheme is `scheme` ("maria" and "mariadb" both name MariaDB);
/// nothing for file databases and unknown schemes.
std::optional<ServerChoice> serverChoiceForScheme(const QString &scheme);

/// A docker dev container and the database it runs.
struct DevContainerChoice
{
    DatabaseChoice database;
    DevContainer container;
};

/// The container Atlas starts for docker://`driver`/`tag`/`database`; nothing when no database
/// has a docker image called `driver`.
std::optional<DevContainerChoice> devContainerFor(const QString &driver, const QString &tag,
                                                  const QString &database, const QString &password);

/// The schema a database URL is bound to (SQLite's "main", the MySQL database, PostgreSQL's
/// search_path); empty for a realm and for URLs no database opens.
QString boundSchemaOf(const DatabaseUrl &url);

/// Opens a connection for a database URL (sqlite://, mysql://, maria://, postgres://...).
Expected<std::unique_ptr<Connection>> openConnection(const DatabaseUrl &url);

/// The dialect for an alias ("sqlite", "maria"...); nullptr when unknown. Lives forever.
const Dialect *dialectByName(const QString &name);

} // namespace strata
