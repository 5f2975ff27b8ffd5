#include "sqlitedatabase.h"

#include "sqlitedevsession.h"

#include "sqliteconnection.h"
#include "sqliteddlloader.h"
#include "sqlitedialect.h"
#include "sqliteplanner.h"

#include <QFile>

#include <QCoreApplication>

namespace strata {

QString SqliteDatabase::name() const
{
    return QStringLiteral("sqlite");
}

QString SqliteDatabase::displayName(const QString &) const
{
    return QCoreApplication::translate("strata::SqlDialects", "SQLite");
}

const Dialect &SqliteDatabase::dialect(const QString &) const
{
    return SqliteDialect::instance();
}

const Planner *SqliteDatabase::planner(const QString &) const
{
    return &SqlitePlanner::instance();
}

bool SqliteDatabase::opens(const DatabaseUrl &url) const
{
    return url.scheme() == DatabaseUrl::Scheme::Sqlite;
}

QString SqliteDatabase::boundSchema(const DatabaseUrl &url) const
{
    Q_UNUSED(url);
    // An SQLite connection inspects its main database, as Atlas does.
    return QStringLiteral("main");
}

Expected<std::unique_ptr<DevSession>>
SqliteDatabase::openDevSession(const DatabaseUrl &devUrl, const TaskControl &control) const
{
    Q_UNUSED(control);
    return openSqliteDevSession(devUrl);
}

Expected<std::unique_ptr<Connection>> SqliteDatabase::open(const DatabaseUrl &url) const
{
    return asConnection(SqliteConnection::open(url));
}

/// SQLite database files start with this 16-byte header, whatever their extension.
bool SqliteDatabase::holdsFile(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QStringList SqliteDatabase::fileSuffixes() const
{
    return {QStringLiteral("db"), QStringLiteral("sqlite"), QStringLiteral("sqlite3")};
}

Expected<DatabaseUrl> SqliteDatabase::fileUrl(const QString &absolutePath) const
{
    return DatabaseUrl::parse(QStringLiteral("sqlite://") + DatabaseUrl::encodedPath(absolutePath));
}

/// An in-memory SQLite is its own dev database, so a sqlite:// dev URL changes nothing here.
Expected<DdlLoad> SqliteDatabase::loadDdl(const DdlSource &source, const TaskControl &control) const
{
    auto realm = loadSqliteDdl(source.text, source.sourceName, control);
    if (!realm)
        return realm.error();
    DdlLoad load;
    load.realm = std::move(realm.value());
    load.flavour = name();
    return load;
}

} // namespace strata
