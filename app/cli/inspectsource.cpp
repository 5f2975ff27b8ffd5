#include "inspectsource.h"

#include "load/boundschema.h"
#include "load/envrequest.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class InspectSourceTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::InspectSource)
};

bool isSqliteDatabaseFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

/// Atlas's error when a source needs the dev database and none is set: the SQL reader's
/// sentence points to the docs, the HCL reader's is bare. Empty when none is needed.
QString missingDevDatabase(const LoadRequest &request)
{
    if (request.devUrl || !request.dialect.isEmpty())
        return QString();
    if (request.program) {
        return InspectSourceTr::tr("--dev-url cannot be empty. See: "
                                   "https://atlasgo.io/atlas-schema/sql#dev-database");
    }
    if (request.url.scheme() != DatabaseUrl::Scheme::File)
        return QString();
    // A missing file is reported by the loader, and an SQLite database file is Strata's own
    // file:// source that needs no dev database.
    const QFileInfo info(request.url.path());
    if (!info.isFile() || isSqliteDatabaseFile(info.filePath()))
        return QString();
    if (info.suffix() == QLatin1String("sql")) {
        return InspectSourceTr::tr("--dev-url cannot be empty. See: "
                                   "https://atlasgo.io/atlas-schema/sql#dev-database");
    }
    if (info.suffix() == QLatin1String("hcl"))
        return InspectSourceTr::tr("--dev-url cannot be empty");
    return QString();
}

Expected<LoadRequest> requestWithoutProject(const QString &url)
{
    if (url.startsWith(QLatin1String("env://"))) {
        return Error{InspectSourceTr::tr("%1 refers to a project environment: choose one with "
                                         "--env NAME.")
                         .arg(url)};
    }
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    LoadRequest request;
    request.url = parsed.value();
    request.displayName = parsed->toString();
    return request;
}

/// With --env, --url may be env://src (or url, dev) and defaults to the env's url, as in Atlas.
Expected<LoadRequest> requestInProject(const FlagSet &flags, const ProjectSelection &selection)
{
    if (!flags.isSet(QStringLiteral("url")))
        return loadRequestForEnv(selection.project, selection.env, QStringLiteral("url"));
    return loadRequestForUrl(selection.project, selection.env, flags.value(QStringLiteral("url")));
}

} // namespace

Expected<LoadRequest> sourceRequest(const QString &url, const FlagSet &flags,
                                    const std::optional<ProjectSelection> &selection)
{
    auto request = selection ? loadRequestForUrl(selection->project, selection->env, url)
                             : requestWithoutProject(url);
    if (!request)
        return request.error();
    if (flags.isSet(QStringLiteral("dev-url"))) {
        auto devUrl = DatabaseUrl::parse(flags.value(QStringLiteral("dev-url")));
        if (!devUrl)
            return devUrl.error();
        request->devUrl = devUrl.value();
    }
    if (flags.isSet(QStringLiteral("dialect")))
        request->dialect = flags.value(QStringLiteral("dialect"));
    if (const QString missing = missingDevDatabase(request.value()); !missing.isEmpty())
        return Error{missing};
    return request;
}

Expected<LoadRequest> inspectRequest(const FlagSet &flags,
                                     const std::optional<ProjectSelection> &selection)
{
    auto request = selection ? requestInProject(flags, *selection)
                             : requestWithoutProject(flags.value(QStringLiteral("url")));
    if (!request)
        return request.error();
    if (flags.isSet(QStringLiteral("dev-url"))) {
        auto devUrl = DatabaseUrl::parse(flags.value(QStringLiteral("dev-url")));
        if (!devUrl)
            return devUrl.error();
        request->devUrl = devUrl.value();
    }
    if (flags.isSet(QStringLiteral("dialect")))
        request->dialect = flags.value(QStringLiteral("dialect"));
    if (const QString missing = missingDevDatabase(request.value()); !missing.isEmpty())
        return Error{missing};
    return request;
}

RealmScope inspectScope(const FlagSet &flags, const std::optional<ProjectSelection> &selection,
                        const LoadRequest &request, const Realm &realm)
{
    // Flags win over the env's attributes (Atlas's setSchemaEnvFlags).
    const auto listFlag = [&](const QString &name, const QStringList &fromEnv) {
        return flags.isSet(name) || !selection ? flags.values(name) : fromEnv;
    };
    RealmScope scope;
    scope.schemas =
        listFlag(QStringLiteral("schema"), selection ? selection->env.schemas : QStringList());
    scope.exclude =
        listFlag(QStringLiteral("exclude"), selection ? selection->env.exclude : QStringList());
    // A database is bound by its URL; DDL by the dev database it ran on. Without one (Strata's
    // --dialect parsers) a single-schema result counts as bound, as Atlas's HCL reader does.
    const bool fromDatabase =
        !request.program &&
        (request.url.isDatabase() || request.url.scheme() == DatabaseUrl::Scheme::Docker);
    if (fromDatabase)
        scope.schemaBound = !boundSchema(request.url).isEmpty();
    else if (request.devUrl)
        scope.schemaBound = !boundSchema(*request.devUrl).isEmpty();
    else
        scope.schemaBound = realm.schemas.size() == 1;
    return scope;
}

} // namespace strata::cli
