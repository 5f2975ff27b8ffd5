#include "registry.h"

#include "mysql/mysqldatabase.h"
#include "postgres/postgresdatabase.h"
#include "sqlite/sqlitedatabase.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace strata {
namespace {

/// One line per database and flavour. The names users, URLs and atlas.hcl use for each are
/// the URL scheme spellings (DatabaseUrl::schemeNames), so there is one alias table.
struct Entry
{
    DatabaseUrl::Scheme scheme;
    const Database *database;
    const char *flavour;
};

const QList<Entry> &entries()
{
    static const SqliteDatabase sqlite;
    static const MysqlDatabase mysql;
    static const PostgresDatabase postgres;
    static const QList<Entry> table = {
        {DatabaseUrl::Scheme::Sqlite, &sqlite, "sqlite"},
        {DatabaseUrl::Scheme::MySql, &mysql, "mysql"},
        {DatabaseUrl::Scheme::MariaDb, &mysql, "mariadb"},
        {DatabaseUrl::Scheme::Postgres, &postgres, "postgres"},
    };
    return table;
}

} // namespace

const QList<const Database *> &registeredDatabases()
{
    static const QList<const Database *> databases = [] {
        QList<const Database *> list;
        for (const Entry &entry : entries()) {
            if (!list.contains(entry.database))
                list.append(entry.database);
        }
        return list;
    }();
    return databases;
}

QStringList knownDatabaseAliases()
{
    QStringList names;
    for (const Entry &entry : entries())
        names += DatabaseUrl::schemeNames(entry.scheme);
    return names;
}

Expected<DatabaseChoice> databaseByAlias(const QString &alias)
{
    if (const auto scheme = DatabaseUrl::schemeNamed(alias)) {
        for (const Entry &entry : entries()) {
            if (entry.scheme == *scheme)
                return DatabaseChoice{entry.database, QLatin1String(entry.flavour)};
        }
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

QList<ServerChoice> serverChoices()
{
    QList<ServerChoice> choices;
    for (const Database *database : registeredDatabases()) {
        for (const QString &flavour : database->flavours()) {
            if (auto traits = database->serverTraits(flavour))
                choices.append(ServerChoice{DatabaseChoice{database, flavour}, *traits});
        }
    }
    return choices;
}

std::optional<ServerChoice> serverChoiceForScheme(const QString &scheme)
{
    const auto choice = databaseByAlias(scheme);
    if (!choice)
        return std::nullopt;
    if (auto traits = choice->database->serverTraits(choice->flavour))
        return ServerChoice{*choice, *traits};
    return std::nullopt;
}

std::optional<DevContainerChoice> devContainerFor(const QString &driver, const QString &tag,
                                                  const QString &database, const QString &password)
{
    for (const Database *candidate : registeredDatabases()) {
        if (auto container = candidate->devContainer(driver, tag, database, password)) {
            return DevContainerChoice{DatabaseChoice{candidate, container->flavour},
                                      std::move(*container)};
        }
    }
    return std::nullopt;
}

QString boundSchemaOf(const DatabaseUrl &url)
{
    const Database *database = databaseForUrl(url);
    return database ? database->boundSchema(url) : QString();
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
