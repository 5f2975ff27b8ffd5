#include "sqliteconnection.h"

#include "sqliteinspector.h"
#include "sqlitestatementtext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SqliteConnectionTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::SqliteConnection)
};

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("strata-sqlite-connection-") + QString::number(++counter);
}

/// SQLite URI filename (https://sqlite.org/uri.html): lets `mode=rw` refuse to create files.
QString uriFileName(const QString &path, const QString &mode, const QString &extraQuery)
{
    QString uri = QLatin1String("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")) +
                  QLatin1String("?mode=") + mode;
    if (!extraQuery.isEmpty())
        uri += QLatin1Char('&') + extraQuery;
    return uri;
}

QString extraQuery(const DatabaseUrl &url)
{
    QStringList items;
    for (const auto &[key, value] : url.queryItems()) {
        if (key == QLatin1String("mode"))
            continue;
        items.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=') +
                     QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return items.join(QLatin1Char('&'));
}

bool wantsForeignKeys(const DatabaseUrl &url)
{
    const QString value = url.hasQueryItem(QStringLiteral("_fk"))
                              ? url.queryValue(QStringLiteral("_fk"))
                              : url.queryValue(QStringLiteral("_foreign_keys"));
    return value == QLatin1String("1") ||
           value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

SqliteConnection::SqliteConnection(const DatabaseUrl &url)
    : m_url(url)
    , m_connectionName(nextConnectionName())
{}

SqliteConnection::~SqliteConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const DatabaseUrl &url,
                                                                   bool createIfMissing)
{
    if (url.scheme() != DatabaseUrl::Scheme::Sqlite) {
        return Error{SqliteConnectionTr::tr("%1 is not an SQLite URL: use sqlite://file.db or "
                                            "sqlite://name?mode=memory.")
                         .arg(url.toString())};
    }
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(url));
    if (const Status status = connection->connect(createIfMissing); !status)
        return status.error();
    if (const Status status = connection->verify(); !status)
        return status.error();
    return connection;
}

Status SqliteConnection::connect(bool createIfMissing)
{
    const QString path = m_url.path();
    const bool inMemory = m_url.isInMemorySqlite() || path == QLatin1String(":memory:");
    QString databaseName;
    if (inMemory) {
        databaseName = uriFileName(path, QStringLiteral("memory"), extraQuery(m_url));
    } else {
        if (path.isEmpty()) {
            return Error{SqliteConnectionTr::tr(
                             "The URL %1 names no database file: use sqlite://file.db, or "
                             "sqlite://name?mode=memory for a scratch database.")
                             .arg(m_url.toString())};
        }
        const QFileInfo info(path);
        const QString absolute = info.absoluteFilePath();
        if (!info.exists() && !createIfMissing) {
            return Error{SqliteConnectionTr::tr(
                             "SQLite database \"%1\" does not exist. Check the path, or use "
                             "sqlite://%2?mode=memory for a scratch database.")
                             .arg(absolute, info.completeBaseName())};
        }
        if (info.isDir()) {
            return Error{SqliteConnectionTr::tr(
                             "\"%1\" is a directory, not an SQLite database file. Give the path "
                             "of the database file.")
                             .arg(absolute)};
        }
        if (info.exists() && !info.isReadable()) {
            return Error{SqliteConnectionTr::tr(
                             "SQLite database \"%1\" cannot be read: permission denied. Check the "
                             "file's permissions.")
                             .arg(absolute)};
        }
        databaseName =
            uriFileName(absolute, info.exists() ? QStringLiteral("rw") : QStringLiteral("rwc"),
                        extraQuery(m_url));
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        return Error{SqliteConnectionTr::tr(
            "The Qt SQLite driver (QSQLITE) is not available. Install the Qt 6 "
            "SQLite plugin (libqt6sql6-sqlite).")};
    }
    m_db.setDatabaseName(databaseName);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    if (!m_db.open()) {
        return Error{SqliteConnectionTr::tr(
                         "Cannot open SQLite database %1: %2. Check the path and its permissions.")
                         .arg(m_url.toString(), m_db.lastError().databaseText())};
    }
    return Ok{};
}

Status SqliteConnection::verify()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version(), (SELECT count(*) FROM sqlite_master)")) ||
        !q.next()) {
        const QSqlError error = q.lastError();
        const QString file = QFileInfo(m_url.path()).absoluteFilePath();
        if (error.nativeErrorCode() == QLatin1String("26")) {
            return Error{SqliteConnectionTr::tr(
                             "\"%1\" is not an SQLite database (SQLite: %2). Open an SQLite 3 "
                             "database file, or load SQL text with file://.")
                             .arg(file, error.databaseText())};
        }
        return Error{
            SqliteConnectionTr::tr("Cannot read SQLite database \"%1\": %2. Check the file and its "
                                   "permissions.")
                .arg(file, error.databaseText())};
    }
    m_version = q.value(0).toString();
    if (wantsForeignKeys(m_url))
        return execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    return Ok{};
}

const DatabaseUrl &SqliteConnection::url() const
{
    return m_url;
}

QString SqliteConnection::serverVersion() const
{
    return QLatin1String("SQLite ") + m_version;
}

QString SqliteConnection::dialectName() const
{
    return QStringLiteral("sqlite");
}

Status SqliteConnection::execute(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        return Error{
            SqliteConnectionTr::tr("Statement \"%1\" failed on %2: %3.")
                .arg(sqliteStatementSnippet(sql), m_url.toString(), q.lastError().databaseText())};
    }
    return Ok{};
}

Expected<Realm> SqliteConnection::inspect(const TaskControl &control)
{
    Expected<Schema> schema = inspectSqliteSchema(m_db, QStringLiteral("main"), control);
    if (!schema)
        return schema.error();
    Realm realm;
    realm.schemas.append(std::move(schema).value());
    return realm;
}

QSqlDatabase SqliteConnection::database() const
{
    return m_db;
}

} // namespace strata
