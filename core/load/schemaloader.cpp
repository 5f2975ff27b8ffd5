#include "schemaloader.h"

#include "db/registry.h"
#include "docker/dockerdevconfig.h"
#include "docker/dockerdevdatabase.h"
#include "program/atlaspositions.h"
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
    result.database = DatabaseChoice{databaseForUrl(url), connection.value()->dialectName()};
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

/// The database and flavour DDL is written for: the dev database's, else the one the user named.
Expected<DatabaseChoice> ddlDatabase(const LoadRequest &request, const QString &path)
{
    if (request.devUrl) {
        if (const Database *database = databaseForUrl(*request.devUrl))
            return DatabaseChoice{database, database->name()};
        if (request.devUrl->scheme() == DatabaseUrl::Scheme::Docker) {
            auto dialect = dockerUrlDialect(*request.devUrl);
            if (!dialect)
                return dialect.error();
            return databaseByAlias(dialect.value());
        }
        return Error{
            SchemaLoaderTr::tr("Dev database %1 is not supported in this version of Strata: use "
                               "sqlite://dev?mode=memory.")
                .arg(request.devUrl->toString())};
    }
    if (request.dialect.isEmpty()) {
        return Error{SchemaLoaderTr::tr(
                         "Cannot tell which SQL dialect \"%1\" is written in: give a dev database "
                         "(--dev-url sqlite://dev?mode=memory) or a dialect (--dialect sqlite).")
                         .arg(QDir::toNativeSeparators(path))};
    }
    auto choice = databaseByAlias(request.dialect);
    if (!choice) {
        return Error{SchemaLoaderTr::tr(
                         "Dialect \"%1\" is not supported: use sqlite, mysql, mariadb or postgres.")
                         .arg(request.dialect)};
    }
    return choice;
}

/// Loads DDL text written for `choice`, through the request's dev database when it has one;
/// `sourceName` names it in error messages.
Expected<LoadResult> loadDdlText(const QString &text, const QString &sourceName,
                                 const DatabaseChoice &choice, const LoadRequest &request,
                                 const TaskControl &control)
{
    if (control.isCancelled())
        return Error::cancellation();
    auto loaded = choice.database->loadDdl(
        DdlSource{text, sourceName, choice.flavour, request.devUrl}, control);
    if (!loaded)
        return loaded.error();
    LoadResult result;
    result.realm = std::move(loaded->realm);
    result.database = DatabaseChoice{choice.database, loaded->flavour};
    result.warnings = std::move(loaded->warnings);
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
    if (const std::optional<DatabaseUrl> database = databaseUrlForFile(path))
        return inspectDatabase(*database, control);
    if (info.suffix().compare(QLatin1String("sql"), Qt::CaseInsensitive) != 0) {
        return Error{SchemaLoaderTr::tr(
                         "Cannot load \"%1\": file:// sources must be .sql files of DDL or SQLite "
                         "database files.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    auto database = ddlDatabase(request, path);
    if (!database)
        return database.error();
    control.report(SchemaLoaderTr::tr("Reading %1").arg(info.fileName()));
    auto text = readDdlFile(path);
    if (!text)
        return text.error();
    return loadDdlText(text.value(), info.fileName(), database.value(), request, control);
}

/// Runs the env's external schema program and loads what it prints as DDL.
Expected<LoadResult> loadProgramOutput(const LoadRequest &request, const TaskControl &control)
{
    const ProgramInvocation &program = *request.program;
    const QString name = program.program.join(QLatin1Char(' '));
    auto database = ddlDatabase(request, name);
    if (!database)
        return database.error();
    control.report(SchemaLoaderTr::tr("Running %1").arg(name));
    auto output = runSchemaProgram(program, control, request.onProgramOutput);
    if (!output)
        return output.error();
    if (control.isCancelled())
        return Error::cancellation();
    auto result = loadDdlText(output->sql, name, database.value(), request, control);
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
           !databaseUrlForFile(request.url.path());
}

Expected<LoadResult> loadSource(const LoadRequest &request, const TaskControl &control)
{
    if (request.program)
        return loadProgramOutput(request, control);
    if (databaseForUrl(request.url))
        return inspectDatabase(request.url, control);
    switch (request.url.scheme()) {
    case DatabaseUrl::Scheme::File:
        return loadFile(request, control);
    case DatabaseUrl::Scheme::Env:
        return Error{SchemaLoaderTr::tr(
                         "%1 refers to a project environment: open the project's atlas.hcl and "
                         "choose an environment (--env NAME).")
                         .arg(request.url.toString())};
    case DatabaseUrl::Scheme::Docker:
        return inspectDockerDatabase(request.url, control);
    default:
        break;
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
