#include "registry.h"

#include "mysql/mysqldatabase.h"
#include "postgres/postgresdatabase.h"
#include "sqlite/sqlitedatabase.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strata {
namespace {

/// The one alias table: every name a user, a URL scheme or atlas.hcl may use for a database.
struct Alias
{
    const char *alias;
    const Database *database;
    const char *flavour;
};

const QList<Alias> &aliases()
{
    static const SqliteDatabase sqlite;
    static const MysqlDatabase mysql;
    static const PostgresDatabase postgres;
    static const QList<Alias> table = {
        {"sqlite", &sqlite, "sqlite"},
        {"sqlite3", &sqlite, "sqlite"},
        {"mysql", &mysql, "mysql"},
        {"maria", &mysql, "mariadb"},
        {"mariadb", &mysql, "mariadb"},
        {"postgres", &postgres, "postgres"},
        {"postgresql", &postgres, "postgres"},
    };
    return table;
}

} // namespace

const QList<const Database *> &registeredDatabases()
{
    static const QList<const Database *> databases = [] {
        QList<const Database *> list;
        for (const Alias &alias : aliases()) {
            if (!list.contains(alias.database))
                list.append(alias.database);
        }
        return list;
    }();
    return databases;
}

QStringList knownDatabaseAliases()
{
    QStringList names;
    for (const Alias &alias : aliases())
        names.append(QLatin1String(alias.alias));
    return names;
}

Expected<DatabaseChoice> databaseByAlias(const QString &alias)
{
    const QString key = alias.trimmed().toLower();
    for (const Alias &entry : aliases()) {
        if (key == QLatin1String(entry.alias))
            return DatabaseChoice{entry.database, QLatin1String(entry.flavour)};
    }
    return Error{QCoreApplication::translate("strata::DatabaseRegistry",
                                             "Unknown database \"%1\": use one of %2.")
                     .arg(alias, knownDatabaseAliases().join(QLatin1String(", ")))};
}

const Database *databaseForUrl(const DatabaseUrl &url)
{
    for (const Database *database : registeredDatabases()) {
        if (database->opens(url))
            return database;
    }
    return nullptr;
}

std::optional<DatabaseUrl> databaseUrlForFile(const QString &path, bool orBySuffix)
{
    const QFileInfo info(path);
    for (const Database *database : registeredDatabases()) {
        const bool holds = database->holdsFile(path) ||
                           (orBySuffix && !info.isDir() &&
                            database->fileSuffixes().contains(info.suffix().toLower()));
        if (!holds)
            continue;
        if (auto url = database->fileUrl(info.absoluteFilePath()))
            return url.value();
    }
    return std::nullopt;
}

Expected<std::unique_ptr<Connection>> openConnection(const DatabaseUrl &url)
{
    if (const Database *database = databaseForUrl(url))
        return database->open(url);
    return Error{QCoreApplication::translate("strata::Connection",
                                             "\"%1\" is not a database URL: use sqlite://, "
                                             "mysql:// or postgres://.")
                     .arg(url.toString())};
}

const Dialect *dialectByName(const QString &name)
{
    const auto choice = databaseByAlias(name);
    return choice ? &choice->dialect() : nullptr;
}

} // namespace strata
