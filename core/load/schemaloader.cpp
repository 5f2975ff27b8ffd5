#include "schemaloader.h"

#include "connection.h"
#include "docker/dockerdevconfig.h"
#include "docker/dockerdevdatabase.h"
#include "mysql/mysqldevdatabase.h"
#include "mysqlparse/mysqlddlparser.h"
#include "pgparse/pgddlparser.h"
#include "postgres/postgresdevnormalizer.h"
#include "program/atlaspositions.h"
#include "sqlite/sqliteddlloader.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SchemaLoaderTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::SchemaLoader)
};

/// SQLite database files start with this 16-byte header, whatever their extension.
bool looksLikeSqliteDatabase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Expected<LoadResult> inspectDatabase(const DatabaseUrl &url, const TaskControl &control)
{
    control.report(SchemaLoaderTr::tr("Connecting to %1").arg(url.toString()));
    auto connection = openConnection(url);
    if (!connection)
        return connection.error();
    auto realm = connection.value()->inspect(control);
    if (!realm)
        return realm.error();
    LoadResult result;
    result.realm = std::move(realm.value());
    result.dialect = connection.value()->dialectName();
    return result;
}

Expected<QString> readDdlFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{SchemaLoaderTr::tr("Cannot read \"%1\": %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return Error{
            SchemaLoaderTr::tr("\"%1\" is not UTF-8 text: save it as UTF-8 and load it again.")
                .arg(QDir::toNativeSeparators(path))};
    }
    return text;
}

/// The dialect DDL is written in: the dev database's, else the one the user named.
Expected<QString> ddlDialect(const LoadRequest &request, const QString &path)
{
    if (request.devUrl) {
        switch (request.devUrl->scheme()) {
        case DatabaseUrl::Scheme::Sqlite:
            return QStringLiteral("sqlite");
        case DatabaseUrl::Scheme::MySql:
        case DatabaseUrl::Scheme::MariaDb:
            return QStringLiteral("mysql");
        case DatabaseUrl::Scheme::Postgres:
            return QStringLiteral("postgres");
        case DatabaseUrl::Scheme::Docker:
            return dockerUrlDialect(*request.devUrl);
        default:
            break;
        }
        return Error{
            SchemaLoaderTr::tr("Dev database %1 is not supported in this version of Strata: use "
                               "sqlite://dev?mode=memory.")
                .arg(request.devUrl->toString())};
    }
    const QString dialect = request.dialect.toLower();
    if (dialect.isEmpty()) {
        return Error{SchemaLoaderTr::tr(
                         "Cannot tell which SQL dialect \"%1\" is written in: give a dev database "
                         "(--dev-url sqlite://dev?mode=memory) or a dialect (--dialect sqlite).")
                         .arg(QDir::toNativeSeparators(path))};
    }
    if (dialect == QLatin1String("sqlite") || dialect == QLatin1String("sqlite3"))
        return QStringLiteral("sqlite");
    if (dialect == QLatin1String("mysql"))
        return QStringLiteral("mysql");
    if (dialect == QLatin1String("mariadb") || dialect == QLatin1String("maria"))
        return QStringLiteral("mariadb");
    if (dialect == QLatin1String("postgres") || dialect == QLatin1String("postgresql"))
        return QStringLiteral("postgres");
    return Error{SchemaLoaderTr::tr(
                     "Dialect \"%1\" is not supported: use sqlite, mysql, mariadb or postgres.")
                     .arg(request.dialect)};
}

/// PostgreSQL DDL goes through the dev database when there is one, else through Strata's own
/// parser (libpg_query), which reports what it skipped as warnings.
Expected<Realm> loadPostgresDdl(const LoadRequest &request, const QString &ddl,
                                const QString &sourceName, const TaskControl &control,
                                QStringList &warnings)
{
    if (request.devUrl)
        return normalizePostgresDdl(*request.devUrl, ddl, sourceName, control);
    control.report(SchemaLoaderTr::tr("Parsing %1").arg(sourceName));
    auto parsed = parsePostgresDdl(ddl, sourceName, QStringLiteral("public"), control);
    if (!parsed)
        return parsed.error();
    warnings.append(parsed->warnings);
    return std::move(parsed->realm);
}

/// Loads DDL text written in `dialect`, through the request's dev database when it has one;
/// `sourceName` names it in error messages.
Expected<LoadResult> loadDdlText(const QString &text, const QString &sourceName,
                                 const QString &dialect, const LoadRequest &request,
                                 const TaskControl &control)
{
    if (control.isCancelled())
        return Error::cancellation();
    if (!request.devUrl &&
        (dialect == QLatin1String("mysql") || dialect == QLatin1String("mariadb"))) {
        control.report(SchemaLoaderTr::tr("Parsing %1").arg(sourceName));
        auto parsed =
            parseMysqlDdl(text, sourceName, MysqlParseOptions::forDialect(dialect), control);
        if (!parsed)
            return parsed.error();
        LoadResult result;
        result.realm = std::move(parsed->realm);
        result.dialect = dialect;
        result.warnings = std::move(parsed->warnings);
        return result;
    }
    if (dialect == QLatin1String("mysql")) {
        auto loaded = loadMysqlDdlThroughDev(text, sourceName, *request.devUrl, control);
        if (!loaded)
            return loaded.error();
        LoadResult result;
        result.realm = std::move(loaded->realm);
        result.dialect = loaded->dialect;
        return result;
    }
    if (dialect == QLatin1String("postgres")) {
        QStringList warnings;
        auto realm = loadPostgresDdl(request, text, sourceName, control, warnings);
        if (!realm)
            return realm.error();
        LoadResult result;
        result.warnings = std::move(warnings);
        result.realm = std::move(realm.value());
        result.dialect = dialect;
        return result;
    }
    auto realm = loadSqliteDdl(text, sourceName, control);
    if (!realm)
        return realm.error();
    LoadResult result;
    result.realm = std::move(realm.value());
    result.dialect = dialect;
    return result;
}

