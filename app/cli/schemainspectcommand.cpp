#include "schemainspectcommand.h"

#include "db/registry.h"
#include "dialect/dialect.h"
#include "hcl/hclwriter.h"
#include "inspectformat.h"
#include "load/envrequest.h"
#include "load/schemaloader.h"
#include "projectflags.h"
#include "sqlgen/sqlwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SchemaInspectTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::SchemaInspect)
};

void addOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        {{QStringLiteral("u"), QStringLiteral("url")},
         SchemaInspectTr::tr(
             "URL of the schema to inspect: sqlite://, mysql://, maria://, postgres:// or "
             "file://schema.sql."),
         QStringLiteral("URL")});
    parser.addOption({QStringLiteral("dev-url"),
                      SchemaInspectTr::tr(
                          "Dev database that normalizes DDL files, e.g. sqlite://dev?mode=memory."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("dialect"),
         SchemaInspectTr::tr("Dialect of DDL files when no dev database is given: sqlite, "
                             "mysql, mariadb or postgres."),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("format"),
         SchemaInspectTr::tr(
             "Output template: '{{ sql . }}' prints SQL; the default prints Atlas HCL."),
         QStringLiteral("TEMPLATE")});
    addProjectFlags(parser);
    parser.addOption(
        {{QStringLiteral("h"), QStringLiteral("help")}, SchemaInspectTr::tr("Show this help.")});
}

Expected<LoadRequest> requestWithoutProject(const QCommandLineParser &parser)
{
    const QString url = parser.value(QStringLiteral("url"));
    if (url.startsWith(QLatin1String("env://"))) {
        return Error{SchemaInspectTr::tr("%1 refers to a project environment: choose one with "
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
Expected<LoadRequest> requestInProject(const QCommandLineParser &parser,
                                       const ProjectSelection &selection)
{
    if (!parser.isSet(QStringLiteral("url")))
        return loadRequestForEnv(selection.project, selection.env, QStringLiteral("url"));
    return loadRequestForUrl(selection.project, selection.env, parser.value(QStringLiteral("url")));
}

} // namespace

QString schemaInspectUsage()
{
    return SchemaInspectTr::tr(
        "Usage: strata schema inspect --url URL [--dev-url URL] [--dialect NAME] "
        "[--format TEMPLATE]\n"
        "       strata schema inspect --env NAME [--url env://src] [--config URL] "
        "[--var name=value]\n\n"
        "Inspect a database or a DDL file and print its schema as Atlas HCL or SQL.\n\n"
        "Examples:\n"
        "  strata schema inspect --url sqlite://app.db\n"
        "  strata schema inspect --url sqlite://app.db --format '{{ sql . }}'\n"
        "  strata schema inspect --url file://schema.sql --dev-url \"sqlite://dev?mode=memory\"\n"
        "  strata schema inspect --url "
        "\"postgres://user:pass@localhost:5432/app?search_path=public\"\n"
        "  strata schema inspect --env sqlite --url env://src\n\n"
        "Flags:\n"
        "  -u, --url URL          schema to inspect (sqlite://, mysql://, maria://, postgres://,\n"
        "                         file://)\n"
        "      --dev-url URL      dev database used to normalize DDL files\n"
        "      --dialect NAME     dialect of DDL files without a dev database:\n"
        "                         sqlite, mysql (MySQL 8), mariadb (MariaDB 10.11) or postgres\n"
        "      --format TEMPLATE  '{{ sql . }}' or '{{ sql . \"  \" }}'; default: Atlas HCL\n"
        "      --env NAME         environment of the project file; without --url, its url\n"
        "      --config URL       project file (default file://atlas.hcl)\n"
        "      --var NAME=VALUE   input variable of the project file (repeatable)\n"
        "  -h, --help             show this help\n");
}

int runSchemaInspect(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("strata")} + arguments))
        return fail(context, parser.errorText() +
                                 SchemaInspectTr::tr(" (see 'strata schema inspect --help')"));
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << schemaInspectUsage();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(context, SchemaInspectTr::tr(
                                 "Unexpected argument \"%1\" (see 'strata schema inspect --help')")
                                 .arg(parser.positionalArguments().constFirst()));
    }
    auto format = InspectFormat::parse(parser.value(QStringLiteral("format")));
    if (!format)
        return fail(context, format.error().message);
    auto selection = selectProject(parser);
    if (!selection)
        return fail(context, selection.error().message);
    if (!parser.isSet(QStringLiteral("url")) && !*selection)
        return fail(context,
                    SchemaInspectTr::tr(
                        "required flag \"url\" not set (see 'strata schema inspect --help')"));

    auto request =
        *selection ? requestInProject(parser, **selection) : requestWithoutProject(parser);
    if (!request)
        return fail(context, request.error().message);
    if (parser.isSet(QStringLiteral("dev-url"))) {
        auto devUrl = DatabaseUrl::parse(parser.value(QStringLiteral("dev-url")));
        if (!devUrl)
            return fail(context, devUrl.error().message);
        request->devUrl = devUrl.value();
    }
    if (parser.isSet(QStringLiteral("dialect")))
        request->dialect = parser.value(QStringLiteral("dialect"));
    // The program's stderr holds warnings worth reading (Sequelize prints some there): shown
    // after a success; a failure's message already ends with its tail.
    QStringList programOutput;
    request->onProgramOutput = [&programOutput](const QString &line) {
        if (!line.trimmed().isEmpty())
            programOutput.append(line);
    };

    auto result = loadSchema(request.value(), TaskControl());
    if (!result)
        return fail(context, result.error().message);
    for (const QString &line : std::as_const(programOutput))
        context.err << line << Qt::endl;
    for (const QString &warning : result->warnings)
        context.err << SchemaInspectTr::tr("warning: %1").arg(warning) << Qt::endl;

    const Dialect *dialect = dialectByName(result->dialect);
    if (!dialect)
        return fail(context,
                    SchemaInspectTr::tr("No writer for dialect \"%1\".").arg(result->dialect));
    if (format->kind == InspectFormat::Kind::Sql)
        context.out << writeSchemaSql(result->realm, *dialect, format->indent);
    else
        context.out << writeAtlasHcl(result->realm, *dialect);
    context.out.flush();
    return 0;
}

} // namespace strata::cli