Expected<LoadResult> loadFile(const LoadRequest &request, const TaskControl &control)
{
    const QString path = request.url.path();
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{
            SchemaLoaderTr::tr("File \"%1\" does not exist. Check the path in the file:// URL.")
                .arg(QDir::toNativeSeparators(path))};
    }
    if (info.isDir()) {
        return Error{SchemaLoaderTr::tr(
                         "\"%1\" is a folder: give a .sql file of DDL or an SQLite database file.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    if (looksLikeSqliteDatabase(path)) {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite://") + info.absoluteFilePath());
        if (!url)
            return url.error();
        return inspectDatabase(url.value(), control);
    }
    if (info.suffix().compare(QLatin1String("sql"), Qt::CaseInsensitive) != 0) {
        return Error{SchemaLoaderTr::tr(
                         "Cannot load \"%1\": file:// sources must be .sql files of DDL or SQLite "
                         "database files.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    auto dialect = ddlDialect(request, path);
    if (!dialect)
        return dialect.error();
    control.report(SchemaLoaderTr::tr("Reading %1").arg(info.fileName()));
    auto text = readDdlFile(path);
    if (!text)
        return text.error();
    return loadDdlText(text.value(), info.fileName(), dialect.value(), request, control);
}

/// Runs the env's external schema program and loads what it prints as DDL.
Expected<LoadResult> loadProgramOutput(const LoadRequest &request, const TaskControl &control)
{
    const ProgramInvocation &program = *request.program;
    const QString name = program.program.join(QLatin1Char(' '));
    auto dialect = ddlDialect(request, name);
    if (!dialect)
        return dialect.error();
    control.report(SchemaLoaderTr::tr("Running %1").arg(name));
    auto output = runSchemaProgram(program, control, request.onProgramOutput);
    if (!output)
        return output.error();
    if (control.isCancelled())
        return Error::cancellation();
    auto result = loadDdlText(output->sql, name, dialect.value(), request, control);
    if (!result)
        return result.error();
    applyAtlasPositions(result->realm, parseAtlasPositions(output->sql, program.workingDirectory));
    result->programMs = output->elapsedMs;
    return result;
}

/// Inspects a fresh database in a container, as Atlas does with a docker:// source URL.
Expected<LoadResult> inspectDockerDatabase(const DatabaseUrl &url, const TaskControl &control)
{
    auto container = DockerDevDatabase::start(url, DockerUrlUse::Source, control);
    if (!container)
        return container.error();
    return inspectDatabase(container.value()->url(), control);
}

/// Whether loading the source goes through the dev database. Atlas opens the dev database
/// before it reads a file or runs a program, so a docker:// dev database starts (or docker's
/// absence is reported) first; a database source never needs it.
bool sourceUsesDevDatabase(const LoadRequest &request)
{
    if (request.program)
        return true;
    return request.url.scheme() == DatabaseUrl::Scheme::File &&
           !looksLikeSqliteDatabase(request.url.path());
}

Expected<LoadResult> loadSource(const LoadRequest &request, const TaskControl &control)
{
    if (request.program)
        return loadProgramOutput(request, control);
    switch (request.url.scheme()) {
    case DatabaseUrl::Scheme::Sqlite:
    case DatabaseUrl::Scheme::MySql:
    case DatabaseUrl::Scheme::MariaDb:
    case DatabaseUrl::Scheme::Postgres:
        return inspectDatabase(request.url, control);
    case DatabaseUrl::Scheme::File:
        return loadFile(request, control);
    case DatabaseUrl::Scheme::Env:
        return Error{SchemaLoaderTr::tr(
                         "%1 refers to a project environment: open the project's atlas.hcl and "
                         "choose an environment (--env NAME).")
                         .arg(request.url.toString())};
    case DatabaseUrl::Scheme::Docker:
        return inspectDockerDatabase(request.url, control);
    }
    return Error{};
}

} // namespace

Expected<LoadResult> loadSchema(const LoadRequest &request, const TaskControl &control)
{
    if (control.isCancelled())
        return Error::cancellation();
    QElapsedTimer timer;
    timer.start();
    Expected<LoadResult> result = Error{};
    if (request.devUrl && request.devUrl->scheme() == DatabaseUrl::Scheme::Docker &&
        sourceUsesDevDatabase(request)) {
        // The container lives until the load is done; its URL stands in for the docker:// one.
        auto container =
            DockerDevDatabase::start(*request.devUrl, DockerUrlUse::DevDatabase, control);
        if (!container)
            return container.error();
        LoadRequest throughContainer = request;
        throughContainer.devUrl = container.value()->url();
        result = loadSource(throughContainer, control);
    } else {
        result = loadSource(request, control);
    }
    qCDebug(lcLoad) << "loaded" << (request.program ? request.displayName : request.url.toString())
                    << "in" << timer.elapsed() << "ms";
    return result;
}

} // namespace strata
